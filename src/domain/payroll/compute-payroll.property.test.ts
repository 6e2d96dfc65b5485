import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { baseSalaryOn, DEFAULT_BASE_SALARIES, type BaseSalaryEntry } from './base-salary.ts';
import { dateOfDay, dayBefore, daysInMonth } from './calendar.ts';
import { computeMonthlyPayroll, type PostInterval } from './compute-payroll.ts';
import { PAYROLL_ROLES } from './constants.ts';
import { roundHalfUp, SCALE, scaledValue } from './money.ts';
import { isInForce, rateFor, type Rate, type RateSet } from './rate-sets.ts';
import { member, payrollInput, rate, rateSet } from './testing.ts';

const monthArb = fc
  .record({ year: fc.integer({ min: 2024, max: 2030 }), month: fc.integer({ min: 1, max: 12 }) })
  .map(({ year, month }) => `${year}-${String(month).padStart(2, '0')}`)
  .filter((m) => m >= '2024-07');
const roleArb = fc.constantFrom(...PAYROLL_ROLES);
const rateArb: fc.Arbitrary<Pick<Rate, 'basis' | 'value'>> = fc.oneof(
  fc.integer({ min: 1, max: 100_000_000 }).map((value) => ({ basis: 'fixed' as const, value })),
  fc.integer({ min: 1, max: 200_000 }).map((n) => ({ basis: 'coefficient' as const, value: n / SCALE })),
);
/** Up to 5 distinct cut days in 2 … 28 (every month has them), sorted. */
const cutsArb = fc
  .uniqueArray(fc.integer({ min: 2, max: 28 }), { maxLength: 5 })
  .map((c) => c.sort((a, b) => a - b));

/** Split [first day, open end) at the cut days of `month` into consecutive periods. */
function split(month: string, cuts: number[]): { from: string; to: string | null }[] {
  const starts = [1, ...cuts];
  return starts.map((start, i) => ({
    from: i === 0 ? '2024-01-01' : dateOfDay(month, start),
    to: i + 1 < starts.length ? dayBefore(dateOfDay(month, starts[i + 1]!)) : null,
  }));
}

