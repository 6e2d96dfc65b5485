/**
 * A deterministic national-scale payroll input (SPEC §9: 400,000 members in 3,321 communes), for the bench.
 * Most members are in post all month in one role; a few join, leave, are promoted or suspended mid-month; most
 * have a few duty or training days. The rate set pays every kind, so each member gets 4–8 lines.
 */
import { DEFAULT_BASE_SALARIES } from './base-salary.ts';
import type { PayrollInput, PayrollMemberInput, PostInterval } from './compute-payroll.ts';
import { PAYROLL_ROLES } from './constants.ts';
import type { RateSet } from './rate-sets.ts';
import { rate, rateSet } from './testing.ts';

export const SYNTHETIC_RATE_SET: RateSet = rateSet('synthetic', '2024-07-01', null, [
  rate('to_truong', 'monthly_support', 0.8, 'coefficient'),
  rate('to_pho', 'monthly_support', 0.7, 'coefficient'),
  rate('to_vien', 'monthly_support', 0.6, 'coefficient'),
  rate('to_truong', 'role_supplement', 300_000),
  rate('to_pho', 'role_supplement', 200_000),
  rate('all', 'bhxh_support', 234_000),
  rate('all', 'bhyt_support', 54_000),
  rate('all', 'duty_night', 100_000),
  rate('all', 'duty_holiday', 120_000),
  rate('all', 'training_day', 80_000),
]);

/** The members of one commune (about `size` of them), reproducible from `seed`. */
export function syntheticCommune(month: string, communeIndex: number, size: number): PayrollMemberInput[] {
  let state = (communeIndex + 1) * 2_654_435_761;
  const next = (n: number) => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state % n;
  };
  const members: PayrollMemberInput[] = [];
  const teamSize = 3;
  for (let i = 0; i < size; i += 1) {
    const team = Math.floor(i / teamSize);
    const baseRole = PAYROLL_ROLES[Math.min(i % teamSize, 2)]!;
    const roll = next(100);
    let posts: PostInterval[];
    let suspensions: { from: string; to: string | null }[] | undefined;
    if (roll < 3)
      posts = [{ role: baseRole, from: `${month}-${String(2 + next(26)).padStart(2, '0')}`, to: null }];
    else if (roll < 5)
      posts = [
        { role: baseRole, from: '2024-07-01', to: `${month}-${String(1 + next(27)).padStart(2, '0')}` },
      ];
    else if (roll < 6) {
      const day = 2 + next(26);
      posts = [
        { role: 'to_pho', from: '2024-07-01', to: `${month}-${String(day - 1).padStart(2, '0')}` },
        { role: 'to_truong', from: `${month}-${String(day).padStart(2, '0')}`, to: null },
      ];
    } else {
      posts = [{ role: baseRole, from: '2024-07-01', to: null }];
      if (roll === 99) suspensions = [{ from: `${month}-10`, to: `${month}-19` }];
    }
    members.push({
      memberId: `m-${communeIndex}-${i}`,
      fullName: `Thành viên ${communeIndex}-${i}`,
      teamId: `t-${communeIndex}-${team}`,
      teamName: `Tổ ${team + 1}`,
      posts,
      ...(suspensions ? { suspensions } : {}),
      dutyDays: { night: next(5), holiday: next(3), hazardous: 0 },
      trainingDays: next(3),
    });
  }
  return members;
}

/** The whole country: `communes` inputs of `total / communes` members each. */
export function syntheticCountry(month: string, total = 400_000, communes = 3_321): PayrollInput[] {
  const inputs: PayrollInput[] = [];
  for (let c = 0; c < communes; c += 1) {
    const size = Math.floor(((c + 1) * total) / communes) - Math.floor((c * total) / communes);
    inputs.push({
      month,
      communeId: `c-${c}`,
      baseSalaries: DEFAULT_BASE_SALARIES,
      rateSets: [SYNTHETIC_RATE_SET],
      members: syntheticCommune(month, c, size),
      roundingRule: 'dong',
    });
  }
  return inputs;
}
