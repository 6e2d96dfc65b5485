import { describe, expect, it } from 'vitest';
import { computeMonthlyPayroll, PayrollInputError, totalsOf, type PayrollResult } from './compute-payroll.ts';
import { roundHalfUp } from './money.ts';
import { EXAMPLE_RATE_SETS, type RateSet } from './rate-sets.ts';
import { member, payrollInput, rate, rateSet } from './testing.ts';

const example = (id: string): RateSet => {
  const set = EXAMPLE_RATE_SETS.find((s) => s.id === id);
  if (!set) throw new Error(id);
  return set;
};
const DAK_LAK = example('vd-dak-lak-2024');
const HA_NOI = example('vd-ha-noi-2024');
const NGHE_AN = example('vd-nghe-an-2024');
/** Thanh Hóa's class-1 coefficients, in force from 1/1/2024 so that June and July 2024 can be compared. */
const COEFFICIENTS = { ...example('vd-thanh-hoa-2024-loai-1'), effectiveFrom: '2024-01-01' };

const line = (result: PayrollResult, memberId: string, kind: string) => {
  const found = result.lines.find((l) => l.memberId === memberId && l.kind === kind);
  if (!found) throw new Error(`no ${kind} line for ${memberId}`);
  return found;
};

describe('pro rata by calendar days in post', () => {
  it('pays a member joining on the 16th of a 30-day month exactly 15/30 of the monthly support', () => {
    const result = computeMonthlyPayroll(
      payrollInput('2024-09', [DAK_LAK], [member('m1', { role: 'to_vien', from: '2024-09-16' })]),
    );
    expect(result.daysInMonth).toBe(30);
    expect(result.lines).toHaveLength(1);
    expect(result.lines[0]).toMatchObject({
      kind: 'monthly_support',
      role: 'to_vien',
      days: 15,
      daysInMonth: 30,
      rate: 1_200_000,
      amount: 600_000,
      missing: null,
      explanation: 'Hỗ trợ thường xuyên hằng tháng: 16/09–30/09: 15/30 ngày × 1.200.000 đ/tháng = 600.000 đ',
    });
    expect(result.lines[0]!.amount).toBe((1_200_000 * 15) / 30);
  });

  it('pays a whole month to a member in post all month, and nothing to one who left before it', () => {
    const result = computeMonthlyPayroll(
      payrollInput(
        '2024-09',
        [DAK_LAK],
        [
          member('m1', { role: 'to_truong', from: '2024-07-01' }),
          member('m2', { role: 'to_pho', from: '2024-07-01', to: '2024-08-31' }),
        ],
      ),
    );
    expect(result.lines.map((l) => [l.memberId, l.amount, l.days])).toEqual([['m1', 1_800_000, 30]]);
    expect(result.lines[0]!.explanation).toBe(
      'Hỗ trợ thường xuyên hằng tháng: đủ tháng 30/30 ngày × 1.800.000 đ/tháng = 1.800.000 đ',
    );
  });

  it('does not count days of suspension as days in post, unless the province says so', () => {
    const suspended = member(
      'm1',
      { role: 'to_vien', from: '2024-07-01' },
      {
        suspensions: [{ from: '2024-09-11', to: '2024-09-20' }],
      },
    );
    const off = computeMonthlyPayroll(payrollInput('2024-09', [DAK_LAK], [suspended]));
    expect(off.lines[0]).toMatchObject({ days: 20, amount: 800_000 });
    expect(off.lines[0]!.explanation).toContain('01/09–10/09: 10/30 ngày');
    const on = computeMonthlyPayroll(
      payrollInput('2024-09', [DAK_LAK], [suspended], { suspendedIsInPost: true }),
    );
    expect(on.lines[0]).toMatchObject({ days: 30, amount: 1_200_000 });
  });
});