describe('day-by-day segments (property)', () => {
  it('sum to the full-month amount when nothing changes, however the month is cut', () => {
    fc.assert(
      fc.property(
        monthArb,
        roleArb,
        rateArb,
        fc.integer({ min: 1_000_000, max: 9_000_000 }),
        cutsArb,
        cutsArb,
        cutsArb,
        (month, role, { basis, value }, base, rateCuts, baseCuts, postCuts) => {
          const theRate = { ...rate(role, 'monthly_support', value, basis) };
          // The same rate in several consecutive sets, the same base salary in several consecutive periods, and
          // the same role in several consecutive posts: nothing changes, but the month is cut into segments.
          const sets = split(month, rateCuts).map((p, i) => rateSet(`s${i}`, p.from, p.to, [theRate]));
          const table: BaseSalaryEntry[] = split(month, baseCuts).map((p) => ({
            ...p,
            amount: base,
            source: 'x',
          }));
          const posts: PostInterval[] = split(month, postCuts).map((p) => ({ ...p, role }));
          const cut = computeMonthlyPayroll(
            payrollInput(month, sets, [member('m', posts)], { baseSalaries: table }),
          );
          const whole = computeMonthlyPayroll(
            payrollInput(
              month,
              [rateSet('all', '2024-01-01', null, [theRate])],
              [member('m', { role, from: '2024-01-01' })],
              { baseSalaries: [{ from: '2024-01-01', to: null, amount: base, source: 'x' }] },
            ),
          );
          const monthly = basis === 'fixed' ? value * SCALE : scaledValue('coefficient', value) * base;
          const full = roundHalfUp(monthly, SCALE, 1);
          const line = cut.lines[0]!;
          expect(cut.lines).toHaveLength(1);
          expect(line.amount).toBe(full);
          expect(whole.lines[0]!.amount).toBe(full);
          expect(line.days).toBe(daysInMonth(month));
          // The segments, summed day by day, give the same amount.
          const numerator = line.segments.reduce((sum, s) => sum + s.days * Math.round(s.rate * SCALE), 0);
          expect(roundHalfUp(numerator, daysInMonth(month) * SCALE, 1)).toBe(full);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('equal a naive day-by-day reference when roles, rates, base salary and suspensions do change', () => {
    const scenario = fc.record({
      month: fc.constantFrom('2024-05', '2024-06', '2024-07', '2024-08', '2024-09', '2025-02'),
      rateCuts: cutsArb,
      rates: fc.array(fc.tuple(rateArb, rateArb, rateArb), { minLength: 6, maxLength: 6 }),
      posts: fc.array(fc.tuple(fc.integer({ min: 1, max: 31 }), fc.integer({ min: 0, max: 12 }), roleArb), {
        maxLength: 3,
      }),
      suspension: fc.option(fc.tuple(fc.integer({ min: 1, max: 31 }), fc.integer({ min: 0, max: 10 }))),
      rounding: fc.constantFrom('dong' as const, 'thousand' as const),
      /** Leave out one set: days in that gap are not paid. */
      gap: fc.option(fc.integer({ min: 1, max: 5 })),
    });
    fc.assert(
      fc.property(scenario, ({ month, rateCuts, rates, posts, suspension, rounding, gap }) => {
        const dim = daysInMonth(month);
        const clampDay = (d: number) => Math.min(d, dim);
        const sets: RateSet[] = split(month, rateCuts)
          .map((p, i) => {
            const [tt, tp, tv] = rates[i]!;
            return rateSet(`s${i}`, p.from, p.to, [
              rate('to_truong', 'monthly_support', tt.value, tt.basis),
              rate('to_pho', 'monthly_support', tp.value, tp.basis),
              rate('to_vien', 'monthly_support', tv.value, tv.basis),
            ]);
          })
          .filter((_, i) => i !== gap);
        // Non-overlapping posts: each starts after the previous one ended.
        const list: PostInterval[] = [];
        let next = 1;
        for (const [gap, length, role] of posts) {
          const start = next + (gap % 5);
          if (start > dim) break;
          const end = clampDay(start + length);
          list.push({ role, from: dateOfDay(month, start), to: dateOfDay(month, end) });
          next = end + 1;
        }
        const suspensions = suspension
          ? [
              {
                from: dateOfDay(month, clampDay(suspension[0])),
                to: dateOfDay(month, clampDay(suspension[0] + suspension[1])),
              },
            ]
          : [];
        const result = computeMonthlyPayroll(
          payrollInput(month, sets, [member('m', list, { suspensions })], { roundingRule: rounding }),
        );

        let numerator = 0;
        let days = 0;
        for (let d = 1; d <= dim; d += 1) {
          const date = dateOfDay(month, d);
          if (suspensions.some((s) => s.from <= date && date <= s.to)) continue;
          const post = list.find((p) => p.from <= date && date <= p.to!);
          if (!post) continue;
          const set = sets.find((s) => isInForce(s, date));
          if (!set) continue;
          const r = rateFor(set, post.role, 'monthly_support')!;
          numerator +=
            r.basis === 'fixed'
              ? r.value * SCALE
              : scaledValue('coefficient', r.value) * baseSalaryOn(DEFAULT_BASE_SALARIES, date)!;
          days += 1;
        }
        const line = result.lines.find((l) => l.kind === 'monthly_support');
        if (days === 0) {
          expect(line).toBeUndefined();
        } else {
          expect(line?.days).toBe(days);
          expect(line?.amount).toBe(roundHalfUp(numerator, dim * SCALE, rounding === 'dong' ? 1 : 1000));
          expect(line?.segments.reduce((sum, s) => sum + s.days, 0)).toBe(days);
        }
      }),
      { numRuns: 300 },
    );
  });
});
