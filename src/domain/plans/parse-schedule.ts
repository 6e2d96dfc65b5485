import { foldText } from '../common/text.ts';
import type { Schedule, ScheduleKind } from './plans.schemas.ts';

/** The readers behind `parseSchedule` (schedule.ts): each finds one kind of time words in folded text. */

const ROMAN_QUARTERS: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, '1': 1, '2': 2, '3': 3, '4': 4 };
/** Longer inputs are not time words; reading only their start keeps every regex cheap. */
const MAX_SCHEDULE_TEXT = 600;

const FULL_DATE = /(?<![\d/])(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{4})(?!\d)/;
const WORDED_DATE = /ngay\s+(\d{1,2})\s+thang\s+(\d{1,2})\s*,?\s*nam\s+(\d{4})(?!\d)/;
const DAY_MONTH = /(?<![\d/])(\d{1,2})\s*\/\s*(\d{1,2})(?![\d/])/;
const WORDED_DAY_MONTH = /ngay\s+(\d{1,2})\s+thang\s+(\d{1,2})(?!\d)/;
const QUARTER = /quy\s+(iv|iii|ii|i|[1-4])(?![a-z0-9])(?:\s*,?\s*(?:\/|-|nam)\s*(\d{4}))?/;
const HALF = /(?:(?:6|sau)\s+thang|nua)\s+(dau|cuoi)\s+nam(?:\s+(\d{4}))?/;
const MONTH = /thang\s+(\d{1,2})(?:\s*(?:[/-]|,?\s*nam)\s*(\d{4}))?(?![\d/])/;
const YEAR = /(?<![\d/])((?:19|20|21)\d{2})(?![\d/])/;
const FROM_YEAR = /(?:nam|nhung nam)\s+tiep\s+theo|tro\s+di|nhung\s+nam\s+sau|cac\s+nam\s+sau/;
const YEARLY = /(?:hang|moi)\s+nam|thuong\s+nien/;
const EVERY_MONTHS = /(?:dinh\s+ky\s+)?(\d{1,2})\s+thang\s+(?:mot|1)\s+lan|dinh\s+ky\s+(\d{1,2})\s+thang/;
const CONTINUOUS = /thuong\s+xuyen|lien\s+tuc|hang\s+ngay/;

function newSchedule(kind: ScheduleKind, text: string, fields: Partial<Schedule> = {}): Schedule {
  return {
    kind,
    date: null,
    year: null,
    quarter: null,
    half: null,
    month: null,
    day: null,
    everyMonths: null,
    text,
    ...fields,
  };
}

