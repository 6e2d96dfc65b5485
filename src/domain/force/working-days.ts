/**
 * Working days, as Thông tư 14/2024/TT-BCA counts its deadlines: weekends and public holidays excluded
 * (Bộ luật Lao động 2019, Điều 111–112). The holiday table is data the admin edits per year; these defaults
 * seed it.
 *
 * Exports:
 * - `Holiday` = { date: 'YYYY-MM-DD'; name: string; isWorkingDay?: boolean } — `isWorkingDay` marks a
 *   Saturday worked in exchange for a weekday off (the Government's swaps, e.g. 04/5/2024);
 * - `DEFAULT_HOLIDAY_YEARS` = { from: 2024, to: 2030 }; `defaultHolidays(year): Holiday[]` (RangeError
 *   outside those years: Tết's date needs a table);
 * - `isWorkingDay(date, holidays): boolean`;
 * - `addWorkingDays(start, n, holidays): string` — the day on which n working days after `start` have passed
 *   (`start` itself not counted: "within 5 working days of the minutes" ends on addWorkingDays(minutes, 5));
 *   n = 0 gives `start`;
 * - `workingDaysBetween(from, to, holidays): number` — working days in (from, to]; negative when to < from.
 *
 * Defaults: 2024 and 2025 are the breaks the Government announced (holiday-tables.ts). From 2026 the rule is
 * the Labour Code's: 1/1; Tết = the last day of the lunar year and mùng 1–4; Giỗ Tổ 10/3 lunar; 30/4; 1/5;
 * 2/9 and one adjacent day (ADJACENT_TO_NATIONAL_DAY); a holiday on a Saturday or Sunday is made up on the
 * next working day (Điều 111(3)). The Government's announcement for each year may differ: edit the table.
 */
import { addDays } from '../common/dates.ts';
import { dayOfWeek, isWeekend } from './calendar.ts';
import { ANNOUNCED_HOLIDAYS, HUNG_KINGS_DAY, LUNAR_NEW_YEAR, type Holiday } from './holiday-tables.ts';

export type { Holiday } from './holiday-tables.ts';

export const DEFAULT_HOLIDAY_YEARS = { from: 2024, to: 2030 } as const;

/**
 * 2/9 and "01 ngày liền kề trước hoặc sau": which side, by the weekday of 2/9 (Sunday first). It follows what
 * the Government chose in 2024 (Monday → Tuesday 3/9) and 2025 (Tuesday → Monday 1/9): join the weekend when
 * that helps, else the day before.
 */
const ADJACENT_TO_NATIONAL_DAY = [1, 1, -1, -1, 1, -1, -1] as const;

function statutoryHolidays(year: number, tet: string, hungKings: string): Holiday[] {
  const nationalDay = `${year}-09-02`;
  const adjacent = addDays(nationalDay, ADJACENT_TO_NATIONAL_DAY[dayOfWeek(nationalDay)] ?? -1);
  return [
    { date: `${year}-01-01`, name: 'Tết Dương lịch' },
    ...[-1, 0, 1, 2, 3].map((offset) => ({ date: addDays(tet, offset), name: 'Tết Nguyên đán' })),
    { date: hungKings, name: 'Giỗ Tổ Hùng Vương (10/3 âm lịch)' },
    { date: `${year}-04-30`, name: 'Ngày Chiến thắng' },
    { date: `${year}-05-01`, name: 'Ngày Quốc tế Lao động' },
    { date: nationalDay, name: 'Quốc khánh' },
    { date: adjacent, name: 'Quốc khánh (ngày liền kề)' },
  ].sort((a, b) => a.date.localeCompare(b.date));
}

/** Each holiday on a weekend gives a day off on the next weekday that is not already a holiday. */
function withCompensation(holidays: Holiday[]): Holiday[] {
  const taken = new Set(holidays.map((holiday) => holiday.date));
  const compensation: Holiday[] = [];
  for (const holiday of holidays) {
    if (!isWeekend(holiday.date)) continue;
    let date = addDays(holiday.date, 1);
    while (isWeekend(date) || taken.has(date)) date = addDays(date, 1);
    taken.add(date);
    compensation.push({ date, name: `Nghỉ bù ${holiday.name}` });
  }
  return [...holidays, ...compensation].sort((a, b) => a.date.localeCompare(b.date));
}

export function defaultHolidays(year: number): Holiday[] {
  const announced = ANNOUNCED_HOLIDAYS[year];
  if (announced) return announced.map((holiday) => ({ ...holiday }));
  const tet = LUNAR_NEW_YEAR[year];
  const hungKings = HUNG_KINGS_DAY[year];
  if (!tet || !hungKings)
    throw new RangeError(
      `No default holidays for ${year}: Tết needs a table (${DEFAULT_HOLIDAY_YEARS.from}–${DEFAULT_HOLIDAY_YEARS.to}).`,
    );
  return withCompensation(statutoryHolidays(year, tet, hungKings));
}

const indexes = new WeakMap<readonly Holiday[], Map<string, Holiday>>();

/** The table by date, built once per array (tables are read many times, by every deadline). */
function indexOf(holidays: readonly Holiday[]): Map<string, Holiday> {
  let index = indexes.get(holidays);
  if (!index) {
    index = new Map(holidays.map((holiday) => [holiday.date, holiday]));
    indexes.set(holidays, index);
  }
  return index;
}

export function isWorkingDay(date: string, holidays: readonly Holiday[]): boolean {
  const holiday = indexOf(holidays).get(date);
  if (holiday?.isWorkingDay) return true;
  return !isWeekend(date) && !holiday;
}

export function addWorkingDays(start: string, days: number, holidays: readonly Holiday[]): string {
  if (!Number.isInteger(days) || days < 0)
    throw new RangeError(`addWorkingDays needs a whole n ≥ 0, not ${days}`);
  let date = start;
  for (let counted = 0; counted < days;) {
    date = addDays(date, 1);
    if (isWorkingDay(date, holidays)) counted += 1;
  }
  return date;
}

export function workingDaysBetween(from: string, to: string, holidays: readonly Holiday[]): number {
  if (to < from) return -workingDaysBetween(to, from, holidays);
  let count = 0;
  for (let date = addDays(from, 1); date <= to; date = addDays(date, 1)) {
    if (isWorkingDay(date, holidays)) count += 1;
  }
  return count;
}
