/**
 * The consolidated report (SPEC §4) as an .xlsx workbook, written row by row to a stream (exceljs's
 * WorkbookWriter): "Tổng hợp" (plan, period, totals, one row per task), one sheet per task ("NV 1.1") with
 * one row per unit, then "Khó khăn" and "Kiến nghị". Figures are numbers with a number format, dates are dates.
 */
import { PassThrough } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import ExcelJS from 'exceljs';
import type {
  ConsolidatedReport,
  ConsolidatedTask,
  IndicatorValue,
} from '../../domain/reports/consolidation.ts';
import {
  ROLE_LABELS,
  STATUS_LABELS,
  countTask,
  findIndicator,
  formatDate,
  indicatorHeading,
  taskIndicators,
  taskNumber,
} from './consolidation-format.ts';
import {
  DATE_FORMAT,
  DATE_TIME_FORMAT,
  INTEGER_FORMAT,
  PROGRESS_FORMAT,
  addDataRow,
  addHeadingRow,
  addLabelRow,
  addSheet,
  calendarDate,
  indicatorFormat,
  sheetName,
  vietnamTime,
  type CellValue,
  type Column,
} from './consolidation-xlsx-sheet.ts';

type IndicatorColumn = Pick<IndicatorValue, 'name' | 'unit' | 'kind'>;

const PLAN_TOTAL_LABEL = 'Toàn kế hoạch';
const DIFFICULTY_STATES = { open: 'Chưa trả lời', answered: 'Đã trả lời', closed: 'Đã giải quyết' } as const;

function indicatorColumns(indicators: readonly IndicatorColumn[]): Column[] {
  return indicators.map((indicator) => ({
    heading: indicatorHeading(indicator),
    width: 16,
    format: indicatorFormat(indicator.kind),
  }));
}

/** Every indicator of every task, once each by name, in the order they first appear. */
function allIndicators(report: ConsolidatedReport): IndicatorColumn[] {
  const byName = new Map<string, IndicatorColumn>();
  for (const task of report.tasks) {
    for (const indicator of taskIndicators(task)) {
      if (!byName.has(indicator.name)) byName.set(indicator.name, indicator);
    }
  }
  return [...byName.values()];
}

function writeSummarySheet(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  report: ConsolidatedReport,
  name: string,
) {
  const indicators = allIndicators(report);
  const columns: Column[] = [
    { heading: 'Mã nhiệm vụ', width: 12 },
    { heading: 'Nhiệm vụ', width: 60, isText: true },
    { heading: 'Thời hạn', width: 12, format: DATE_FORMAT },
    { heading: 'Đơn vị được giao', width: 11, format: INTEGER_FORMAT },
    { heading: 'Đã báo cáo', width: 11, format: INTEGER_FORMAT },
    { heading: 'Đã tiếp nhận', width: 11, format: INTEGER_FORMAT },
    { heading: 'Chậm', width: 9, format: INTEGER_FORMAT },
    { heading: 'Tiến độ bình quân (%)', width: 12, format: PROGRESS_FORMAT },
    ...indicatorColumns(indicators),
  ];
  const { plan, period, totals } = report;
  // Title, plan and period above the table; the plan's totals as its last row, so that few rows are frozen.
  const sheet = addSheet(workbook, { name, columns, headingRow: 5, frozenColumns: 2 });
  const title = sheet.addRow([`${report.documentType} ${report.summaryLine}`]);
  title.font = { bold: true, size: 13 };
  title.commit();
  const planName = [plan.number ? `Số ${plan.number}` : null, plan.title].filter(Boolean).join(': ');
  addLabelRow(sheet, 'Kế hoạch', planName);
  addLabelRow(sheet, 'Kỳ báo cáo', `${period.label} (${formatDate(period.from)} - ${formatDate(period.to)})`);
  sheet.addRow([]).commit();
  addHeadingRow(sheet, columns);
  for (const task of report.tasks) {
    const counts = countTask(task);
    const figures = indicators.map(
      (indicator) => task.indicatorTotals.find((total) => total.name === indicator.name)?.value ?? null,
    );
    addDataRow(sheet, columns, [
      task.code,
      task.title,
      calendarDate(task.dueDate),
      counts.assigned,
      counts.reported,
      counts.accepted,
      counts.late,
      counts.averageProgress,
      ...figures,
    ]);
  }
  // The plan's own totals (they count assignments); figures are not added up across tasks.
  const planTotals = [totals.unitsAssigned, totals.unitsReported, totals.unitsAccepted, totals.unitsLate];
  addDataRow(sheet, columns, [null, PLAN_TOTAL_LABEL, null, ...planTotals, totals.averageProgress], {
    isBold: true,
  });
  sheet.commit();
}

function taskColumns(task: ConsolidatedTask): Column[] {
  return [
    { heading: 'STT', width: 6 },
    { heading: 'Đơn vị', width: 30, isText: true },
    { heading: 'Vai trò', width: 10 },
    { heading: 'Trạng thái', width: 13 },
    { heading: 'Tiến độ (%)', width: 10, format: PROGRESS_FORMAT },
    { heading: 'Kết quả thực hiện', width: 50, isText: true },
    ...indicatorColumns(taskIndicators(task)),
    { heading: 'Khó khăn, vướng mắc', width: 40, isText: true },
    { heading: 'Kiến nghị, đề xuất', width: 40, isText: true },
    { heading: 'Ngày gửi', width: 16, format: DATE_TIME_FORMAT },
    { heading: 'Chậm hạn', width: 9 },
  ];
}

