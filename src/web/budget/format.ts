import { formatVndText } from '../../domain/budget/budget-rules.ts';

/** Integer VND as officials write it: "1.234.567 đ". */
export const vnd = (amount: number) => formatVndText(amount);

/** A percentage with one decimal, Vietnamese style ("93,3%"); "—" without a base. */
export const percent = (value: number | null) =>
  value === null ? '—' : `${String(value).replace('.', ',')}%`;

/** 'YYYY-MM' → 'mm/yyyy'. */
export const monthText = (month: string) => `${month.slice(5, 7)}/${month.slice(0, 4)}`;

/** Fiscal years the pickers offer: from 2024 (the Law's first year) to next year. */
export function fiscalYears(today = new Date()): number[] {
  const last = today.getFullYear() + 1;
  const years: number[] = [];
  for (let year = last; year >= 2024; year -= 1) years.push(year);
  return years;
}
