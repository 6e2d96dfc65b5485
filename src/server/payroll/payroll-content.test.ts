import { describe, expect, it } from 'vitest';
import { computeMonthlyPayroll } from '../../domain/payroll/compute-payroll.ts';
import { EXAMPLE_RATE_SETS } from '../../domain/payroll/rate-sets.ts';
import { member, payrollInput, rate, rateSet } from '../../domain/payroll/testing.ts';
import { decodeContent, encodeContent } from './payroll-content.ts';

// A month with every shape of line: a rate change on the 16th (two segments), a coefficient of the base
// salary, a percentage of the member's contribution, a missing contribution, duty days, a promotion.
const before = rateSet('a', '2024-07-01', '2024-09-15', [
  rate('to_truong', 'monthly_support', 0.8, 'coefficient'),
  rate('to_vien', 'monthly_support', 0.5, 'coefficient'),
  rate('to_truong', 'role_supplement', 300_000),
  rate('to_vien', 'bhxh_support', 50, 'percent_of_contribution'),
  rate('to_vien', 'duty_night', 100_000),
]);
const after = rateSet('b', '2024-09-16', null, [
  rate('to_truong', 'monthly_support', 0.9, 'coefficient'),
  rate('to_vien', 'monthly_support', 0.6, 'coefficient'),
  rate('to_truong', 'role_supplement', 320_000),
  rate('to_vien', 'bhxh_support', 50, 'percent_of_contribution'),
  rate('to_vien', 'duty_night', 120_000),
]);
const result = computeMonthlyPayroll(
  payrollInput(
    '2024-09',
    [before, after],
    [
      member('m1', { role: 'to_truong', from: '2024-07-01' }),
      member(
        'm2',
        { role: 'to_vien', from: '2024-09-10' },
        { contributions: { bhxh: 165_001 }, dutyDays: { night: 3, holiday: 0, hazardous: 0 } },
      ),
      member('m3', { role: 'to_vien', from: '2024-07-01' }, { teamId: 'team-2', teamName: 'Tổ xóm 2' }),
      member('m4', [
        { role: 'to_vien', from: '2024-07-01', to: '2024-09-19' },
        { role: 'to_truong', from: '2024-09-20', to: null },
      ]),
    ],
  ),
);

describe('the stored payroll document', () => {
  it('gives back every line as computed: segments, explanations, teams and missing contributions', () => {
    const content = decodeContent(
      encodeContent('2024-09', { linePairs: result.linePairs, corrections: [], warnings: result.warnings }),
    );
    expect(content.lines.length).toBeGreaterThan(6);
    expect(content.lines.some((l) => l.segments.length === 2)).toBe(true);
    expect(content.lines.some((l) => l.missing === 'contribution')).toBe(true);
    expect(content.lines).toEqual(result.lines);
    expect(content.warnings).toEqual(result.warnings);
  });

  it('still reads documents stored before the compact form (version 1)', () => {
    const line = result.lines[0]!;
    const { month, memberId, fullName, teamId, teamName, ...template } = line;
    const v1 = JSON.stringify({
      v: 1,
      month,
      members: [[memberId, fullName, 0]],
      teams: [[teamId, teamName]],
      templates: [template],
      lines: [0, 0],
      corrections: [],
      warnings: [],
    });
    expect(decodeContent(v1).lines).toEqual([line]);
  });

  it('keeps the example rate sets’ lines whole (Hà Nội, fixed amounts)', () => {
    const haNoi = EXAMPLE_RATE_SETS[0]!;
    const computed = computeMonthlyPayroll(
      payrollInput(
        '2024-10',
        [{ ...haNoi, effectiveFrom: '2024-07-01' }],
        [member('m1', { role: 'to_pho', from: '2024-10-16' })],
      ),
    );
    const content = decodeContent(
      encodeContent('2024-10', { linePairs: computed.linePairs, corrections: [], warnings: [] }),
    );
    expect(content.lines).toEqual(computed.lines);
  });
});
