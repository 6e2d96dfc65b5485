import type { FieldError } from '../errors.ts';
import { sortBaseSalaryTable, validateBaseSalaryTable, type BaseSalaryTable } from './base-salary.ts';
import { clampToMonth, dateOfDay, daysInMonth, MONTH_PATTERN, vnDate, vnDayMonth } from './calendar.ts';
import {
  DAY_KINDS,
  MAX_CONTRIBUTION_VND,
  MONTHLY_KINDS,
  PAYROLL_ROLE_LABELS,
  PAYROLL_ROLES,
  RATE_KIND_LABELS,
  RATE_KINDS,
  ROUNDING_STEP,
  type DayKind,
  type PayrollRole,
  type RateBasis,
  type RateKind,
  type RateUnit,
  type RoundingRule,
} from './constants.ts';
import { formatCoefficient, formatPercent, formatVnd, isDayCount, roundHalfUp, SCALE } from './money.ts';
import { rateFor, validateRateSets, type Rate, type RateSet } from './rate-sets.ts';

// ---------------------------------------------------------------------------------------------------------------
// Input: plain data the server fills from the force register (members, roles, teams) and the duty records.

/** Inclusive ISO dates; `to: null` = still running. */
export interface DateInterval {
  from: string;
  to: string | null;
}

/** A period in which the member held `role` (in post only inside these periods). */
export interface PostInterval extends DateInterval {
  role: PayrollRole;
}

export interface PayrollMemberInput {
  memberId: string;
  fullName: string;
  teamId: string;
  teamName: string;
  /** Role periods; they must not overlap. A promotion is two periods: the old role to the eve, the new from the day. */
  posts: readonly PostInterval[];
  /** Periods of suspension (status 'suspended'): not in post unless `suspendedIsInPost`. */
  suspensions?: readonly DateInterval[];
  /** Days of duty counted in the month, by kind (`assigned`: duty on assignment or mobilisation, e.g. ≥ 4 h). */
  dutyDays: { assigned?: number; night: number; holiday: number; hazardous: number };
  trainingDays: number;
  /** The member's own monthly insurance contributions (VND), needed by rates of basis percent_of_contribution. */
  contributions?: { bhxh?: number | null; bhyt?: number | null };
}

export interface PayrollInput {
  /** YYYY-MM */
  month: string;
  communeId: string;
  baseSalaries: BaseSalaryTable;
  /** The sets that may govern this commune (one province's; they must not overlap). */
  rateSets: readonly RateSet[];
  members: readonly PayrollMemberInput[];
  roundingRule: RoundingRule;
  /** Do days of suspension count as days in post? Default false (decisions.md, "Payroll"). */
  suspendedIsInPost?: boolean;
}

// ---------------------------------------------------------------------------------------------------------------
// Output

/** A stretch of the month in which role, rate and base salary were constant, as paid on one line. */
export interface PayrollSegment {
  from: string;
  to: string;
  /** Days in post in the stretch (monthly kinds) or days of duty/training priced at this rate (day kinds). */
  days: number;
  role: PayrollRole;
  rateSetId: string;
  basis: RateBasis;
  value: number;
  /** The base salary used, for coefficient rates. */
  baseSalary: number | null;
  /** The member's contribution used, for percent_of_contribution rates. */
  contribution: number | null;
  /** VND per unit (month or day); may carry decimals for a coefficient or a percentage. */
  rate: number;
}

export interface PayrollLine {
  month: string;
  memberId: string;
  fullName: string;
  teamId: string;
  teamName: string;
  kind: RateKind;
  unit: RateUnit;
  /** The role on the last day counted. */
  role: PayrollRole;
  /** Monthly kinds: calendar days in post counted (out of `daysInMonth`); day kinds: the days of duty/training. */
  days: number;
  daysInMonth: number;
  /** VND per unit in force on the last day counted. */
  rate: number;
  /** Integer VND, rounded once by the payroll's rounding rule. */
  amount: number;
  /** How the amount was reached, in Vietnamese. */
  explanation: string;
  segments: readonly PayrollSegment[];
  /** Set when a figure needed to compute the line is missing (amount 0 until it is supplied). */
  missing: 'contribution' | null;
}

export const PAYROLL_WARNING_CODES = [
  'no_rate_set',
  'missing_contribution',
  'days_without_post',
  'days_exceed_post',
  'no_rate_for_days',
] as const;
export type PayrollWarningCode = (typeof PAYROLL_WARNING_CODES)[number];

