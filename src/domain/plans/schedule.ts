import type { Schedule } from './plans.schemas.ts';
import { daysInMonth, isoDate, readSchedule } from './parse-schedule.ts';

/**
 * Reads the time words of a plan ("Quý II năm 2024", "trước ngày 30/5/2024", "Hằng năm … trước ngày 15/11",
 * "Thường xuyên" …) into a Schedule, and turns a Schedule into due dates and labels.
 *
 * Choices:
 * - A quarter, month or half year written without a year ("Quý II", "6 tháng cuối năm") recurs every year:
 *   the schedule keeps `year: null`, and `dueDates` yields that period's last day in every year.
 * - `from_year` is due on 31/12 of every year from its start year; a start quarter ("từ Quý IV năm 2022")
 *   only says when the work starts and adds no due date of its own.
 * - `continuous` ("Thường xuyên") is due at the end of every reporting cycle, by default every half year
 *   (30/6 and 31/12), the usual 6-month report of Nghị định 09/2019.
 * - `periodic` every N months is due at the end of months N, 2N … counted from January (of year 0, so that
 *   when N divides 12 the months are the same every year: 6 → June and December).
 * - An annual day that a year lacks (29/2 outside leap years) falls on the month's last day.
 */

export interface DateRange {
  /** YYYY-MM-DD, inclusive. */
  from: string;
  /** YYYY-MM-DD, inclusive. */
  to: string;
}
export type ReportingCycle = 'month' | 'quarter' | 'half_year' | 'year';

/** The schedule that time words state, with the words kept in `text`; null when no time can be read. */
export function parseSchedule(text: string): Schedule | null {
  try {
    return readSchedule(text.trim());
  } catch {
    return null;
  }
}

const CYCLE_MONTHS: Record<ReportingCycle, number[]> = {
  month: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
  quarter: [3, 6, 9, 12],
  half_year: [6, 12],
  year: [12],
};

function monthEnd(year: number, month: number): string {
  return isoDate(year, month, daysInMonth(year, month));
}

/** The due dates in one calendar year; `null` years in periods mean "every year". */
function dueDatesInYear(schedule: Schedule, year: number, cycle: ReportingCycle): string[] {
  const isThisYear = schedule.year === null || schedule.year === year;
  switch (schedule.kind) {
    case 'deadline':
      return schedule.date?.startsWith(`${year}-`) ? [schedule.date] : [];
    case 'month':
      return isThisYear && schedule.month ? [monthEnd(year, schedule.month)] : [];
    case 'quarter':
      return isThisYear && schedule.quarter ? [monthEnd(year, schedule.quarter * 3)] : [];
    case 'half_year':
      return isThisYear && schedule.half ? [monthEnd(year, schedule.half * 6)] : [];
    case 'year':
      return isThisYear ? [monthEnd(year, 12)] : [];
    case 'from_year':
      return schedule.year !== null && year >= schedule.year ? [monthEnd(year, 12)] : [];
    case 'annual': {
      if (!schedule.month || !schedule.day) return [];
      return [isoDate(year, schedule.month, Math.min(schedule.day, daysInMonth(year, schedule.month)))];
    }
    case 'continuous':
      return CYCLE_MONTHS[cycle].map((month) => monthEnd(year, month));
    case 'periodic': {
      const every = schedule.everyMonths ?? 0;
      if (every < 1) return [];
      return CYCLE_MONTHS.month
        .filter((month) => (year * 12 + month) % every === 0)
        .map((m) => monthEnd(year, m));
    }
  }
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The due dates (sorted, YYYY-MM-DD) of a schedule that fall within a range, both ends included.
 * `cycle` is the reporting cycle of `continuous` schedules (default: every half year).
 */
export function dueDates(
  schedule: Schedule,
  range: DateRange,
  options: { cycle?: ReportingCycle } = {},
): string[] {
  const from = ISO_DATE.exec(range.from);
  const to = ISO_DATE.exec(range.to);
  if (!from || !to || range.from > range.to) return [];
  const cycle = options.cycle ?? 'half_year';
  const dates: string[] = [];
  for (let year = Number(from[1]); year <= Number(to[1]); year += 1) {
    for (const date of dueDatesInYear(schedule, year, cycle)) {
      if (date >= range.from && date <= range.to) dates.push(date);
    }
  }
  return [...new Set(dates)].sort();
}

const ROMAN_NUMERALS = ['I', 'II', 'III', 'IV'];
const MONTH_NAMES_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function describeVi(schedule: Schedule): string {
  const { year, quarter, half, month, day, date } = schedule;
  const ofYear = year === null ? ' hằng năm' : `/${year}`;
  switch (schedule.kind) {
    case 'deadline':
      return date
        ? `Trước ${Number(date.slice(8))}/${Number(date.slice(5, 7))}/${date.slice(0, 4)}`
        : schedule.text;
    case 'month':
      return `Tháng ${month ?? '?'}${ofYear}`;
    case 'quarter':
      return `Quý ${ROMAN_NUMERALS[(quarter ?? 1) - 1] ?? '?'}${ofYear}`;
    case 'half_year':
      return `6 tháng ${half === 1 ? 'đầu' : 'cuối'} năm${year === null ? ' (hằng năm)' : ` ${year}`}`;
    case 'year':
      return `Năm ${year ?? '?'}`;
    case 'from_year':
      return quarter
        ? `Từ Quý ${ROMAN_NUMERALS[quarter - 1] ?? '?'}/${year ?? '?'}, hằng năm`
        : `Từ năm ${year ?? '?'}, hằng năm`;
    case 'annual':
      return `Hằng năm trước ${day ?? '?'}/${month ?? '?'}`;
    case 'continuous':
      return 'Thường xuyên';
    case 'periodic':
      return schedule.everyMonths === 12
        ? 'Hằng năm'
        : schedule.everyMonths === 1
          ? 'Hằng tháng'
          : `Định kỳ ${schedule.everyMonths ?? '?'} tháng`;
  }
}

function describeEn(schedule: Schedule): string {
  const { year, quarter, half, month, day, date } = schedule;
  const ofYear = year === null ? ', every year' : ` ${year}`;
  const monthName = (value: number | null) => MONTH_NAMES_EN[(value ?? 1) - 1] ?? '?';
  switch (schedule.kind) {
    case 'deadline':
      return date
        ? `By ${Number(date.slice(8))} ${monthName(Number(date.slice(5, 7)))} ${date.slice(0, 4)}`
        : schedule.text;
    case 'month':
      return `${monthName(month)}${ofYear}`;
    case 'quarter':
      return `Q${quarter ?? '?'}${ofYear}`;
    case 'half_year':
      return `H${half ?? '?'}${ofYear}`;
    case 'year':
      return `Year ${year ?? '?'}`;
    case 'from_year':
      return quarter ? `Yearly from Q${quarter} ${year ?? '?'}` : `Yearly from ${year ?? '?'}`;
    case 'annual':
      return `Every year by ${day ?? '?'} ${monthName(month)}`;
    case 'continuous':
      return 'Ongoing';
    case 'periodic':
      return schedule.everyMonths === 12
        ? 'Yearly'
        : schedule.everyMonths === 1
          ? 'Monthly'
          : `Every ${schedule.everyMonths ?? '?'} months`;
  }
}

/** A short label for the UI: "Quý II/2024", "Hằng năm trước 15/11", "Q2 2024", "Every year by 15 Nov". */
export function describeSchedule(schedule: Schedule, lang: 'vi' | 'en'): string {
  return lang === 'vi' ? describeVi(schedule) : describeEn(schedule);
}
