import { addDays, formatVietnameseDate } from '../common/dates.ts';

/** Calendar arithmetic on ISO dates `YYYY-MM-DD` and months `YYYY-MM`, in UTC, allocation-light. */

export const MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;

export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const t = Date.parse(`${value}T00:00:00Z`);
  return Number.isFinite(t) && new Date(t).toISOString().slice(0, 10) === value;
}

export function daysInMonth(month: string): number {
  const year = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  return new Date(Date.UTC(year, m, 0)).getUTCDate();
}

export const dayAfter = (iso: string): string => addDays(iso, 1);

export const dayBefore = (iso: string): string => addDays(iso, -1);

/** `YYYY-MM` of the month `count` months after `month` (before it when `count` is negative). */
export function addMonths(month: string, count: number): string {
  const index = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + count;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** The ISO date of day `day` (1-based) of `month`. */
export function dateOfDay(month: string, day: number): string {
  return `${month}-${day < 10 ? '0' : ''}${day}`;
}

/**
 * Day of `month` (1 … dim) of an ISO date, clamped: a date before the month gives 1 - 1 = 0 when `before` is
 * asked for, and so on. Comparisons are on the ISO text, which sorts like the dates.
 */
export function clampToMonth(iso: string, month: string, dim: number): number {
  // Called for every member of a national run: read in place, no substring per call.
  if (iso.startsWith(month)) return dayDigits(iso);
  return iso < month ? 0 : dim + 1;
}

/** The day of an ISO date as a number, from its two digits. */
export const dayDigits = (iso: string) => (iso.charCodeAt(8) - 48) * 10 + iso.charCodeAt(9) - 48;

/** Whether two ISO dates are of one month (their first seven characters, compared in place). */
export function sameMonth(a: string, b: string): boolean {
  for (let k = 0; k < 7; k += 1) if (a.charCodeAt(k) !== b.charCodeAt(k)) return false;
  return true;
}

/** dd/mm/yyyy */
export const vnDate = formatVietnameseDate;

/** dd/mm, for ranges inside one month */
export function vnDayMonth(iso: string): string {
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}`;
}
