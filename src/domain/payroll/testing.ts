/**
 * Builders for payroll inputs, shared by the unit tests, the synthetic national input (synthetic.ts) and, later,
 * the server's tests and bench. Plain data, no randomness.
 */
import { DEFAULT_BASE_SALARIES } from './base-salary.ts';
import type { PayrollInput, PayrollMemberInput, PostInterval } from './compute-payroll.ts';
import type { PayrollRole, RateKind } from './constants.ts';
import { isMonthlyKind, type Rate, type RateSet } from './rate-sets.ts';

export function member(
  id: string,
  posts: PostInterval[] | { role: PayrollRole; from: string; to?: string | null },
  extra: Partial<PayrollMemberInput> = {},
): PayrollMemberInput {
  const list = Array.isArray(posts) ? posts : [{ role: posts.role, from: posts.from, to: posts.to ?? null }];
  return {
    memberId: id,
    fullName: `Thành viên ${id}`,
    teamId: 'team-1',
    teamName: 'Tổ bảo vệ ANTT xóm 1',
    posts: list,
    dutyDays: { night: 0, holiday: 0, hazardous: 0 },
    trainingDays: 0,
    ...extra,
  };
}

export function rate(
  role: Rate['role'],
  kind: RateKind,
  value: number,
  basis: Rate['basis'] = 'fixed',
): Rate {
  return { role, kind, basis, value, unit: isMonthlyKind(kind) ? 'month' : 'day' };
}

export function rateSet(
  id: string,
  effectiveFrom: string,
  effectiveTo: string | null,
  rates: Rate[],
  province = 'Tỉnh Thái Nguyên',
): RateSet {
  return {
    id,
    title: `Bộ mức ${id}`,
    province,
    resolution: null,
    source: 'Số liệu kiểm thử',
    isExample: false,
    effectiveFrom,
    effectiveTo,
    rates,
    notes: [],
  };
}

export function payrollInput(
  month: string,
  rateSets: RateSet[],
  members: PayrollMemberInput[],
  extra: Partial<PayrollInput> = {},
): PayrollInput {
  return {
    month,
    communeId: '05761',
    baseSalaries: DEFAULT_BASE_SALARIES,
    rateSets,
    members,
    roundingRule: 'dong',
    ...extra,
  };
}
