import dayjs, { type Dayjs } from 'dayjs';
import { formatCoefficient, formatVnd } from '../../domain/payroll/money.ts';

/** Integer VND → "1.234.567 đ" (the payroll's own format, as the treasury lists print it). */
export function vnd(amount: number | null | undefined): string {
  return amount === null || amount === undefined ? '' : formatVnd(amount);
}

/** 0.7 → "0,70" */
export function coefficient(value: number): string {
  return formatCoefficient(value);
}

/** "2024-07" → "07/2024" */
export function formatMonth(month: string | null | undefined): string {
  if (!month) return '';
  const match = /^(\d{4})-(\d{2})$/.exec(month);
  return match ? `${match[2]}/${match[1]}` : month;
}

/** The month before today's, as "YYYY-MM": the month a commune usually pays for. */
export function previousMonth(): string {
  return dayjs().subtract(1, 'month').format('YYYY-MM');
}

export function monthToDayjs(month: string | undefined): Dayjs | null {
  return month ? dayjs(`${month}-01`) : null;
}

export const MONTH_FORMAT = 'MM/YYYY';