function writeTaskSheet(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  task: ConsolidatedTask,
  options: { name: string; index: number },
) {
  const columns = taskColumns(task);
  const indicators = taskIndicators(task);
  const sheet = addSheet(workbook, { name: options.name, columns, headingRow: 3, frozenColumns: 2 });
  const title = sheet.addRow([`${taskNumber(task, options.index)} ${task.title}`]);
  title.font = { bold: true };
  title.commit();
  sheet.addRow([task.dueDate ? `Thời hạn: ${formatDate(task.dueDate)}` : '']).commit();
  addHeadingRow(sheet, columns);
  task.units.forEach((part, index) => {
    const figures = indicators.map((indicator) => findIndicator(part, indicator.name)?.value ?? null);
    addDataRow(sheet, columns, [
      index + 1,
      part.unitName,
      ROLE_LABELS[part.role],
      STATUS_LABELS[part.status],
      part.progress,
      part.done,
      ...figures,
      part.difficulties,
      part.proposals,
      vietnamTime(part.submittedAt),
      part.isLate ? 'Có' : 'Không',
    ]);
  });
  const totals: CellValue[] = indicators.map(
    (indicator) => task.indicatorTotals.find((total) => total.name === indicator.name)?.value ?? null,
  );
  const total = [null, 'Tổng cộng', null, null, countTask(task).averageProgress, null, ...totals];
  addDataRow(sheet, columns, [...total, null, null, null, null], { isBold: true });
  sheet.commit();
}

function writeListSheet(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  options: { name: string; columns: Column[]; rows: CellValue[][] },
) {
  const sheet = addSheet(workbook, { name: options.name, columns: options.columns, headingRow: 1 });
  addHeadingRow(sheet, options.columns);
  for (const row of options.rows) addDataRow(sheet, options.columns, row);
  sheet.commit();
}

function taskTitles(report: ConsolidatedReport): Map<string, string> {
  return new Map(report.tasks.map((task) => [task.code, task.title]));
}

function writeDifficultiesSheet(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  report: ConsolidatedReport,
  name: string,
) {
  const titles = taskTitles(report);
  const columns: Column[] = [
    { heading: 'STT', width: 6 },
    { heading: 'Mã nhiệm vụ', width: 12 },
    { heading: 'Nhiệm vụ', width: 40, isText: true },
    { heading: 'Đơn vị', width: 28, isText: true },
    { heading: 'Khó khăn, vướng mắc', width: 60, isText: true },
    { heading: 'Kỳ trước chuyển sang', width: 12 },
    { heading: 'Trả lời, chỉ đạo', width: 50, isText: true },
    { heading: 'Tình trạng', width: 14 },
  ];
  const rows = report.difficulties.map((item, index) => [
    index + 1,
    item.taskCode,
    titles.get(item.taskCode) ?? null,
    item.unitName,
    item.text,
    item.isCarriedOver ? 'Có' : 'Không',
    item.answer,
    DIFFICULTY_STATES[item.state],
  ]);
  writeListSheet(workbook, { name, columns, rows });
}

function writeProposalsSheet(
  workbook: ExcelJS.stream.xlsx.WorkbookWriter,
  report: ConsolidatedReport,
  name: string,
) {
  const titles = taskTitles(report);
  const columns: Column[] = [
    { heading: 'STT', width: 6 },
    { heading: 'Mã nhiệm vụ', width: 12 },
    { heading: 'Nhiệm vụ', width: 40, isText: true },
    { heading: 'Đơn vị', width: 28, isText: true },
    { heading: 'Kiến nghị, đề xuất', width: 70, isText: true },
  ];
  const rows = report.proposals.map((item, index) => [
    index + 1,
    item.taskCode,
    titles.get(item.taskCode) ?? null,
    item.unitName,
    item.text,
  ]);
  writeListSheet(workbook, { name, columns, rows });
}

/**
 * Writes the workbook to `output`, ends it, and resolves once `output` has taken the last byte. Rows and
 * sheets are committed as they are written, so only the sheet being written is held in memory. (exceljs
 * wants a full Stream; a PassThrough piped into `output` accepts any writable and carries its errors back.)
 */
export async function writeConsolidationXlsx(
  report: ConsolidatedReport,
  output: NodeJS.WritableStream,
): Promise<void> {
  const stream = new PassThrough();
  const delivered = pipeline(stream, output);
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true });
  const written = (async () => {
    writeWorkbook(workbook, report);
    await workbook.commit();
  })().catch((error: unknown) => {
    // Ends the pipeline too, so that `output` is not left open waiting for bytes that will never come.
    const failure = error instanceof Error ? error : new Error(String(error));
    stream.destroy(failure);
    throw failure;
  });
  // Both at once: a failing `output` rejects here at once instead of leaving exceljs waiting on it.
  await Promise.all([written, delivered]);
}

function writeWorkbook(workbook: ExcelJS.stream.xlsx.WorkbookWriter, report: ConsolidatedReport): void {
  workbook.creator = report.issuingBody;
  workbook.title = `${report.documentType} ${report.summaryLine}`;
  const used = new Set<string>();
  const summary = sheetName('Tổng hợp', used);
  const difficulties = sheetName('Khó khăn', used);
  const proposals = sheetName('Kiến nghị', used);
  writeSummarySheet(workbook, report, summary);
  report.tasks.forEach((task, index) => {
    const code = /^[0-9]/.test(task.code) ? `NV ${task.code}` : task.code;
    writeTaskSheet(workbook, task, { name: sheetName(code, used), index });
  });
  writeDifficultiesSheet(workbook, report, difficulties);
  writeProposalsSheet(workbook, report, proposals);
}
