// Issue 4: the consolidated report for a province-wide plan (177 communes, 9 districts, 20 agencies across
// 10 tasks) written as .docx and .xlsx. The writers need no database, so this runs once (listed under sqlite).
import { PassThrough } from 'node:stream';
import { writeConsolidationDocx } from '../../src/server/reports/consolidation-docx.ts';
import { buildProvinceConsolidation } from '../../src/server/reports/consolidation-sample-province.ts';
import { writeConsolidationXlsx } from '../../src/server/reports/consolidation-xlsx.ts';
import type { Benchmark } from '../types.ts';

async function xlsxBytes(report: ReturnType<typeof buildProvinceConsolidation>): Promise<number> {
  const sink = new PassThrough();
  let bytes = 0;
  sink.on('data', (chunk: Buffer) => (bytes += chunk.length));
  await writeConsolidationXlsx(report, sink);
  return bytes;
}

export const consolidationExportBenchmark: Benchmark = {
  name: 'consolidation',
  description: 'province-wide consolidated report written as .docx (Nghị định 30/2020 layout) and .xlsx',
  engines: ['sqlite'],
  async run(context) {
    const report = buildProvinceConsolidation();
    const rows = report.tasks.reduce((n, t) => n + t.units.length, 0);
    await writeConsolidationDocx(report);
    let started = performance.now();
    const docx = await writeConsolidationDocx(report);
    const docxMs = performance.now() - started;
    started = performance.now();
    const xlsx = await xlsxBytes(report);
    const xlsxMs = performance.now() - started;
    context.log(
      `${rows.toLocaleString('en-US')} unit rows: .docx ${(docx.length / 1024).toFixed(0)} KB in ${docxMs.toFixed(0)} ms, .xlsx ${(xlsx / 1024).toFixed(0)} KB in ${xlsxMs.toFixed(0)} ms`,
    );
    return [
      { label: 'docx', value: docxMs, unit: 'ms', target: { max: 2000 } },
      { label: 'xlsx', value: xlsxMs, unit: 'ms', target: { max: 2000 } },
    ];
  },
};
