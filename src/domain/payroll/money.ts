import { MAX_DAY_COUNT, type RateBasis } from './constants.ts';

/**
 * Exact money arithmetic. Every rate is held as an integer number of ten-thousandths of a đồng ("scaled"):
 * fixed amounts × 10,000; coefficients have at most 4 decimals, so coefficient × 10,000 × base salary is an
 * integer; percentages have at most 2 decimals, so percent × 100 × contribution is an integer. A line's exact
 * amount is then the fraction Σ(days × scaled rate) / (days in month × 10,000), rounded once. With the bounds in
 * constants.ts every numerator stays below 2^53 (31 days × 20 × 10^4 × 10^8 ≈ 6.2 × 10^14), so plain numbers
 * are exact and no per-day floating error can creep in.
 */
export const SCALE = 10_000;

/** The rate's value as an integer multiplier: VND × 10^4, coefficient × 10^4, or percent × 100 (= fraction × 10^4). */
export function scaledValue(basis: RateBasis, value: number): number {
  switch (basis) {
    case 'fixed':
      return Math.round(value) * SCALE;
    case 'coefficient':
      return Math.round(value * SCALE);
    case 'percent_of_contribution':
      return Math.round(value * 100);
  }
}

/** Has `value` at most `decimals` decimals (as typed by a person: 0.7, 0.65, 12.5)? */
export function hasAtMostDecimals(value: number, decimals: number): boolean {
  const factor = 10 ** decimals;
  return Math.abs(value * factor - Math.round(value * factor)) < 1e-6;
}

/** ⌊a / b⌋ for integers a ≥ 0, b > 0, exact (float division alone can land on the wrong side of an integer). */
function floorDiv(a: number, b: number): number {
  return (a - (a % b)) / b;
}

/**
 * numerator / denominator rounded half up to a multiple of `step` đồng. Amounts computed by the payroll are
 * never negative; a negative input is rounded symmetrically (half away from zero) for completeness.
 */
export function roundHalfUp(numerator: number, denominator: number, step: number): number {
  if (numerator < 0) return -roundHalfUp(-numerator, denominator, step);
  const unit = denominator * step;
  return floorDiv(2 * numerator + unit, 2 * unit) * step;
}

/** Largest numerator the rounding accepts; checked by the payroll as a guard against bad data. */
export const MAX_SAFE_NUMERATOR = Math.floor(Number.MAX_SAFE_INTEGER / 4);

const coefficient = new Intl.NumberFormat('vi-VN', { minimumFractionDigits: 2, maximumFractionDigits: 4 });

/** 1234567.891 → "1.234.567,89" (Vietnamese grouping, at most 2 decimals, no trailing zero); fast, no Intl. */
export function formatAmount(amount: number): string {
  const negative = amount < 0;
  const cents = Math.round(Math.abs(amount) * 100);
  const fraction = cents % 100;
  let whole = String((cents - fraction) / 100);
  for (let i = whole.length - 3; i > 0; i -= 3) whole = `${whole.slice(0, i)}.${whole.slice(i)}`;
  const decimals =
    fraction === 0
      ? ''
      : fraction % 10 === 0
        ? `,${fraction / 10}`
        : `,${fraction < 10 ? '0' : ''}${fraction}`;
  return `${negative && cents !== 0 ? '-' : ''}${whole}${decimals}`;
}

/** 1.638.000 đ; 82.500,5 đ */
export function formatVnd(amount: number): string {
  return `${formatAmount(amount)} đ`;
}

/** 0,70 */
export function formatCoefficient(value: number): string {
  return coefficient.format(value);
}

/** 50 % */
export function formatPercent(value: number): string {
  return `${formatAmount(value)} %`;
}

/** The day counts a member input may carry. */
export function isDayCount(value: number): boolean {
  return Number.isInteger(value) && value >= 0 && value <= MAX_DAY_COUNT;
}
