import type { Dayjs } from 'dayjs';

/** The whole app shows times in Vietnam's zone, whatever the browser's own zone is. */
export const TIME_ZONE = 'Asia/Ho_Chi_Minh';

const dateTimeFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

const vndFormat = new Intl.NumberFormat('vi-VN', {
  style: 'currency',
  currency: 'VND',
  maximumFractionDigits: 0,
});
const numberFormat = new Intl.NumberFormat('vi-VN');

function parts(date: Date): Record<string, string> {
  const result: Record<string, string> = {};
  for (const part of dateTimeFormat.formatToParts(date)) result[part.type] = part.value;
  return result;
}

/** A timestamp (ISO, UTC) → "dd/mm/yyyy HH:mm:ss" in Vietnam time; "" when missing or unreadable. */
export function formatDateTime(value: string | null | undefined): string {
  if (!value) return '';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  const p = parts(date);
  return `${p.day}/${p.month}/${p.year} ${p.hour}:${p.minute}:${p.second}`;
}

/**
 * A calendar date "YYYY-MM-DD" → "dd/mm/yyyy". A full timestamp is first moved to Vietnam time, so that
 * 2024-06-30T20:00Z reads 01/07/2024.
 */
export function formatDate(value: string | null | undefined): string {
  if (!value) return '';
  const calendar = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (calendar) return `${calendar[3]}/${calendar[2]}/${calendar[1]}`;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  const p = parts(date);
  return `${p.day}/${p.month}/${p.year}`;
}

/** Integer VND → "1.250.000 ₫". */
export function formatVnd(amount: number | null | undefined): string {
  return amount === null || amount === undefined ? '' : vndFormat.format(amount);
}

export function formatNumber(value: number): string {
  return numberFormat.format(value);
}

/** A date picker's value → the API's "YYYY-MM-DD". */
export function toIsoDate(value: Dayjs | null | undefined): string | undefined {
  return value ? value.format('YYYY-MM-DD') : undefined;
}

/** Display format for antd date pickers. */
export const DATE_FORMAT = 'DD/MM/YYYY';