describe('a change of base salary or rate inside the period, applied day by day', () => {
  const leader = member('tt', { role: 'to_truong', from: '2024-01-01' });

  it('applies the 1/7/2024 base salary (1.8 → 2.34 million) to a coefficient rate: June vs July', () => {
    const june = computeMonthlyPayroll(payrollInput('2024-06', [COEFFICIENTS], [leader]));
    const july = computeMonthlyPayroll(payrollInput('2024-07', [COEFFICIENTS], [leader]));
    expect(june.lines[0]).toMatchObject({ rate: 1_260_000, amount: 1_260_000, days: 30 });
    expect(june.lines[0]!.segments[0]).toMatchObject({
      baseSalary: 1_800_000,
      basis: 'coefficient',
      value: 0.7,
    });
    expect(july.lines[0]).toMatchObject({ rate: 1_638_000, amount: 1_638_000, days: 31 });
    expect(july.lines[0]!.segments[0]).toMatchObject({ baseSalary: 2_340_000 });
    expect(july.lines[0]!.explanation).toBe(
      'Hỗ trợ thường xuyên hằng tháng: đủ tháng 31/31 ngày × hệ số 0,70 × mức lương cơ sở 2.340.000 đ = ' +
        '1.638.000 đ/tháng = 1.638.000 đ',
    );
  });

  it('splits a post that spans the 1/7/2024 month boundary by month, each month at its own base salary', () => {
    const spanning = member('tt', { role: 'to_truong', from: '2024-06-16', to: '2024-07-15' });
    const june = computeMonthlyPayroll(payrollInput('2024-06', [COEFFICIENTS], [spanning]));
    const july = computeMonthlyPayroll(payrollInput('2024-07', [COEFFICIENTS], [spanning]));
    // 15/30 × 0.70 × 1,800,000 and 15/31 × 0.70 × 2,340,000 = 792,580.645… → 792,581
    expect(june.lines[0]).toMatchObject({ days: 15, amount: 630_000 });
    expect(july.lines[0]).toMatchObject({ days: 15, amount: 792_581 });
    expect(july.lines[0]!.explanation).toBe(
      'Hỗ trợ thường xuyên hằng tháng: 01/07–15/07: 15/31 ngày × hệ số 0,70 × mức lương cơ sở 2.340.000 đ = ' +
        '1.638.000 đ/tháng ≈ 792.580,65 đ, làm tròn 792.581 đ',
    );
  });

  it('splits a month in which the base salary changes mid-month, and sums the days exactly', () => {
    const table = [
      { from: '2024-01-01', to: '2024-07-15', amount: 1_800_000, source: 'A' },
      { from: '2024-07-16', to: null, amount: 2_340_000, source: 'B' },
    ];
    const result = computeMonthlyPayroll(
      payrollInput('2024-07', [COEFFICIENTS], [leader], { baseSalaries: table }),
    );
    // (15 × 1,260,000 + 16 × 1,638,000) / 31 = 1,455,096.77… → 1,455,097
    expect(result.lines[0]).toMatchObject({ days: 31, amount: 1_455_097, rate: 1_638_000 });
    expect(result.lines[0]!.segments.map((s) => [s.from, s.to, s.days, s.baseSalary, s.rate])).toEqual([
      ['2024-07-01', '2024-07-15', 15, 1_800_000, 1_260_000],
      ['2024-07-16', '2024-07-31', 16, 2_340_000, 1_638_000],
    ]);
  });

  it('applies a new rate set from its first day', () => {
    const sets = [
      rateSet('a', '2024-07-01', '2024-08-15', [rate('all', 'monthly_support', 1_000_000)]),
      rateSet('b', '2024-08-16', null, [rate('all', 'monthly_support', 1_300_000)]),
    ];
    const result = computeMonthlyPayroll(payrollInput('2024-08', sets, [leader]));
    // (15 × 1,000,000 + 16 × 1,300,000) / 31 = 1,154,838.7… → 1,154,839
    expect(result.lines[0]).toMatchObject({ amount: 1_154_839, rate: 1_300_000 });
    expect(result.lines[0]!.segments.map((s) => s.rateSetId)).toEqual(['a', 'b']);
  });
});

