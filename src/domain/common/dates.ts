/**
 * Calendar days as officials in Vietnam count them (UTC+7 all year, no daylight saving), and arithmetic on
 * `YYYY-MM-DD` strings done in UTC so that no time zone of the machine shifts a day.
 */
const VIETNAM_OFFSET_MS = 7 * 3_600_000;
const DAY_MS = 86_400_000;

/**
 * The calendar day in Vietnam at an instant (now by default), `YYYY-MM-DD`: from 17:00 UTC it is already the
 * next day there. Use it for every "today" a user sees or types, in the browser as on the server.
 */
export function vietnamToday(now: string | Date = new Date()): string {
  const time = typeof now === 'string' ? Date.parse(now) : now.getTime();
  return new Date(time + VIETNAM_OFFSET_MS).toISOString().slice(0, 10);
}

/** `date` plus `days` (negative to go back). */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00.000Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00.000Z`) - Date.parse(`${from}T00:00:00.000Z`)) / DAY_MS);
}

/** The first instant (UTC ISO) of a calendar day `YYYY-MM-DD` as officials in Vietnam count it. */
export function vietnamDayStart(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00.000Z`) - VIETNAM_OFFSET_MS).toISOString();
}

/** The first instant (UTC ISO) of the day after `date`, Vietnam time: an exclusive upper bound. */
export function vietnamDayEnd(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00.000Z`) + DAY_MS - VIETNAM_OFFSET_MS).toISOString();
}

/** `YYYY-MM-DD` as officials write it: dd/mm/yyyy. */
export function formatVietnameseDate(date: string): string {
  return date.split('-').reverse().join('/');
}
