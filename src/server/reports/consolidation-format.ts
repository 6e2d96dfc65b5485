/**
 * Labels and number/date formats shared by the consolidated report's .docx and .xlsx writers: Vietnamese
 * labels for the codes in `ConsolidatedReport`, numbers as Vietnamese write them (1.234.567; 87,5%), dates
 * dd/mm/yyyy.
 */
import { vietnamToday } from '../../domain/common/dates.ts';
import type {
  ConsolidatedTask,
  ConsolidatedUnitPart,
  IndicatorValue,
  ReportStatus,
} from '../../domain/reports/consolidation.ts';

export const STATUS_LABELS: Record<ReportStatus, string> = {
  not_started: 'Chưa báo cáo',
  draft: 'Đang soạn',
  submitted: 'Đã gửi',
  returned: 'Trả lại',
  accepted: 'Đã tiếp nhận',
};

export const ROLE_LABELS: Record<ConsolidatedUnitPart['role'], string> = {
  lead: 'Chủ trì',
  coordinator: 'Phối hợp',
};

const integerFormat = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 });
const decimalFormat = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 });

/** 1234567 → "1.234.567"; 87.25 → "87,3" (one decimal at most). */
export function formatNumber(value: number): string {
  return Number.isInteger(value) ? integerFormat.format(value) : decimalFormat.format(value);
}

/** 87.5 → "87,5%". */
export function formatPercent(value: number): string {
  return `${decimalFormat.format(value)}%`;
}

/** The figure alone, as a table cell shows it (its unit is in the column heading); "-" when missing. */
export function formatIndicatorCell(indicator: IndicatorValue): string {
  if (indicator.value === null) return '-';
  if (indicator.kind === 'vnd') return integerFormat.format(Math.round(indicator.value));
  return formatNumber(indicator.value);
}

/** The figure with its unit, as a sentence shows it: "12 hội nghị", "150.000.000 đồng", "87,5%". */
export function formatIndicatorWithUnit(indicator: IndicatorValue): string {
  if (indicator.value === null) return 'chưa có số liệu';
  if (indicator.kind === 'percent') return formatPercent(indicator.value);
  return `${formatIndicatorCell(indicator)} ${indicator.unit || (indicator.kind === 'vnd' ? 'đồng' : '')}`.trim();
}

/** The column heading of an indicator: "Kinh phí đã chi (đồng)". */
export function indicatorHeading(indicator: Pick<IndicatorValue, 'name' | 'unit' | 'kind'>): string {
  const unit = indicator.kind === 'percent' ? '%' : indicator.unit;
  return unit ? `${indicator.name} (${unit})` : indicator.name;
}

/** "YYYY-MM-DD" or an ISO timestamp (moved to Vietnam time, UTC+7) → "dd/mm/yyyy"; "" when missing. */
export function formatDate(value: string | null): string {
  if (!value) return '';
  const day = value.length > 10 ? vietnamCalendarDate(value) : value;
  const [year, month, date] = day.split('-');
  return year && month && date ? `${date}/${month}/${year}` : value;
}

/** Vietnam is UTC+7 all year: the calendar day of a timestamp as officials there count it. */
export function vietnamCalendarDate(timestamp: string): string {
  const time = Date.parse(timestamp);
  if (Number.isNaN(time)) return timestamp;
  return vietnamToday(timestamp);
}

/**
 * The place-and-date line of Nghị định 30/2020, Phụ lục I: "Thái Nguyên, ngày 05 tháng 02 năm 2024"
 * (days 1–9 and months 1–2 take a leading zero; months 3–12 are written as they are).
 */
export function formatPlaceAndDate(place: string, date: string): string {
  const [year = '', month = '', day = ''] = date.split('-');
  const monthNumber = Number(month);
  const monthText = monthNumber <= 2 ? month.padStart(2, '0') : String(monthNumber);
  return `${place}, ngày ${day.padStart(2, '0')} tháng ${monthText} năm ${year}`;
}

/** A title or label continued inside a sentence: "Triển khai thi hành…" → "triển khai thi hành…". */
export function inSentence(text: string): string {
  const [first = '', second = ''] = text;
  const isCapitalisedWord = first !== first.toLowerCase() && second === second.toLowerCase();
  return isCapitalisedWord ? first.toLowerCase() + text.slice(1) : text;
}

export interface TaskCounts {
  assigned: number;
  reported: number;
  accepted: number;
  late: number;
  averageProgress: number | null;
}

/** A report counts once sent and not returned for changes (as the consolidation service counts totals). */
export function isReported(part: ConsolidatedUnitPart): boolean {
  return part.status === 'submitted' || part.status === 'accepted';
}

/** The counts of one task, from its units' parts (the report type carries totals for the plan only). */
export function countTask(task: ConsolidatedTask): TaskCounts {
  const reported = task.units.filter(isReported);
  const progress = reported.flatMap((part) => (part.progress === null ? [] : [part.progress]));
  return {
    assigned: task.units.length,
    reported: reported.length,
    accepted: task.units.filter((part) => part.status === 'accepted').length,
    late: task.units.filter((part) => part.isLate).length,
    averageProgress:
      progress.length === 0 ? null : progress.reduce((sum, value) => sum + value, 0) / progress.length,
  };
}

/** The indicator columns of a task: its totals, else the first unit that lists any. */
export function taskIndicators(task: ConsolidatedTask): Pick<IndicatorValue, 'name' | 'unit' | 'kind'>[] {
  if (task.indicatorTotals.length > 0) return task.indicatorTotals;
  return task.units.find((part) => part.indicators.length > 0)?.indicators ?? [];
}

/** A unit's value for an indicator, matched by name (the order of a unit's list is not trusted). */
export function findIndicator(part: ConsolidatedUnitPart, name: string): IndicatorValue | undefined {
  return part.indicators.find((indicator) => indicator.name === name);
}

/** The task's heading number: its plan code "1.1" as "1.1.", or the running number when it has none. */
export function taskNumber(task: ConsolidatedTask, index: number): string {
  return /^[0-9]/.test(task.code) ? `${task.code.replace(/\.$/, '')}.` : `${index + 1}.`;
}