export interface PayrollWarning {
  code: PayrollWarningCode;
  memberId: string | null;
  message: string;
}

export interface TeamTotal {
  teamId: string;
  teamName: string;
  /** Members with at least one line. */
  members: number;
  amount: number;
}

export interface PayrollTotals {
  commune: number;
  byTeam: TeamTotal[];
  byKind: Record<RateKind, number>;
}

/** A line without its member: one object shared by every member paid the same way (see `PayrollLinePairs`). */
export type PayrollLineTemplate = Omit<
  PayrollLine,
  'month' | 'memberId' | 'fullName' | 'teamId' | 'teamName'
>;

/** The lines as (member, template) pairs — what storage keeps, without an object per line. */
export interface PayrollLinePairs {
  /** The members with at least one line, in the order of the input. */
  members: readonly PayrollMemberInput[];
  templates: readonly PayrollLineTemplate[];
  /** Flat: member index, template index, member index, template index, … in the order of `lines`. */
  pairs: readonly number[];
}

export interface PayrollResult {
  month: string;
  communeId: string;
  daysInMonth: number;
  roundingRule: RoundingRule;
  /** One object per line, built from `linePairs` when first read (a national run never needs them). */
  lines: PayrollLine[];
  linePairs: PayrollLinePairs;
  totals: PayrollTotals;
  warnings: PayrollWarning[];
}

