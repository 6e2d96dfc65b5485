import { describe, expect, it } from 'vitest';
import { computeMonthlyPayroll } from './compute-payroll.ts';
import { correctionLines } from './corrections.ts';
import { EXAMPLE_RATE_SETS } from './rate-sets.ts';
import { member, payrollInput } from './testing.ts';

const DAK_LAK = EXAMPLE_RATE_SETS.find((s) => s.id === 'vd-dak-lak-2024')!;
const compute = (members: ReturnType<typeof member>[]) =>
  computeMonthlyPayroll(payrollInput('2024-09', [DAK_LAK], members)).lines;

describe('correction lines for an approved (frozen) month', () => {
  const stays = member('m1', { role: 'to_truong', from: '2024-07-01' });
  const approved = compute([stays, member('m2', { role: 'to_vien', from: '2024-07-01' })]);
  const frozen = structuredClone(approved);

  it('turns a leave back-dated after approval into a negative line in the next open month, leaving the approved lines as they were', () => {
    // The decision, signed in October, ends m2's post on 19/9: 19/30 × 1,200,000 = 760,000 instead of 1,200,000.
    const recomputed = compute([
      stays,
      member('m2', { role: 'to_vien', from: '2024-07-01', to: '2024-09-19' }),
    ]);
    const corrections = correctionLines(approved, recomputed, '2024-10');
    expect(corrections).toEqual([
      {
        month: '2024-10',
        originalMonth: '2024-09',
        memberId: 'm2',
        fullName: 'Thành viên m2',
        teamId: 'team-1',
        teamName: 'Tổ bảo vệ ANTT xóm 1',
        kind: 'monthly_support',
        role: 'to_vien',
        previousAmount: 1_200_000,
        recomputedAmount: 760_000,
        amount: -440_000,
        explanation:
          'Điều chỉnh tháng 09/2024 — Hỗ trợ thường xuyên hằng tháng: đã chi 1.200.000 đ, tính lại 760.000 đ ' +
          '(Hỗ trợ thường xuyên hằng tháng: 01/09–19/09: 19/30 ngày × 1.200.000 đ/tháng = 760.000 đ); ' +
          'giảm trừ 440.000 đ.',
      },
    ]);
    expect(approved).toEqual(frozen);
  });

  it('counts corrections already issued, so that a second change corrects only the new difference', () => {
    const first = correctionLines(
      approved,
      compute([stays, member('m2', { role: 'to_vien', from: '2024-07-01', to: '2024-09-19' })]),
      '2024-10',
    );
    // Later still, the leave turns out to date from 10/9: 10/30 × 1,200,000 = 400,000; 760,000 was paid so far.
    const second = correctionLines(
      [...approved, ...first],
      compute([stays, member('m2', { role: 'to_vien', from: '2024-07-01', to: '2024-09-10' })]),
      '2024-11',
    );
    expect(second.map((l) => [l.memberId, l.previousAmount, l.recomputedAmount, l.amount, l.month])).toEqual([
      ['m2', 760_000, 400_000, -360_000, '2024-11'],
    ]);
  });

  it('takes back the whole amount from a member no longer paid at all, and pays one newly entitled', () => {
    const recomputed = compute([stays, member('m3', { role: 'to_pho', from: '2024-09-16' })]);
    const corrections = correctionLines(approved, recomputed, '2024-10');
    expect(corrections.map((l) => [l.memberId, l.amount])).toEqual([
      ['m3', 750_000],
      ['m2', -1_200_000],
    ]);
    expect(corrections[1]!.explanation).toBe(
      'Điều chỉnh tháng 09/2024 — Hỗ trợ thường xuyên hằng tháng: đã chi 1.200.000 đ, theo dữ liệu hiện tại ' +
        'không còn được hưởng khoản này; giảm trừ 1.200.000 đ.',
    );
  });

  it('makes no line when nothing changed, and refuses to correct into the same or an earlier month', () => {
    expect(
      correctionLines(
        approved,
        compute([stays, member('m2', { role: 'to_vien', from: '2024-07-01' })]),
        '2024-10',
      ),
    ).toEqual([]);
    expect(() => correctionLines(approved, approved, '2024-09')).toThrow(
      'Điều chỉnh của tháng 09/2024 phải đưa vào một tháng sau tháng đó.',
    );
  });
});
