/**
 * The text of the consolidated report between the title and the signature: the opening, "I. KẾT QUẢ THỰC
 * HIỆN" task by task, "II. KHÓ KHĂN, VƯỚNG MẮC", "III. KIẾN NGHỊ, ĐỀ XUẤT" and the closing sentence.
 */
import { Paragraph, TextRun } from 'docx';
import type { GridTable } from './consolidation-docx-grid.ts';
import type { ConsolidatedReport, ConsolidatedTask } from '../../domain/reports/consolidation.ts';
import { BODY_STYLE } from './consolidation-docx-layout.ts';
import { taskTables } from './consolidation-docx-table.ts';
import {
  countTask,
  formatDate,
  formatIndicatorWithUnit,
  formatNumber,
  formatPercent,
  inSentence,
  taskNumber,
  type TaskCounts,
} from './consolidation-format.ts';

/** Unit names listed in a sentence up to this many; past it, only their number. */
const MAX_NAMED_UNITS = 8;

interface Segment {
  text: string;
  isBold?: boolean;
  isItalic?: boolean;
}

type Block = Paragraph | GridTable;

/** A body paragraph (Phụ lục I: 13–14 pt, justified, first line indented 1–1.27 cm, ≥ 6 pt after). */
function body(segments: readonly (Segment | string)[], options: { keepNext?: boolean } = {}): Paragraph {
  return new Paragraph({
    style: BODY_STYLE,
    ...(options.keepNext ? { keepNext: true } : {}),
    children: segments.map((segment) => {
      if (typeof segment === 'string') return new TextRun(segment);
      const { text, isBold, isItalic } = segment;
      return new TextRun({ text, ...(isBold ? { bold: true } : {}), ...(isItalic ? { italics: true } : {}) });
    }),
  });
}

function spacer(): Paragraph {
  return new Paragraph({ spacing: { before: 0, after: 120 }, children: [] });
}

function heading(text: string): Paragraph {
  return body([{ text, isBold: true }], { keepNext: true });
}

function planReference(report: ConsolidatedReport): string {
  const { plan } = report;
  const name = plan.number ? `Kế hoạch số ${plan.number}` : 'Kế hoạch';
  const date = plan.date ? ` ngày ${formatDate(plan.date)}` : '';
  const issuer = plan.issuer ? ` của ${plan.issuer}` : '';
  return `${name}${date}${issuer} về ${inSentence(plan.title)}`;
}

function shortPlanName(report: ConsolidatedReport): string {
  return report.plan.number ? `Kế hoạch số ${report.plan.number}` : 'Kế hoạch';
}

/** "năm 2024 (số liệu tính từ ngày … đến ngày …)"; a label that already gives its dates stands alone. */
function periodText(report: ConsolidatedReport): string {
  const { label, from, to } = report.period;
  if (/\d{1,2}\/\d{1,2}\/\d{4}/.test(label)) return inSentence(label);
  return `${inSentence(label)} (số liệu tính từ ngày ${formatDate(from)} đến ngày ${formatDate(to)})`;
}

/** The totals count assignments: a unit given two tasks is two "lượt đơn vị". */
function opening(report: ConsolidatedReport): Paragraph[] {
  const { totals } = report;
  const share = totals.unitsAssigned > 0 ? (totals.unitsReported / totals.unitsAssigned) * 100 : 0;
  const average = totals.averageProgress === null ? 'chưa xác định' : formatPercent(totals.averageProgress);
  return [
    body([
      `Thực hiện ${planReference(report)}; trên cơ sở báo cáo của các cơ quan, đơn vị, địa phương, `,
      `kết quả thực hiện ${periodText(report)} như sau:`,
    ]),
    body([
      `Kế hoạch có ${formatNumber(report.tasks.length)} nhiệm vụ với `,
      { text: `${formatNumber(totals.unitsAssigned)} lượt đơn vị`, isBold: true },
      ` được giao thực hiện; đã có ${formatNumber(totals.unitsReported)} lượt đơn vị gửi báo cáo `,
      `(${formatPercent(share)}), trong đó ${formatNumber(totals.unitsAccepted)} báo cáo đã được tiếp nhận; `,
      `${formatNumber(totals.unitsLate)} lượt đơn vị báo cáo chậm so với thời hạn; `,
      'tiến độ thực hiện bình quân đạt ',
      { text: average, isBold: true },
      '.',
    ]),
  ];
}

function unitList(names: readonly string[]): string {
  if (names.length <= MAX_NAMED_UNITS) return names.join(', ');
  return `${names.slice(0, MAX_NAMED_UNITS).join(', ')} và ${formatNumber(names.length - MAX_NAMED_UNITS)} đơn vị khác`;
}

