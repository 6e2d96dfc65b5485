// The floor under every API figure: GET /api/auth/me does only what all signed-in requests do (Fastify,
// helmet, the session lookup, zod serialisation) and no feature query. If this alone misses 50 ms at p95,
// no read endpoint can meet SPEC §9 on this machine; the difference to another benchmark is that
// endpoint's own cost.
import { nationalTree } from '../datasets.ts';
import { httpLoadFigures } from '../http-bench.ts';
import type { Benchmark } from '../types.ts';

export const apiBaselineBenchmark: Benchmark = {
  name: 'api-baseline',
  description: 'GET /api/auth/me (session lookup only), same load: the framework floor, for comparison',
  async run(context) {
    const tree = await nationalTree(context);
    return httpLoadFigures(context, {
      databaseUrl: tree.url,
      username: 'admin',
      requests: [{ label: '/api/auth/me', path: '/api/auth/me' }],
    });
  },
};
