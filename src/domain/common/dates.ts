/** Vietnam is UTC+7 all year (no daylight saving). */
const VIETNAM_OFFSET_MS = 7 * 3_600_000;

/** The first instant (UTC ISO) of a calendar day `YYYY-MM-DD` as officials in Vietnam count it. */
export function vietnamDayStart(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00.000Z`) - VIETNAM_OFFSET_MS).toISOString();
}

/** The first instant (UTC ISO) of the day after `date`, Vietnam time: an exclusive upper bound. */
export function vietnamDayEnd(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00.000Z`) + 86_400_000 - VIETNAM_OFFSET_MS).toISOString();
}

/** `YYYY-MM-DD` as officials write it: dd/mm/yyyy. */
export function formatVietnameseDate(date: string): string {
  return date.split('-').reverse().join('/');
}