function countsSentence(task: ConsolidatedTask, counts: TaskCounts): string {
  const lead = task.units.filter((part) => part.role === 'lead').map((part) => part.unitName);
  const due = task.dueDate ? ` Thời hạn: ${formatDate(task.dueDate)}.` : '';
  const average = counts.averageProgress === null ? 'chưa xác định' : formatPercent(counts.averageProgress);
  return (
    `Nhiệm vụ giao ${formatNumber(counts.assigned)} đơn vị` +
    (lead.length > 0 ? ` (chủ trì: ${unitList(lead)})` : '') +
    `; đã báo cáo ${formatNumber(counts.reported)}, đã tiếp nhận ${formatNumber(counts.accepted)}, ` +
    `chậm ${formatNumber(counts.late)}; tiến độ bình quân ${average}.${due}`
  );
}

function taskSummary(task: ConsolidatedTask): Paragraph[] {
  const counts = countTask(task);
  const figures = task.indicatorTotals
    .filter((indicator) => indicator.value !== null)
    .map((indicator) => `${inSentence(indicator.name)}: ${formatIndicatorWithUnit(indicator)}`);
  const late = task.units.filter((part) => part.isLate).map((part) => part.unitName);
  const returned = task.units.filter((part) => part.status === 'returned').map((part) => part.unitName);
  const paragraphs = [body([countsSentence(task, counts)])];
  if (figures.length > 0) paragraphs.push(body([`Kết quả chủ yếu: ${figures.join('; ')}.`]));
  if (late.length > 0) paragraphs.push(body([`Đơn vị báo cáo chậm: ${unitList(late)}.`]));
  if (returned.length > 0) {
    paragraphs.push(body([`Báo cáo trả lại để bổ sung, hoàn thiện: ${unitList(returned)}.`]));
  }
  return paragraphs;
}

function resultsSection(report: ConsolidatedReport): Block[] {
  const blocks: Block[] = [heading('I. KẾT QUẢ THỰC HIỆN')];
  report.tasks.forEach((task, index) => {
    blocks.push(heading(`${taskNumber(task, index)} ${task.title}`), ...taskSummary(task));
    // A paragraph after each table: Word joins tables that touch into one.
    for (const table of taskTables(task)) blocks.push(table, spacer());
  });
  return blocks;
}

/** The report's tasks in order, then any code the items name that is not among them. */
function groupByTask<T extends { taskCode: string }>(report: ConsolidatedReport, items: readonly T[]) {
  const codes = [...report.tasks.map((task) => task.code), ...items.map((item) => item.taskCode)];
  return [...new Set(codes)]
    .map((code) => {
      const index = report.tasks.findIndex((task) => task.code === code);
      const task = report.tasks[index];
      const title = task ? `${taskNumber(task, index)} ${task.title}` : `Nhiệm vụ ${code}`;
      return { title, items: items.filter((item) => item.taskCode === code) };
    })
    .filter((group) => group.items.length > 0);
}

const STATE_NOTES = { open: '', answered: '', closed: ' (đã giải quyết xong)' } as const;

function difficultiesSection(report: ConsolidatedReport): Paragraph[] {
  const paragraphs = [heading('II. KHÓ KHĂN, VƯỚNG MẮC')];
  const groups = groupByTask(report, report.difficulties);
  if (groups.length === 0) paragraphs.push(body(['Các đơn vị không phản ánh khó khăn, vướng mắc.']));
  for (const group of groups) {
    paragraphs.push(body([{ text: group.title, isItalic: true, isBold: true }], { keepNext: true }));
    for (const item of group.items) {
      const carried = item.isCarriedOver ? [{ text: ' (kỳ trước chuyển sang)', isItalic: true }] : [];
      paragraphs.push(body([`- ${item.unitName}: ${item.text}`, ...carried]));
      const answer = item.answer
        ? `Ý kiến trả lời, chỉ đạo: ${item.answer}${STATE_NOTES[item.state]}`
        : 'Chưa có ý kiến trả lời.';
      paragraphs.push(body([{ text: answer, isItalic: true }]));
    }
  }
  return paragraphs;
}

function proposalsSection(report: ConsolidatedReport): Paragraph[] {
  const paragraphs = [heading('III. KIẾN NGHỊ, ĐỀ XUẤT')];
  const groups = groupByTask(report, report.proposals);
  if (groups.length === 0) paragraphs.push(body(['Các đơn vị không có kiến nghị, đề xuất.']));
  for (const group of groups) {
    paragraphs.push(body([{ text: group.title, isItalic: true, isBold: true }], { keepNext: true }));
    for (const item of group.items) paragraphs.push(body([`- ${item.unitName}: ${item.text}`]));
  }
  return paragraphs;
}

/** Everything between the title block and the closing block. */
export function reportBody(report: ConsolidatedReport): Block[] {
  return [
    ...opening(report),
    ...resultsSection(report),
    ...difficultiesSection(report),
    ...proposalsSection(report),
    // Kept with the signature that follows, so that it never stands alone on the last page.
    body(
      [
        `Trên đây là báo cáo kết quả thực hiện ${shortPlanName(report)} ${inSentence(report.period.label)}./.`,
      ],
      {
        keepNext: true,
      },
    ),
  ];
}
