import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatAmount, formatVnd, hasAtMostDecimals, roundHalfUp } from './money.ts';

describe('money formatting and rounding', () => {
  it('writes amounts the Vietnamese way', () => {
    expect(formatVnd(1_638_000)).toBe('1.638.000 đ');
    expect(formatVnd(82_500.5)).toBe('82.500,5 đ');
    expect(formatVnd(792_580.6451612903)).toBe('792.580,65 đ');
    expect(formatVnd(0.03)).toBe('0,03 đ');
    expect(formatVnd(-440_000)).toBe('-440.000 đ');
    expect(formatVnd(999)).toBe('999 đ');
  });

  it('agrees with Intl vi-VN for any amount to two decimals (property)', () => {
    const intl = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e11 }), (cents) => {
        expect(formatAmount(cents / 100)).toBe(intl.format(cents / 100));
      }),
      { numRuns: 2000 },
    );
  });

  it('rounds half up to the step for any exact fraction (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 48 }),
        fc.integer({ min: 1, max: 310_000 }),
        fc.constantFrom(1, 1000),
        (numerator, denominator, step) => {
          const rounded = roundHalfUp(numerator, denominator, step);
          expect(rounded % step).toBe(0);
          // exact − rounded ∈ [−step/2, step/2): a half goes up. Times 2·den: 2·num − 2·den·rounded ∈ [−den·step, den·step)
          const twice = BigInt(2 * numerator) - 2n * BigInt(denominator) * BigInt(rounded);
          const unit = BigInt(denominator) * BigInt(step);
          expect(twice >= -unit && twice < unit).toBe(true);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('reads the decimals of a typed value', () => {
    expect(hasAtMostDecimals(0.65, 4)).toBe(true);
    expect(hasAtMostDecimals(0.12345, 4)).toBe(false);
    expect(hasAtMostDecimals(12.5, 2)).toBe(true);
  });
});
