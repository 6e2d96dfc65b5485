/**
 * Calendar arithmetic on `YYYY-MM-DD` strings (no time, no time zone), for the force's rules.
 *
 * Exports:
 * - `isIsoDate(value): boolean` — a real calendar day written `YYYY-MM-DD`;
 * (`addDays` and `daysBetween` are in `common/dates.ts`.)
 * - `dayOfWeek(date): number` — 0 Sunday … 6 Saturday; `isWeekend(date): boolean`;
 * - `anniversary(date, years): string` — the same day `years` later, 29/02 → 28/02 in common years;
 * - `completedYears(from, asOf): number` — whole years from `from` to `asOf` (age on a day).
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function toTime(date: string): number {
  return Date.parse(`${date}T00:00:00.000Z`);
}

function parts(date: string): { year: number; month: number; day: number } {
  const [year = '0', month = '0', day = '0'] = date.split('-');
  return { year: Number(year), month: Number(month), day: Number(day) };
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const { year, month, day } = parts(value);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

export function dayOfWeek(date: string): number {
  return new Date(toTime(date)).getUTCDay();
}

export function isWeekend(date: string): boolean {
  const day = dayOfWeek(date);
  return day === 0 || day === 6;
}

/**
 * The same calendar day `years` later. A period counted in years ends on the matching day of the last year,
 * or on the last day of that month when the month has no such day (Bộ luật Dân sự 2015, Điều 148(1)(d)):
 * 29/02/2024 + 1 year → 28/02/2025.
 */
export function anniversary(date: string, years: number): string {
  const { year, month, day } = parts(date);
  const target = year + years;
  const clampedDay = Math.min(day, daysInMonth(target, month));
  return `${String(target).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(clampedDay).padStart(2, '0')}`;
}

/** Whole years completed from `from` to `asOf`: one is 18 from the day of the 18th birthday on. */
export function completedYears(from: string, asOf: string): number {
  const start = parts(from);
  const end = parts(asOf);
  const roughYears = end.year - start.year;
  return anniversary(from, roughYears) <= asOf ? roughYears : roughYears - 1;
}
