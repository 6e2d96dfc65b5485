import type { LocalizedText } from '../errors.ts';
import type { BudgetKind } from './budget.schemas.ts';

/** 10,000 billion đồng: far above any one decision of a province for this plan; a typo guard, not a policy. */
export const MAX_ENTRY_AMOUNT_VND = 10_000_000_000_000;

/**
 * Dates. Vietnam's fiscal year is the calendar year (Luật Ngân sách nhà nước 2015, Art. 14). The estimate of
 * year N is drawn up and the allocation given in year N−1 or N; spending belongs to year N and may still be
 * paid in the adjustment period (thời gian chỉnh lý) up to 31 January of N+1; the settlement of year N is
 * approved in N or N+1. An entry dated outside these windows is refused: it is almost surely the wrong year.
 */
export function entryDateWindow(kind: BudgetKind, fiscalYear: number): { from: string; to: string } {
  switch (kind) {
    case 'estimate':
    case 'allocation':
      return { from: `${fiscalYear - 1}-01-01`, to: `${fiscalYear}-12-31` };
    case 'spending':
      return { from: `${fiscalYear}-01-01`, to: `${fiscalYear + 1}-01-31` };
    case 'settlement':
      return { from: `${fiscalYear}-01-01`, to: `${fiscalYear + 1}-12-31` };
  }
}

const ddmmyyyy = (date: string) => date.split('-').reverse().join('/');

const KIND_TEXT: Record<BudgetKind, LocalizedText> = {
  estimate: { vi: 'dự toán', en: 'an estimate' },
  allocation: { vi: 'phân bổ, giao kinh phí', en: 'an allocation' },
  spending: { vi: 'khoản chi', en: 'spending' },
  settlement: { vi: 'quyết toán', en: 'a settlement' },
};

/** Why an entry's date does not fit its kind and fiscal year, or null when it does. */
export function entryDateIssue(
  kind: BudgetKind,
  fiscalYear: number,
  entryDate: string,
): LocalizedText | null {
  const { from, to } = entryDateWindow(kind, fiscalYear);
  if (entryDate >= from && entryDate <= to) return null;
  return {
    vi: `Ngày của ${KIND_TEXT[kind].vi} năm ngân sách ${fiscalYear} phải từ ${ddmmyyyy(from)} đến ${ddmmyyyy(to)}`,
    en: `The date of ${KIND_TEXT[kind].en} of fiscal year ${fiscalYear} must be between ${ddmmyyyy(from)} and ${ddmmyyyy(to)}`,
  };
}

export interface BudgetAmounts {
  estimate: number;
  allocation: number;
  spending: number;
  settlement: number;
}

export const emptyAmounts = (): BudgetAmounts => ({ estimate: 0, allocation: 0, spending: 0, settlement: 0 });

export function addAmounts(into: BudgetAmounts, from: BudgetAmounts): BudgetAmounts {
  into.estimate += from.estimate;
  into.allocation += from.allocation;
  into.spending += from.spending;
  into.settlement += from.settlement;
  return into;
}

/**
 * Consistency of a unit's year, per source. These are warnings, never errors: entries arrive in any order
 * (spending is paid, and the payroll writes it, before the allocation decision is typed in; a settlement may be
 * entered before the last spending), so refusing a save would only push people to type false figures.
 */
export const BUDGET_WARNING_CODES = [
  'allocation_over_estimate',
  'spending_over_allocation',
  'settlement_over_spending',
] as const;
export type BudgetWarningCode = (typeof BUDGET_WARNING_CODES)[number];

export const BUDGET_WARNING_TEXT: Record<BudgetWarningCode, LocalizedText> = {
  allocation_over_estimate: {
    vi: 'Kinh phí được giao vượt dự toán',
    en: 'The allocation exceeds the estimate',
  },
  spending_over_allocation: {
    vi: 'Số đã chi vượt kinh phí được giao',
    en: 'Spending exceeds the allocation',
  },
  settlement_over_spending: {
    vi: 'Số quyết toán vượt số đã chi',
    en: 'The settlement exceeds what was spent',
  },
};

/** The warnings of one unit, year and source. An allocation without any estimate is not flagged (common for
 * funds given from above, such as the ministry's). */
export function budgetWarnings(amounts: BudgetAmounts): BudgetWarningCode[] {
  const warnings: BudgetWarningCode[] = [];
  if (amounts.estimate > 0 && amounts.allocation > amounts.estimate)
    warnings.push('allocation_over_estimate');
  if (amounts.spending > amounts.allocation) warnings.push('spending_over_allocation');
  if (amounts.settlement > amounts.spending) warnings.push('settlement_over_spending');
  return warnings;
}

/** part / whole as a percentage with one decimal; null when there is nothing to compare with. */
export function percentOf(part: number, whole: number): number | null {
  if (whole <= 0) return null;
  return Math.round((part * 1000) / whole) / 10;
}

/** The warning text with the source named: "Ngân sách địa phương: số đã chi vượt kinh phí được giao". */
export function warningMessage(code: BudgetWarningCode, sourceLabel: LocalizedText): LocalizedText {
  const text = BUDGET_WARNING_TEXT[code];
  return {
    vi: `${sourceLabel.vi}: ${text.vi.charAt(0).toLowerCase()}${text.vi.slice(1)}`,
    en: `${sourceLabel.en}: ${text.en.charAt(0).toLowerCase()}${text.en.slice(1)}`,
  };
}

/** The last calendar day of a month 'YYYY-MM' (a payroll's spending is dated at the end of its month). */
export function lastDayOfMonth(month: string): string {
  const [year, mon] = month.split('-').map(Number) as [number, number];
  const day = new Date(Date.UTC(year, mon, 0)).getUTCDate();
  return `${month}-${String(day).padStart(2, '0')}`;
}

/** Amount in VND as officials write it: 1.234.567 đ. */
export function formatVndText(amount: number): string {
  const sign = amount < 0 ? '-' : '';
  const digits = String(Math.abs(Math.trunc(amount)));
  return `${sign}${digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.')} đ`;
}