describe('a change of role inside the month', () => {
  const promoted = member('m1', [
    { role: 'to_pho', from: '2024-07-01', to: '2024-08-14' },
    { role: 'to_truong', from: '2024-08-15', to: null },
  ]);

  it('pays a Tổ phó promoted to Tổ trưởng on the 15th each role’s rate for its days', () => {
    const result = computeMonthlyPayroll(payrollInput('2024-08', [DAK_LAK], [promoted]));
    // (14 × 1,500,000 + 17 × 1,800,000) / 31 = 1,664,516.13 → 1,664,516
    expect(result.lines).toHaveLength(1);
    expect(result.lines[0]).toMatchObject({
      role: 'to_truong',
      days: 31,
      rate: 1_800_000,
      amount: 1_664_516,
    });
    expect(result.lines[0]!.segments.map((s) => [s.role, s.from, s.to, s.days, s.rate])).toEqual([
      ['to_pho', '2024-08-01', '2024-08-14', 14, 1_500_000],
      ['to_truong', '2024-08-15', '2024-08-31', 17, 1_800_000],
    ]);
    expect(result.lines[0]!.explanation).toBe(
      'Hỗ trợ thường xuyên hằng tháng: Tổ phó, 01/08–14/08: 14/31 ngày × 1.500.000 đ/tháng; ' +
        'Tổ trưởng, 15/08–31/08: 17/31 ngày × 1.800.000 đ/tháng ≈ 1.664.516,13 đ, làm tròn 1.664.516 đ',
    );
  });

  it('splits the role supplement the same way, and keeps a rate common to all roles whole (Hà Nội)', () => {
    const result = computeMonthlyPayroll(payrollInput('2024-08', [HA_NOI], [promoted]));
    expect(result.lines.map((l) => [l.kind, l.amount])).toEqual([
      ['monthly_support', 2_520_000],
      // (14 × 200,000 + 17 × 300,000) / 31 = 254,838.7 → 254,839
      ['role_supplement', 254_839],
      ['bhxh_support', 234_000],
      ['bhyt_support', 54_000],
    ]);
    expect(result.totals.commune).toBe(2_520_000 + 254_839 + 234_000 + 54_000);
  });

  it('rejects two role periods that overlap, saying which member and day', () => {
    const overlapping = member('m1', [
      { role: 'to_pho', from: '2024-07-01', to: '2024-08-15' },
      { role: 'to_truong', from: '2024-08-15', to: null },
    ]);
    expect(() => computeMonthlyPayroll(payrollInput('2024-08', [DAK_LAK], [overlapping]))).toThrow(
      'Thành viên m1: hai giai đoạn giữ chức danh chồng lên nhau vào ngày 15/08/2024 — mỗi ngày chỉ giữ một chức danh.',
    );
  });
});

describe('rounding once per line', () => {
  const joiner = member('m1', { role: 'to_vien', from: '2024-09-16' });
  const withRate = (value: number) => [
    rateSet('x', '2024-07-01', null, [rate('to_vien', 'monthly_support', value)]),
  ];

  it('rounds an exact amount ending in ,5 up to the whole đồng and says so', () => {
    const result = computeMonthlyPayroll(payrollInput('2024-09', withRate(1_000_001), [joiner]));
    expect(result.lines[0]!.amount).toBe(500_001);
    expect(result.lines[0]!.explanation).toMatch(/= 500\.000,5 đ, làm tròn 500\.001 đ$/);
  });

  it('rounds to 1,000 đ when the rounding rule says so (500 đ goes up)', () => {
    const input = payrollInput('2024-09', withRate(1_201_000), [joiner]);
    expect(computeMonthlyPayroll(input).lines[0]!.amount).toBe(600_500);
    expect(computeMonthlyPayroll({ ...input, roundingRule: 'thousand' }).lines[0]!.amount).toBe(601_000);
    const below = payrollInput('2024-09', withRate(1_200_998), [joiner], { roundingRule: 'thousand' });
    expect(computeMonthlyPayroll(below).lines[0]!.amount).toBe(600_000);
  });

  it('rounds half up exactly, without floating error', () => {
    expect(roundHalfUp(5, 10, 1)).toBe(1);
    expect(roundHalfUp(4, 10, 1)).toBe(0);
    expect(roundHalfUp(-5, 10, 1)).toBe(-1);
    expect(roundHalfUp(1_638_000 * 10_000 * 15, 31 * 10_000, 1)).toBe(792_581);
    // 0.1 + 0.2 style traps: 3 × 0.1 đ is 0.3 đ, rounds to 0
    expect(roundHalfUp(3_000, 10_000, 1)).toBe(0);
  });
});

