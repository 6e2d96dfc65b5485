// The unit search every unit picker calls (GET /api/units?q=…), over the whole-country tree, with 50
// concurrent signed-in clients over a real socket. SPEC §9: reads used on every page, p95 under 50 ms.
import { nationalTree } from '../datasets.ts';
import { httpLoadFigures } from '../http-bench.ts';
import type { Benchmark } from '../types.ts';

/** The mix a unit picker sees: folded and accented text, short and long, one letter, a code. */
export const UNIT_QUERIES: readonly string[] = [
  'cong an tinh',
  'dai tu',
  'Hùng Sơn',
  'phuong',
  'xa tan',
  'thai nguyen',
  'a',
  '00004',
];

export const unitsSearchBenchmark: Benchmark = {
  name: 'units-search',
  description: 'GET /api/units?q=… over the whole-country tree (admin), 50 concurrent keep-alive clients',
  async run(context) {
    const tree = await nationalTree(context);
    return httpLoadFigures(context, {
      databaseUrl: tree.url,
      username: 'admin',
      requests: UNIT_QUERIES.map((q) => ({ label: `q=${q}`, path: `/api/units?q=${encodeURIComponent(q)}` })),
      p95TargetMs: 50,
    });
  },
};