/** Input the payroll cannot be computed from; `fieldErrors` say where (paths into PayrollInput) and why. */
export class PayrollInputError extends Error {
  constructor(readonly fieldErrors: FieldError[]) {
    super(
      fieldErrors.length === 1
        ? fieldErrors[0]!.message
        : `Không tính được bảng hỗ trợ: ${fieldErrors.length} lỗi dữ liệu, lỗi đầu tiên: ${fieldErrors[0]?.message ?? ''}`,
    );
    this.name = 'PayrollInputError';
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Month plan: the rates of every (stretch of the month, role, kind), resolved once per payroll.

const ROLE_COUNT = PAYROLL_ROLES.length;
const KIND_COUNT = RATE_KINDS.length;
const ROLE_INDEX: Record<PayrollRole, number> = { to_truong: 0, to_pho: 1, to_vien: 2 };
const KIND_INDEX = Object.fromEntries(RATE_KINDS.map((k, i) => [k, i])) as Record<RateKind, number>;
const MONTHLY_KIND_INDEXES = MONTHLY_KINDS.map((k) => KIND_INDEX[k]);
const DAY_KIND_INDEXES = DAY_KINDS.map((k) => KIND_INDEX[k]);

interface ResolvedRate {
  rate: Rate;
  rateSetId: string;
  /** VND × 10^4 per unit (fixed, coefficient); fraction × 10^4 (percent); NaN if the base salary is missing. */
  scaled: number;
  baseSalary: number | null;
  /** "hệ số 0,70 × 2.340.000 đ" — without the unit. */
  describe: string;
}

interface Stretch {
  /** Days of the month, inclusive, 1-based. */
  start: number;
  end: number;
  rateSet: RateSet | null;
  baseSalary: number | null;
  /** Indexed by role × KIND_COUNT + kind. */
  rates: (ResolvedRate | null)[];
}

function resolveRate(rate: Rate, rateSetId: string, baseSalary: number | null): ResolvedRate {
  switch (rate.basis) {
    case 'fixed':
      return {
        rate,
        rateSetId,
        scaled: rate.value * SCALE,
        baseSalary: null,
        describe: formatVnd(rate.value),
      };
    case 'coefficient': {
      const coefficient = Math.round(rate.value * SCALE);
      return {
        rate,
        rateSetId,
        scaled: baseSalary === null ? Number.NaN : coefficient * baseSalary,
        baseSalary,
        describe:
          baseSalary === null
            ? `hệ số ${formatCoefficient(rate.value)} × mức lương cơ sở (chưa có)`
            : `hệ số ${formatCoefficient(rate.value)} × mức lương cơ sở ${formatVnd(baseSalary)} = ` +
              formatVnd((coefficient * baseSalary) / SCALE),
      };
    }
    case 'percent_of_contribution':
      return {
        rate,
        rateSetId,
        scaled: Math.round(rate.value * 100),
        baseSalary: null,
        describe: `${formatPercent(rate.value)} mức đóng ${rate.kind === 'bhxh_support' ? 'BHXH tự nguyện' : 'BHYT'}`,
      };
  }
}

function planMonth(month: string, dim: number, baseSalaries: BaseSalaryTable, rateSets: readonly RateSet[]) {
  const cuts = new Set<number>([1]);
  const addCut = (from: string, to: string | null) => {
    const a = clampToMonth(from, month, dim);
    if (a > 1 && a <= dim) cuts.add(a);
    if (to !== null) {
      const b = clampToMonth(to, month, dim);
      if (b >= 1 && b < dim) cuts.add(b + 1);
    }
  };
  for (const entry of baseSalaries) addCut(entry.from, entry.to);
  for (const set of rateSets) addCut(set.effectiveFrom, set.effectiveTo);
  const starts = [...cuts].sort((a, b) => a - b);
  return starts.map((start, i): Stretch => {
    const end = i + 1 < starts.length ? starts[i + 1]! - 1 : dim;
    const date = dateOfDay(month, start);
    const base = baseSalaries.find((e) => e.from <= date && (e.to === null || date <= e.to));
    const baseSalary = base?.amount ?? null;
    const rateSet =
      rateSets.find((s) => s.effectiveFrom <= date && (s.effectiveTo === null || date <= s.effectiveTo)) ??
      null;
    const rates: (ResolvedRate | null)[] = new Array<ResolvedRate | null>(ROLE_COUNT * KIND_COUNT).fill(null);
    if (rateSet) {
      for (const role of PAYROLL_ROLES) {
        for (const kind of RATE_KINDS) {
          const rate = rateFor(rateSet, role, kind);
          if (rate)
            rates[ROLE_INDEX[role] * KIND_COUNT + KIND_INDEX[kind]] = resolveRate(
              rate,
              rateSet.id,
              baseSalary,
            );
        }
      }
    }
    return { start, end, rateSet, baseSalary, rates };
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Members

/** A run of days in post with one role: days of the month, inclusive. */
interface Piece {
  start: number;
  end: number;
  role: number;
}

/** Working form of a segment while a line is summed. */
interface Run {
  start: number;
  end: number;
  role: number;
  resolved: ResolvedRate;
  /** VND × 10^4 per unit for this member. */
  scaled: number;
  contribution: number | null;
}

const DATE_SHAPE = /^\d{4}-\d{2}-\d{2}$/;
/** No pieces: shared, so frozen (a member's first piece makes a new array). */
const NO_PIECES: readonly Piece[] = Object.freeze([]);

/**
 * The days of the month in post (less suspensions), as role pieces; pushes problems into `errors`.
 * For the usual member (one post, no suspension) one small array and one piece, nothing per day.
 */
function piecesOf(
  member: PayrollMemberInput,
  index: number,
  month: string,
  dim: number,
  suspendedIsInPost: boolean,
  errors: FieldError[],
): readonly Piece[] {
  // Made by a literal for the first piece: an array grown by push from empty holds 16 slots, per member.
  let pieces: Piece[] | null = null;
  const posts = member.posts;
  for (let j = 0; j < posts.length; j += 1) {
    const post = posts[j]!;
    if (!DATE_SHAPE.test(post.from)) {
      errors.push({
        path: `members.${index}.posts.${j}.from`,
        message: `${member.fullName}: ngày bắt đầu giữ chức danh không hợp lệ.`,
      });
      continue;
    }
    if (post.to !== null && (!DATE_SHAPE.test(post.to) || post.to < post.from)) {
      errors.push({
        path: `members.${index}.posts.${j}.to`,
        message: `${member.fullName}: ngày thôi giữ chức danh không hợp lệ hoặc trước ngày bắt đầu ${vnDate(post.from)}.`,
      });
      continue;
    }
    const role = ROLE_INDEX[post.role];
    if (role === undefined) {
      errors.push({
        path: `members.${index}.posts.${j}.role`,
        message: `${member.fullName}: chức danh "${String(post.role)}" không hợp lệ.`,
      });
      continue;
    }
    const start = Math.max(1, clampToMonth(post.from, month, dim));
    const end = post.to === null ? dim : Math.min(dim, clampToMonth(post.to, month, dim));
    if (start <= end) {
      if (pieces === null) pieces = [{ start, end, role }];
      else pieces.push({ start, end, role });
    }
  }
  if (pieces !== null && pieces.length > 1) {
    pieces.sort((a, b) => a.start - b.start);
    for (let i = 1; i < pieces.length; i += 1) {
      if (pieces[i]!.start <= pieces[i - 1]!.end) {
        errors.push({
          path: `members.${index}.posts`,
          message:
            `${member.fullName}: hai giai đoạn giữ chức danh chồng lên nhau vào ngày ` +
            `${vnDate(dateOfDay(month, pieces[i]!.start))} — mỗi ngày chỉ giữ một chức danh.`,
        });
        return pieces;
      }
    }
  }
  const suspensions = member.suspensions;
  if (suspendedIsInPost || suspensions === undefined || suspensions.length === 0) return pieces ?? NO_PIECES;
  let result: readonly Piece[] = pieces ?? NO_PIECES;
  suspensions.forEach((s, j) => {
    if (!DATE_SHAPE.test(s.from) || (s.to !== null && (!DATE_SHAPE.test(s.to) || s.to < s.from))) {
      errors.push({
        path: `members.${index}.suspensions.${j}`,
        message: `${member.fullName}: thời gian tạm đình chỉ không hợp lệ.`,
      });
      return;
    }
    const a = Math.max(1, clampToMonth(s.from, month, dim));
    const b = s.to === null ? dim : Math.min(dim, clampToMonth(s.to, month, dim));
    if (a > b) return;
    const next: Piece[] = [];
    for (const piece of result) {
      if (piece.end < a || piece.start > b) {
        next.push(piece);
        continue;
      }
      if (piece.start < a) next.push({ start: piece.start, end: a - 1, role: piece.role });
      if (piece.end > b) next.push({ start: b + 1, end: piece.end, role: piece.role });
    }
    result = next;
  });
  return result;
}

function checkCount(
  value: number | undefined,
  index: number,
  d: number,
  member: PayrollMemberInput,
  errors: FieldError[],
) {
  if (value === undefined) return 0;
  if (!isDayCount(value)) {
    errors.push({
      path: `members.${index}.${DAY_COUNT_PATH[DAY_KINDS[d]!]}`,
      message: `${member.fullName}: số ngày phải là số nguyên từ 0 đến 31.`,
    });
    return 0;
  }
  return value;
}

function checkContribution(
  value: number | null | undefined,
  index: number,
  which: 'bhxh' | 'bhyt',
  member: PayrollMemberInput,
  errors: FieldError[],
) {
  if (value === undefined || value === null) return null;
  if (!Number.isInteger(value) || value <= 0 || value > MAX_CONTRIBUTION_VND) {
    errors.push({
      path: `members.${index}.contributions.${which}`,
      message: `${member.fullName}: mức đóng bảo hiểm phải là số nguyên đồng, lớn hơn 0.`,
    });
    return null;
  }
  return value;
}

// ---------------------------------------------------------------------------------------------------------------
// Explanations (Vietnamese)

const UNIT_TEXT: Record<RateUnit, string> = { month: '/tháng', day: '/ngày' };

function describeRun(run: Run, unit: RateUnit): string {
  const rate = run.resolved;
  if (rate.rate.basis === 'percent_of_contribution') {
    return `${rate.describe} ${formatVnd(run.contribution ?? 0)} = ${formatVnd(run.scaled / SCALE)}${UNIT_TEXT[unit]}`;
  }
  return `${rate.describe}${UNIT_TEXT[unit]}`;
}

/** " = 600.000 đ", " = 500.000,5 đ, làm tròn 500.001 đ" or " ≈ 792.580,65 đ, làm tròn 792.581 đ". */
function exactText(numerator: number, denominator: number, amount: number): string {
  if (numerator === amount * denominator) return ` = ${formatVnd(amount)}`;
  const twoDecimals = ((numerator % denominator) * 100) % denominator === 0;
  return `${twoDecimals ? ' =' : ' ≈'} ${formatVnd(numerator / denominator)}, làm tròn ${formatVnd(amount)}`;
}

function monthlyExplanation(
  kind: RateKind,
  runs: readonly Run[],
  month: string,
  dim: number,
  numerator: number,
  amount: number,
): string {
  const head = RATE_KIND_LABELS[kind].vi;
  const roles = new Set(runs.map((r) => r.role));
  const parts = runs.map((run) => {
    const days = run.end - run.start + 1;
    const span =
      run.start === 1 && run.end === dim
        ? `đủ tháng ${days}/${dim} ngày`
        : `${vnDayMonth(dateOfDay(month, run.start))}–${vnDayMonth(dateOfDay(month, run.end))}: ${days}/${dim} ngày`;
    const role = roles.size > 1 ? `${PAYROLL_ROLE_LABELS[PAYROLL_ROLES[run.role]!].vi}, ` : '';
    return `${role}${span} × ${describeRun(run, 'month')}`;
  });
  return `${head}: ${parts.join('; ')}${exactText(numerator, dim * SCALE, amount)}`;
}

function dayExplanation(
  kind: RateKind,
  count: number,
  run: Run,
  month: string,
  stretches: number,
  amount: number,
): string {
  const when = stretches > 1 ? ` (mức hiệu lực ngày ${vnDate(dateOfDay(month, run.end))})` : '';
  return `${RATE_KIND_LABELS[kind].vi}: ${count} ngày × ${describeRun(run, 'day')}${when}${exactText(count * run.scaled, SCALE, amount)}`;
}

function toSegments(runs: readonly Run[], month: string, dayCount: number | null): PayrollSegment[] {
  return runs.map((run) => ({
    from: dateOfDay(month, run.start),
    to: dateOfDay(month, run.end),
    days: dayCount ?? run.end - run.start + 1,
    role: PAYROLL_ROLES[run.role]!,
    rateSetId: run.resolved.rateSetId,
    basis: run.resolved.rate.basis,
    value: run.resolved.rate.value,
    baseSalary: run.resolved.baseSalary,
    contribution: run.contribution,
    rate: run.scaled / SCALE,
  }));
}

// ---------------------------------------------------------------------------------------------------------------
// The computation

const DAY_COUNT_PATH: Record<DayKind, string> = {
  duty_assigned: 'dutyDays.assigned',
  duty_night: 'dutyDays.night',
  duty_holiday: 'dutyDays.holiday',
  duty_hazardous: 'dutyDays.hazardous',
  training_day: 'trainingDays',
};

/**
 * The payroll of one commune for one month: one line per member and kind, totals by team and commune, and the
 * warnings a reviewer must see. Monthly kinds are paid pro rata by calendar days in post over the days of the
 * month; the month is split into stretches where role, rate and base salary are constant and the stretches are
 * summed exactly; each line is rounded once. Day kinds are days × the daily rate in force on the member's last
 * day in post in the month.
 *
 * Linear in the members: rates are resolved once per (stretch, role, kind), and a member in post all month in
 * one role in a month without changes reuses a shared line template (no per-day work, one object per line).
 *
 * Throws PayrollInputError when the input cannot give a right answer (overlapping rate sets, a base-salary
 * table with gaps, a coefficient rate on a day without base salary, overlapping posts, bad counts).
 */
export function computeMonthlyPayroll(input: PayrollInput): PayrollResult {
  const { month, roundingRule } = input;
  if (!MONTH_PATTERN.test(month)) {
    throw new PayrollInputError([
      { path: 'month', message: `Tháng "${month}" không hợp lệ (cần dạng YYYY-MM).` },
    ]);
  }
  const step = ROUNDING_STEP[roundingRule];
  if (step === undefined) {
    throw new PayrollInputError([{ path: 'roundingRule', message: 'Quy tắc làm tròn không hợp lệ.' }]);
  }
  // The sets given govern one commune, so no two may be in force on one day, even of different provinces (a
  // commune that changed province in a merger is governed by the old province's sets, then the new one's).
  const setup = [
    ...validateBaseSalaryTable(input.baseSalaries),
    ...validateRateSets(input.rateSets.map((set) => ({ ...set, province: input.communeId || '-' }))),
  ];
  if (setup.length > 0) throw new PayrollInputError(setup);

  const dim = daysInMonth(month);
  const stretches = planMonth(month, dim, sortBaseSalaryTable(input.baseSalaries), input.rateSets);
  const suspendedIsInPost = input.suspendedIsInPost ?? false;

  const pairMembers: PayrollMemberInput[] = [];
  const templates: PayrollLineTemplate[] = [];
  const templateIndex = new Map<PayrollLineTemplate, number>();
  const pairs: number[] = [];
  const warnings: PayrollWarning[] = [];
  const errors: FieldError[] = [];
  const teams = new Map<string, TeamTotal>();
  const byKind = Object.fromEntries(RATE_KINDS.map((k) => [k, 0])) as Record<RateKind, number>;
  let commune = 0;
  /** Members with days in post but no rate set in force, per stretch. */
  const uncovered = new Array<number>(stretches.length).fill(0);
  const uncoveredStretches = stretches.flatMap((stretch, s) => (stretch.rateSet === null ? [s] : []));

  // Shared line templates, keyed by run of days, role, kind (and day count); see the member loop.
  const monthlyTemplates = new Map<number, PayrollLineTemplate | null>();
  const dayTemplates = new Map<number, PayrollLineTemplate | null>();
  /** (role, kind) paid as a percentage of the member's own contribution on some day: never shared. */
  const percentKind = new Array<boolean>(ROLE_COUNT * KIND_COUNT).fill(false);
  for (const stretch of stretches) {
    stretch.rates.forEach((resolved, i) => {
      if (resolved?.rate.basis === 'percent_of_contribution') percentKind[i] = true;
    });
  }

  const missingBase = (stretch: Stretch, kind: RateKind): never => {
    throw new PayrollInputError([
      {
        path: 'baseSalaries',
        message:
          `Không có mức lương cơ sở cho ngày ${vnDate(dateOfDay(month, stretch.start))}, cần để tính ` +
          `${RATE_KIND_LABELS[kind].vi.toLowerCase()} theo hệ số: hãy bổ sung bảng mức lương cơ sở.`,
      },
    ]);
  };

  /** Sum one monthly kind over the member's pieces; null when no day is covered by a rate of that kind. */
  const monthlyLine = (
    pieces: readonly Piece[],
    ki: number,
    contribution: number | null,
  ): PayrollLineTemplate | null => {
    const kind = RATE_KINDS[ki]!;
    const runs: Run[] = [];
    let numerator = 0;
    let days = 0;
    let missing = false;
    for (const piece of pieces) {
      for (const stretch of stretches) {
        const start = piece.start > stretch.start ? piece.start : stretch.start;
        const end = piece.end < stretch.end ? piece.end : stretch.end;
        if (start > end) continue;
        const resolved = stretch.rates[piece.role * KIND_COUNT + ki];
        if (!resolved) continue;
        let scaled = resolved.scaled;
        if (resolved.rate.basis === 'percent_of_contribution') {
          if (contribution === null) {
            missing = true;
            scaled = 0;
          } else {
            scaled = resolved.scaled * contribution;
          }
        } else if (Number.isNaN(scaled)) {
          missingBase(stretch, kind);
        }
        const n = end - start + 1;
        numerator += n * scaled;
        days += n;
        const last = runs[runs.length - 1];
        if (
          last &&
          last.end + 1 === start &&
          last.role === piece.role &&
          last.scaled === scaled &&
          last.resolved.describe === resolved.describe
        ) {
          last.end = end;
        } else {
          runs.push({
            start,
            end,
            role: piece.role,
            resolved,
            scaled,
            contribution: missing ? null : contribution,
          });
        }
      }
    }
    const lastRun = runs[runs.length - 1];
    if (!lastRun) return null;
    const amount = missing ? 0 : roundHalfUp(numerator, dim * SCALE, step);
    const explanation = missing
      ? `${RATE_KIND_LABELS[kind].vi}: ${days}/${dim} ngày tại chức × ${lastRun.resolved.describe} — thiếu mức đóng ` +
        'bảo hiểm hằng tháng của thành viên, chưa tính được tiền; hãy nhập mức đóng rồi tính lại.'
      : monthlyExplanation(kind, runs, month, dim, numerator, amount);
    return {
      kind,
      unit: 'month',
      role: PAYROLL_ROLES[lastRun.role]!,
      days,
      daysInMonth: dim,
      rate: lastRun.scaled / SCALE,
      amount,
      explanation,
      segments: toSegments(runs, month, null),
      missing: missing ? 'contribution' : null,
    };
  };

  /** Price `count` days of one day kind at the rate in force on the member's last day in post that has one. */
  const dayLine = (pieces: readonly Piece[], ki: number, count: number): PayrollLineTemplate | null => {
    const kind = RATE_KINDS[ki]!;
    for (let p = pieces.length - 1; p >= 0; p -= 1) {
      const piece = pieces[p]!;
      for (let s = stretches.length - 1; s >= 0; s -= 1) {
        const stretch = stretches[s]!;
        const start = piece.start > stretch.start ? piece.start : stretch.start;
        const end = piece.end < stretch.end ? piece.end : stretch.end;
        if (start > end) continue;
        const resolved = stretch.rates[piece.role * KIND_COUNT + ki];
        if (!resolved) continue;
        if (Number.isNaN(resolved.scaled)) missingBase(stretch, kind);
        const run: Run = {
          start: end,
          end,
          role: piece.role,
          resolved,
          scaled: resolved.scaled,
          contribution: null,
        };
        const amount = roundHalfUp(count * resolved.scaled, SCALE, step);
        return {
          kind,
          unit: 'day',
          role: PAYROLL_ROLES[piece.role]!,
          days: count,
          daysInMonth: dim,
          rate: resolved.scaled / SCALE,
          amount,
          explanation: dayExplanation(kind, count, run, month, stretches.length, amount),
          segments: toSegments([run], month, count),
          missing: null,
        };
      }
    }
    return null;
  };

  // Per-member state, reused from member to member (no closures or arrays per member).
  const counts = new Array<number>(DAY_KINDS.length).fill(0);
  let current: PayrollMemberInput = input.members[0]!;
  let memberAmount = 0;
  let memberLines = 0;
  const emit = (template: PayrollLineTemplate) => {
    const m = current;
    if (memberLines === 0) pairMembers.push(m);
    let t = templateIndex.get(template);
    if (t === undefined) {
      t = templates.length;
      templates.push(template);
      templateIndex.set(template, t);
    }
    pairs.push(pairMembers.length - 1, t);
    memberAmount += template.amount;
    memberLines += 1;
    byKind[template.kind] += template.amount;
    if (template.missing === 'contribution') {
      warnings.push({
        code: 'missing_contribution',
        memberId: m.memberId,
        message:
          `${m.fullName}: thiếu mức đóng ${template.kind === 'bhxh_support' ? 'BHXH tự nguyện' : 'BHYT'} ` +
          'hằng tháng, khoản hỗ trợ đóng bảo hiểm chưa được tính.',
      });
    }
  };
  const dayWarning = (code: PayrollWarningCode, count: number, kind: RateKind, daysInPost: number) => {
    const what = `${count} ngày "${RATE_KIND_LABELS[kind].vi.toLowerCase()}"`;
    const message =
      code === 'days_without_post'
        ? `có ${what} nhưng không tại chức ngày nào trong tháng: không được tính.`
        : code === 'no_rate_for_days'
          ? `có ${what} nhưng bộ mức hỗ trợ không có mức cho khoản này: không được tính.`
          : `${what} nhiều hơn ${daysInPost} ngày tại chức trong tháng: hãy kiểm tra lại số ngày.`;
    warnings.push({ code, memberId: current.memberId, message: `${current.fullName}: ${message}` });
  };

  const members = input.members;
  for (let index = 0; index < members.length; index += 1) {
    const member = members[index]!;
    current = member;
    const errorCount = errors.length;
    const pieces = piecesOf(member, index, month, dim, suspendedIsInPost, errors);
    counts[0] = checkCount(member.dutyDays.assigned, index, 0, member, errors);
    counts[1] = checkCount(member.dutyDays.night, index, 1, member, errors);
    counts[2] = checkCount(member.dutyDays.holiday, index, 2, member, errors);
    counts[3] = checkCount(member.dutyDays.hazardous, index, 3, member, errors);
    counts[4] = checkCount(member.trainingDays, index, 4, member, errors);
    const contributions = member.contributions;
    const bhxh = contributions ? checkContribution(contributions.bhxh, index, 'bhxh', member, errors) : null;
    const bhyt = contributions ? checkContribution(contributions.bhyt, index, 'bhyt', member, errors) : null;
    if (errors.length > errorCount) continue;

    let daysInPost = 0;
    for (const piece of pieces) daysInPost += piece.end - piece.start + 1;
    for (const s of uncoveredStretches) {
      const stretch = stretches[s]!;
      if (pieces.some((piece) => piece.start <= stretch.end && piece.end >= stretch.start)) {
        uncovered[s]! += 1;
      }
    }

    // Members in post in one role over one run of days (nearly all) share line templates: the line depends only
    // on the run, the role and the kind (and the day count), never on the member.
    const only = pieces.length === 1 ? pieces[0]! : null;
    const runKey = only ? ((only.start * 32 + only.end) * ROLE_COUNT + only.role) * KIND_COUNT : -1;
    memberAmount = 0;
    memberLines = 0;

    for (const ki of MONTHLY_KIND_INDEXES) {
      let template: PayrollLineTemplate | null;
      if (only && !percentKind[only.role * KIND_COUNT + ki]) {
        const cached = monthlyTemplates.get(runKey + ki);
        if (cached !== undefined) {
          template = cached;
        } else {
          template = monthlyLine(pieces, ki, null);
          monthlyTemplates.set(runKey + ki, template);
        }
      } else {
        const kind = RATE_KINDS[ki]!;
        template = monthlyLine(
          pieces,
          ki,
          kind === 'bhxh_support' ? bhxh : kind === 'bhyt_support' ? bhyt : null,
        );
      }
      if (template) emit(template);
    }

    for (let d = 0; d < DAY_KIND_INDEXES.length; d += 1) {
      const count = counts[d]!;
      if (count === 0) continue;
      const ki = DAY_KIND_INDEXES[d]!;
      const kind = RATE_KINDS[ki]!;
      if (pieces.length === 0) {
        dayWarning('days_without_post', count, kind, 0);
        continue;
      }
      let template: PayrollLineTemplate | null;
      if (only) {
        const key = (runKey + ki) * 32 + count;
        const cached = dayTemplates.get(key);
        if (cached !== undefined) {
          template = cached;
        } else {
          template = dayLine(pieces, ki, count);
          dayTemplates.set(key, template);
        }
      } else {
        template = dayLine(pieces, ki, count);
      }
      if (!template) {
        dayWarning('no_rate_for_days', count, kind, daysInPost);
        continue;
      }
      if (count > daysInPost) dayWarning('days_exceed_post', count, kind, daysInPost);
      emit(template);
    }

    if (memberLines > 0) {
      commune += memberAmount;
      const team = teams.get(member.teamId);
      if (team) {
        team.amount += memberAmount;
        team.members += 1;
      } else {
        teams.set(member.teamId, {
          teamId: member.teamId,
          teamName: member.teamName,
          members: 1,
          amount: memberAmount,
        });
      }
    }
  }

  if (errors.length > 0) throw new PayrollInputError(errors);

  stretches.forEach((stretch, s) => {
    const count = uncovered[s]!;
    if (count === 0) return;
    warnings.push({
      code: 'no_rate_set',
      memberId: null,
      message:
        `${count} thành viên tại chức từ ${vnDate(dateOfDay(month, stretch.start))} đến ` +
        `${vnDate(dateOfDay(month, stretch.end))} nhưng không có bộ mức hỗ trợ nào có hiệu lực: những ngày này ` +
        'không được tính tiền.',
    });
  });

  const linePairs: PayrollLinePairs = { members: pairMembers, templates, pairs };
  let lines: PayrollLine[] | null = null;
  return {
    month,
    communeId: input.communeId,
    daysInMonth: dim,
    roundingRule,
    get lines() {
      lines ??= linesOf(month, linePairs);
      return lines;
    },
    linePairs,
    totals: { commune, byTeam: [...teams.values()], byKind },
    warnings,
  };
}

/** One object per line from the pairs. */
export function linesOf(month: string, { members, templates, pairs }: PayrollLinePairs): PayrollLine[] {
  const lines: PayrollLine[] = [];
  for (let i = 0; i < pairs.length; i += 2) {
    const m = members[pairs[i]!]!;
    const template = templates[pairs[i + 1]!]!;
    lines.push({
      month,
      memberId: m.memberId,
      fullName: m.fullName,
      teamId: m.teamId,
      teamName: m.teamName,
      kind: template.kind,
      unit: template.unit,
      role: template.role,
      days: template.days,
      daysInMonth: template.daysInMonth,
      rate: template.rate,
      amount: template.amount,
      explanation: template.explanation,
      segments: template.segments,
      missing: template.missing,
    });
  }
  return lines;
}

/** Totals of any list of lines (payroll lines, correction lines, or both), in the order teams first appear. */
export function totalsOf(
  lines: readonly Pick<PayrollLine, 'memberId' | 'teamId' | 'teamName' | 'kind' | 'amount'>[],
): PayrollTotals {
  const teams = new Map<string, TeamTotal & { seen: Set<string> }>();
  const byKind = Object.fromEntries(RATE_KINDS.map((k) => [k, 0])) as Record<RateKind, number>;
  let commune = 0;
  for (const line of lines) {
    commune += line.amount;
    byKind[line.kind] += line.amount;
    let team = teams.get(line.teamId);
    if (!team) {
      team = { teamId: line.teamId, teamName: line.teamName, members: 0, amount: 0, seen: new Set() };
      teams.set(line.teamId, team);
    }
    team.amount += line.amount;
    if (!team.seen.has(line.memberId)) {
      team.seen.add(line.memberId);
      team.members += 1;
    }
  }
  return {
    commune,
    byTeam: [...teams.values()].map(({ teamId, teamName, members, amount }) => ({
      teamId,
      teamName,
      members,
      amount,
    })),
    byKind,
  };
}
