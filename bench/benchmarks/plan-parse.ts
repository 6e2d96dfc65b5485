// Issue 3: parsing a plan is pure work on the text, so it runs once (engine-independent, listed under sqlite).
import fs from 'node:fs/promises';
import { parsePlan } from '../../src/domain/plans/parse-plan.ts';
import { SEED_PLAN_FILE } from '../../src/server/demo/demo.service.ts';
import type { Benchmark } from '../types.ts';

/** A plan of `sections` × 10 tasks written like the seed: headings, labelled fields, time words. */
export function generatePlanText(sections: number): string {
  const lines = [
    'Số: 99 /KH-UBND',
    '',
    'Thái Nguyên, ngày 2 tháng 1 năm 2025',
    '',
    '**KẾ HOẠCH**',
    '**Thực hiện nhiệm vụ năm 2025**',
    '',
    '## II. NỘI DUNG',
    '',
  ];
  for (let section = 1; section <= sections; section += 1) {
    lines.push(`### ${section}. Nhóm nhiệm vụ số ${section}`, '');
    for (let item = 1; item <= 10; item += 1) {
      lines.push(
        `*${section}.${item}. Tổ chức thực hiện nội dung ${section}.${item} của kế hoạch trên địa bàn tỉnh*`,
        '',
        '- Cơ quan chủ trì: Sở Tư pháp.',
        '- Cơ quan phối hợp: Các sở, ban, ngành, đoàn thể cấp tỉnh; UBND các huyện, thành phố.',
        `- Thời gian thực hiện: Quý ${['I', 'II', 'III', 'IV'][item % 4]} năm 2025.`,
        '',
      );
    }
  }
  lines.push('## III. KINH PHÍ', '', 'Kinh phí bố trí trong dự toán.', '');
  return lines.join('\n');
}

function timeParse(text: string, runs: number): { median: number; tasks: number } {
  let tasks = 0;
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    const draft = parsePlan(text);
    times.push(performance.now() - started);
    tasks = draft.tasks.reduce((n, t) => n + 1 + t.children.length, 0);
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)] ?? 0, tasks };
}

export const planParseBenchmark: Benchmark = {
  name: 'plan-parse',
  description:
    'parsePlan on the seed (Kế hoạch 71) and on a generated 200-task plan (median of runs, after warm-up)',
  engines: ['sqlite'],
  async run(context) {
    const seed = await fs.readFile(SEED_PLAN_FILE, 'utf8');
    const large = generatePlanText(20);
    timeParse(seed, 20);
    timeParse(large, 3);
    const seedRun = timeParse(seed, 50);
    const largeRun = timeParse(large, 10);
    context.log(`seed: ${seedRun.tasks} tasks parsed in ${seedRun.median.toFixed(2)} ms (median of 50)`);
    context.log(
      `generated: ${largeRun.tasks} tasks, ${large.length.toLocaleString('en-US')} characters, ${largeRun.median.toFixed(1)} ms`,
    );
    return [
      { label: 'seed', value: seedRun.median, unit: 'ms', target: { max: 20 } },
      { label: '200-task plan', value: largeRun.median, unit: 'ms', detail: `${largeRun.tasks} tasks` },
    ];
  },
};