/** Folds for matching: lower case, no diacritics, no Markdown emphasis, one space, no closing dots. */
function foldScheduleText(text: string): string {
  return foldText(
    text
      .slice(0, MAX_SCHEDULE_TEXT)
      .replace(/[*_`~]+/g, ' ')
      .replace(/[–—]/g, '-'),
  )
    .replace(/[\s.;,:]+$/, '')
    .trim();
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

export function isoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`;
}

/** A real calendar date as YYYY-MM-DD, or null (31/2, month 13, year 0 …). */
function toIsoDate(day: number, month: number, year: number): string | null {
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1) return null;
  if (day > daysInMonth(year, month)) return null;
  return isoDate(year, month, day);
}

function isDayMonth(day: number, month: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(2024, month);
}

function readYear(value: string | undefined): number | null {
  if (value === undefined) return null;
  const year = Number(value);
  return year >= 1900 && year <= 2200 ? year : null;
}

function findFullDate(folded: string): string | null {
  const worded = WORDED_DATE.exec(folded);
  if (worded) return toIsoDate(Number(worded[1]), Number(worded[2]), Number(worded[3]));
  const numeric = FULL_DATE.exec(folded);
  if (numeric) return toIsoDate(Number(numeric[1]), Number(numeric[3]), Number(numeric[4]));
  return null;
}

function findDayMonth(folded: string): { day: number; month: number } | null {
  const match = WORDED_DAY_MONTH.exec(folded) ?? DAY_MONTH.exec(folded);
  if (!match) return null;
  const day = Number(match[1]);
  const month = Number(match[2]);
  return isDayMonth(day, month) ? { day, month } : null;
}

function findQuarter(folded: string): { quarter: number; year: number | null } | null {
  const match = QUARTER.exec(folded);
  const quarter = match ? ROMAN_QUARTERS[match[1] ?? ''] : undefined;
  if (!match || quarter === undefined) return null;
  return { quarter, year: readYear(match[2]) };
}

function findHalf(folded: string): { half: number; year: number | null } | null {
  const match = HALF.exec(folded);
  if (!match) return null;
  return { half: match[1] === 'dau' ? 1 : 2, year: readYear(match[2]) };
}

function findMonth(folded: string): { month: number; year: number | null } | null {
  const match = MONTH.exec(folded);
  if (!match) return null;
  const month = Number(match[1]);
  return month >= 1 && month <= 12 ? { month, year: readYear(match[2]) } : null;
}

function findYear(folded: string): number | null {
  return readYear(YEAR.exec(folded)?.[1]);
}

function findEveryMonths(folded: string): number | null {
  const match = EVERY_MONTHS.exec(folded);
  if (match) {
    const months = Number(match[1] ?? match[2]);
    return months >= 1 && months <= 60 ? months : null;
  }
  if (/hang\s+thang|dinh\s+ky\s+thang/.test(folded)) return 1;
  if (/hang\s+quy|dinh\s+ky\s+quy|dinh\s+ky\s+theo\s+quy/.test(folded)) return 3;
  if (/dinh\s+ky\s+(?:hang\s+)?nam/.test(folded)) return 12;
  return null;
}

function readFromYear(folded: string, text: string): Schedule | null {
  if (!FROM_YEAR.test(folded)) return null;
  const quarter = findQuarter(folded);
  if (quarter?.year) return newSchedule('from_year', text, { year: quarter.year, quarter: quarter.quarter });
  const year = findYear(folded);
  return year ? newSchedule('from_year', text, { year }) : null;
}

function readAnnual(folded: string, text: string): Schedule | null {
  const fullDate = findFullDate(folded);
  const dayMonth = fullDate
    ? { day: Number(fullDate.slice(8)), month: Number(fullDate.slice(5, 7)) }
    : findDayMonth(folded);
  return dayMonth ? newSchedule('annual', text, dayMonth) : null;
}

/** Periods with a year: a date, then the smallest period named. */
function readDated(folded: string, text: string): Schedule | null {
  const date = findFullDate(folded);
  if (date) return newSchedule('deadline', text, { date });
  const half = findHalf(folded);
  if (half?.year) return newSchedule('half_year', text, half);
  const quarter = findQuarter(folded);
  if (quarter?.year) return newSchedule('quarter', text, quarter);
  const month = findMonth(folded);
  if (month?.year) return newSchedule('month', text, month);
  const year = findYear(folded);
  return year ? newSchedule('year', text, { year }) : null;
}

/** Periods without a year recur every year. */
function readYearless(folded: string, text: string): Schedule | null {
  const dayMonth = findDayMonth(folded);
  if (dayMonth) return newSchedule('annual', text, dayMonth);
  const half = findHalf(folded);
  if (half) return newSchedule('half_year', text, half);
  const quarter = findQuarter(folded);
  if (quarter) return newSchedule('quarter', text, quarter);
  const month = findMonth(folded);
  return month ? newSchedule('month', text, month) : null;
}

export function readSchedule(text: string): Schedule | null {
  const folded = foldScheduleText(text);
  if (folded === '') return null;
  const isYearly = YEARLY.test(folded);
  const fromYear = readFromYear(folded, text);
  if (fromYear) return fromYear;
  const everyMonths = findEveryMonths(folded);
  // "Định kỳ 6 tháng … trước ngày 15/6 và 15/12 hằng năm": the period is the schedule, the days its detail.
  if (everyMonths !== null && everyMonths !== 12) return newSchedule('periodic', text, { everyMonths });
  if (isYearly) {
    const annual = readAnnual(folded, text);
    if (annual) return annual;
  }
  const dated = readDated(folded, text);
  if (dated) return dated;
  if (everyMonths) return newSchedule('periodic', text, { everyMonths });
  if (CONTINUOUS.test(folded)) return newSchedule('continuous', text);
  const yearless = readYearless(folded, text);
  if (yearless) return yearless;
  return isYearly ? newSchedule('periodic', text, { everyMonths: 12 }) : null;
}