describe('insurance support as a percentage of the member’s contribution (Nghệ An)', () => {
  it('pays 100 % of the BHYT contribution and 50 % of the BHXH one, rounding 82,500.5 up', () => {
    const m = member(
      'm1',
      { role: 'to_vien', from: '2024-07-01' },
      { contributions: { bhyt: 105_300, bhxh: 165_001 } },
    );
    const result = computeMonthlyPayroll(payrollInput('2024-09', [NGHE_AN], [m]));
    expect(result.lines.map((l) => [l.kind, l.amount])).toEqual([
      ['monthly_support', 1_100_000],
      ['bhxh_support', 82_501],
      ['bhyt_support', 105_300],
    ]);
    expect(line(result, 'm1', 'bhxh_support').explanation).toBe(
      'Hỗ trợ đóng BHXH tự nguyện: đủ tháng 30/30 ngày × 50 % mức đóng BHXH tự nguyện 165.001 đ = ' +
        '82.500,5 đ/tháng = 82.500,5 đ, làm tròn 82.501 đ',
    );
    expect(result.warnings).toEqual([]);
  });

  it('marks a line whose contribution is missing, pays nothing on it and warns', () => {
    const m = member('m1', { role: 'to_vien', from: '2024-07-01' }, { contributions: { bhyt: 105_300 } });
    const result = computeMonthlyPayroll(payrollInput('2024-09', [NGHE_AN], [m]));
    expect(line(result, 'm1', 'bhxh_support')).toMatchObject({ amount: 0, missing: 'contribution' });
    expect(line(result, 'm1', 'bhxh_support').explanation).toMatch(/thiếu mức đóng bảo hiểm hằng tháng/);
    expect(result.warnings).toEqual([
      {
        code: 'missing_contribution',
        memberId: 'm1',
        message:
          'Thành viên m1: thiếu mức đóng BHXH tự nguyện hằng tháng, khoản hỗ trợ đóng bảo hiểm chưa được tính.',
      },
    ]);
  });
});

describe('duty and training days', () => {
  it('pays days × the daily rate (Hà Nội: duty of 4 hours or more, 100,000 đ a day)', () => {
    const m = member(
      'm1',
      { role: 'to_vien', from: '2024-07-01' },
      {
        dutyDays: { assigned: 4, night: 2, holiday: 0, hazardous: 0 },
      },
    );
    const result = computeMonthlyPayroll(payrollInput('2024-09', [HA_NOI], [m]));
    expect(line(result, 'm1', 'duty_assigned')).toMatchObject({
      unit: 'day',
      days: 4,
      rate: 100_000,
      amount: 400_000,
      explanation: 'Bồi dưỡng ngày làm nhiệm vụ được phân công: 4 ngày × 100.000 đ/ngày = 400.000 đ',
    });
    // Hà Nội sets no separate night rate: the days are not paid, and the reviewer is told.
    expect(result.lines.some((l) => l.kind === 'duty_night')).toBe(false);
    expect(result.warnings.map((w) => w.code)).toEqual(['no_rate_for_days']);
  });

  it('prices the days at the rate in force on the member’s last day in post in the month', () => {
    const sets = [
      rateSet('a', '2024-07-01', '2024-08-15', [rate('all', 'duty_night', 100_000)]),
      rateSet('b', '2024-08-16', null, [rate('all', 'duty_night', 120_000)]),
    ];
    const stays = member(
      'm1',
      { role: 'to_vien', from: '2024-07-01' },
      {
        dutyDays: { night: 3, holiday: 0, hazardous: 0 },
      },
    );
    const leaves = member(
      'm2',
      { role: 'to_vien', from: '2024-07-01', to: '2024-08-10' },
      {
        dutyDays: { night: 12, holiday: 0, hazardous: 0 },
      },
    );
    const result = computeMonthlyPayroll(payrollInput('2024-08', sets, [stays, leaves]));
    expect(line(result, 'm1', 'duty_night')).toMatchObject({ amount: 360_000, rate: 120_000 });
    expect(line(result, 'm1', 'duty_night').explanation).toContain('(mức hiệu lực ngày 31/08/2024)');
    expect(line(result, 'm2', 'duty_night')).toMatchObject({ amount: 1_200_000, rate: 100_000 });
    expect(result.warnings).toEqual([
      {
        code: 'days_exceed_post',
        memberId: 'm2',
        message:
          'Thành viên m2: 12 ngày "bồi dưỡng ngày trực đêm" nhiều hơn 10 ngày tại chức trong tháng: hãy kiểm tra lại số ngày.',
      },
    ]);
  });

  it('does not pay days of a member not in post that month', () => {
    const gone = member('m1', { role: 'to_vien', from: '2024-07-01', to: '2024-07-31' }, { trainingDays: 2 });
    const result = computeMonthlyPayroll(payrollInput('2024-09', [example('vd-thai-nguyen-demo')], [gone]));
    expect(result.lines).toEqual([]);
    expect(result.warnings[0]).toMatchObject({ code: 'days_without_post', memberId: 'm1' });
  });
});

describe('totals and the month plan', () => {
  it('totals by team and by commune', () => {
    const a = member('a', { role: 'to_truong', from: '2024-07-01' });
    const b = member('b', { role: 'to_vien', from: '2024-09-16' });
    const c = {
      ...member('c', { role: 'to_pho', from: '2024-07-01' }),
      teamId: 'team-2',
      teamName: 'Tổ xóm 2',
    };
    const result = computeMonthlyPayroll(payrollInput('2024-09', [DAK_LAK], [a, b, c]));
    expect(result.totals.byTeam).toEqual([
      { teamId: 'team-1', teamName: 'Tổ bảo vệ ANTT xóm 1', members: 2, amount: 1_800_000 + 600_000 },
      { teamId: 'team-2', teamName: 'Tổ xóm 2', members: 1, amount: 1_500_000 },
    ]);
    expect(result.totals.commune).toBe(3_900_000);
    expect(result.totals.byKind.monthly_support).toBe(3_900_000);
    expect(totalsOf(result.lines)).toEqual(result.totals);
  });

  it('warns when members are in post on days no rate set governs, and pays nothing for them', () => {
    const result = computeMonthlyPayroll(
      payrollInput('2024-06', [DAK_LAK], [member('a', { role: 'to_truong', from: '2024-01-01' })]),
    );
    expect(result.lines).toEqual([]);
    expect(result.warnings).toEqual([
      {
        code: 'no_rate_set',
        memberId: null,
        message:
          '1 thành viên tại chức từ 01/06/2024 đến 30/06/2024 nhưng không có bộ mức hỗ trợ nào có hiệu lực: ' +
          'những ngày này không được tính tiền.',
      },
    ]);
  });

  it('refuses a coefficient rate on days without a base salary, and inconsistent rate sets or tables', () => {
    const early = { ...COEFFICIENTS, effectiveFrom: '2023-01-01' };
    const m = member('a', { role: 'to_truong', from: '2023-01-01' });
    expect(() => computeMonthlyPayroll(payrollInput('2023-06', [early], [m]))).toThrow(
      'Không có mức lương cơ sở cho ngày 01/06/2023, cần để tính hỗ trợ thường xuyên hằng tháng theo hệ số: ' +
        'hãy bổ sung bảng mức lương cơ sở.',
    );
    const overlapping = [DAK_LAK, { ...DAK_LAK, id: 'other', title: 'Bộ khác', effectiveFrom: '2024-09-01' }];
    expect(() => computeMonthlyPayroll(payrollInput('2024-09', overlapping, [m]))).toThrow(PayrollInputError);
    // Even sets of two provinces cannot govern one commune on the same day.
    expect(() =>
      computeMonthlyPayroll(
        payrollInput('2024-09', [DAK_LAK, { ...COEFFICIENTS, effectiveFrom: '2024-09-01' }], [m]),
      ),
    ).toThrow(/chồng thời gian hiệu lực/);
    const gap = [
      { from: '2024-01-01', to: '2024-06-30', amount: 1_800_000, source: 'A' },
      { from: '2024-07-02', to: null, amount: 2_340_000, source: 'B' },
    ];
    expect(() =>
      computeMonthlyPayroll(payrollInput('2024-09', [DAK_LAK], [m], { baseSalaries: gap })),
    ).toThrow(/Khoảng trống từ 01\/07\/2024 đến 01\/07\/2024/);
    try {
      computeMonthlyPayroll(
        payrollInput(
          '2024-09',
          [DAK_LAK],
          [member('a', { role: 'to_vien', from: '2024-07-01' }, { trainingDays: 40 })],
        ),
      );
      expect.unreachable();
    } catch (error) {
      expect((error as PayrollInputError).fieldErrors).toEqual([
        { path: 'members.0.trainingDays', message: 'Thành viên a: số ngày phải là số nguyên từ 0 đến 31.' },
      ]);
    }
    expect(() => computeMonthlyPayroll(payrollInput('2024-13', [DAK_LAK], []))).toThrow(
      'Tháng "2024-13" không hợp lệ (cần dạng YYYY-MM).',
    );
  });
});
