// The counted drafts of a run of many communes (decisions.md, "Payroll (issue 6) — counted drafts"). Most
// members' month is plain: one history row holds the whole month, active in a role. Their lines depend only on
// the province's rates, their role and their days, so one query per batch counts them by commune, role and days
// entered, and one stand-in per such class is priced by the domain's computation, once per province. Members
// with training records are counted too, once their training days are read from the records. The members the
// query cannot sort out (joined, left, promoted, moved or suspended during the month, days entered while out of
// post) are read by id and computed as themselves. Communes go back to the general path when their
// computation raises a warning or an input error (a warning counts members), when a merger carried their
// members away, or when they may owe corrections (payroll-batch.ts). Only the figures are kept: a counted
// draft's lines are made when it is first read (payrolls.service.ts).
import { sql } from 'kysely';
import type { BaseSalaryEntry } from '../../domain/payroll/base-salary.ts';
import {
  computeMonthlyPayroll,
  PayrollInputError,
  type PayrollMemberInput,
  type PayrollResult,
} from '../../domain/payroll/compute-payroll.ts';
import { PAYROLL_ROLES, type PayrollRole } from '../../domain/payroll/constants.ts';
import { type Db, isPostgres } from '../db/database.ts';
import type { PreparedPayroll } from './payroll-batch.ts';
import {
  type CommuneRef,
  type DaysEntry,
  loadMemberMonths,
  loadProvinceMonths,
  type MonthSpan,
  monthSpan,
  type MonthTraining,
  provinceOf,
  trainingDaysInMonth,
} from './payroll-inputs.ts';

/** A group the count query returns: plain members of one class, rows left out, or one member to compute. */
interface CountRow {
  unitId: string;
  role: PayrollRole;
  dutyAssigned: number | string;
  dutyNight: number | string;
  dutyHoliday: number | string;
  dutyHazardous: number | string;
  /** -1: no training days entered (the records' count is paid: none for a plain member). */
  trainingDays: number | string;
  /** 1 when the member has days entered for the month in the commune (0: the days are all 0). */
  hasDays: number | string;
  /**
   * 'p': plain members, counted; 't:' and a member's id: plain but with training records in the month (counted
   * once their training days are known); 's': not in the month; 'o:' and the id of a member to compute.
   */
  kind: string;
  n: number | string;
}

/**
 * Each history row of the communes sorted out by the date of the member's next row, and grouped by commune,
 * role, days entered and kind:
 * - dated after the month, superseded on its own date (by a row recorded later) or by the 1st: not in the month
 *   ('s');
 * - dated within the month, or superseded within it: to compute ('o');
 * - else it holds the whole month: 'p' when active in a payroll role ('t' when they have training records
 *   touching the month: their training days are counted from the records); to compute when suspended in a role,
 *   or out of post with days entered; else 's'.
 * The next row is found among the communes' own rows, in the order the general path reads a member's history
 * (date, recording time, id): a member's rows leave a commune only when a merger carries them to its successor,
 * and the communes that lost members so are not counted (`countBatch`). One window over the batch's rows, not a
 * probe of the (member, date) index per row: the probes were a third of the query's time on PostgreSQL.
 * The query's estimated cost passes PostgreSQL's JIT threshold, where compiling it cost 0.5 s a batch: the pool's
 * connections run with JIT off (database.ts).
 */
function countQuery(
  db: Db,
  communeIds: readonly string[],
  month: string,
  { start, end }: MonthSpan,
  trainedIds: readonly string[],
) {
  const ids = sql.join(communeIds.map((id) => sql`${id}`));
  const roles = sql.join(PAYROLL_ROLES.map((r) => sql`${r}`));
  // The batch's members with training records (read once for the run), as one parameter however many: a
  // province trained in one month is thousands a batch. Tested per row, PostgreSQL hashed the month's records
  // again for each batch (a fifth of the query's time), SQLite probed the training index.
  const trained =
    trainedIds.length === 0
      ? sql`1 = 0`
      : isPostgres(db)
        ? sql`h.member_id = any(${[...trainedIds]}::text[])`
        : sql`h.member_id in (select value from json_each(${JSON.stringify(trainedIds)}))`;
  // The kind is a group key as it is: 'p', 's', or 'o:' and the member's id (one group each).
  const other = sql`'o:' || h.member_id`;
  return sql<CountRow>`
    with h as (
      select member_id, unit_id, role, status, effective_date,
        lead(effective_date) over (partition by unit_id, member_id order by effective_date, recorded_at, id) as nx
      from member_history where unit_id in (${ids})
    )
    select h.unit_id, h.role,
      coalesce(d.duty_assigned, 0) as duty_assigned, coalesce(d.duty_night, 0) as duty_night,
      coalesce(d.duty_holiday, 0) as duty_holiday, coalesce(d.duty_hazardous, 0) as duty_hazardous,
      coalesce(d.training_days, -1) as training_days,
      case when d.member_id is null then 0 else 1 end as has_days,
      case
        when h.effective_date > ${end} or h.nx = h.effective_date or h.nx <= ${start} then 's'
        when h.effective_date > ${start} or h.nx <= ${end} then ${other}
        else case
          when h.status = 'active' and h.role in (${roles}) then case when ${trained}
            then ${sql`'t:' || h.member_id`} else 'p' end
          when h.status = 'suspended' and h.role in (${roles}) then ${other}
          when d.member_id is null then 's'
          else ${other}
        end
      end as kind,
      count(*) as n
    from h
    left join payroll_days d on d.unit_id = h.unit_id and d.month = ${month} and d.member_id = h.member_id
      -- said again for PostgreSQL, which otherwise read the whole month's days for each batch
      and d.unit_id in (${ids})
    group by 1, 2, 3, 4, 5, 6, 7, 8, 9`.execute(db);
}

/**
 * The figures of the drafts of the communes it can count for `month` (the others are left out, for the general
 * path: a merger carried their members away, or their computation raises a warning or an input error).
 */
export async function countBatch(
  db: Db,
  communes: readonly CommuneRef[],
  month: string,
  baseSalaries: BaseSalaryEntry[],
  existing: ReadonlyMap<string, { id: string; version: number }>,
  training: MonthTraining,
): Promise<PreparedPayroll[]> {
  if (communes.length === 0) return [];
  // A commune merged into another (its members carried to the successor) has history rows followed by rows
  // elsewhere, which the count query does not see: left to the general path.
  const merged = new Set(
    (
      await db
        .selectFrom('unitSuccession')
        .select('oldUnitId')
        .where(
          'oldUnitId',
          'in',
          communes.map((c) => c.id),
        )
        .execute()
    ).map((s) => s.oldUnitId),
  );
  communes = communes.filter((c) => !merged.has(c.id));
  if (communes.length === 0) return [];
  const span = monthSpan(month);
  const { start, end, dim } = span;
  const [{ rows }, provinces] = await Promise.all([
    countQuery(
      db,
      communes.map((c) => c.id),
      month,
      span,
      communes.flatMap((c) => training.trainedByUnit.get(c.id) ?? []),
    ),
    loadProvinceMonths(db, communes.map(provinceOf), month),
  ]);
  const provinceOfUnit = new Map(communes.map((c) => [c.id, provinceOf(c)]));
  // Each commune's plain members by class (role and days entered), and one stand-in per class: the same class
  // is priced once for a whole province (its communes share the rates).
  const classesOf = new Map<string, { key: string; n: number }[]>();
  /** By province, by class key. */
  const standIns = new Map<string, Map<string, PayrollMemberInput>>();
  // The members to compute, with their days entered in the commune (the same on each of their rows there).
  const others = new Map<string, { communeId: string; memberId: string; days: DaysEntry | null }>();
  const addClass = (r: CountRow, duty: readonly number[], trainingDays: number, n: number) => {
    const provinceId = provinceOfUnit.get(r.unitId)!;
    const key = `class|${provinceId}|${r.role}|${duty.join('|')}|${trainingDays}`;
    let ofProvince = standIns.get(provinceId);
    if (!ofProvince) {
      ofProvince = new Map();
      standIns.set(provinceId, ofProvince);
    }
    if (!ofProvince.has(key)) {
      ofProvince.set(key, {
        memberId: key,
        fullName: '',
        teamId: '',
        teamName: '',
        posts: [{ from: start, to: end, role: r.role }],
        dutyDays: { assigned: duty[0]!, night: duty[1]!, holiday: duty[2]!, hazardous: duty[3]! },
        trainingDays,
      });
    }
    const classes = classesOf.get(r.unitId);
    if (classes) classes.push({ key, n });
    else classesOf.set(r.unitId, [{ key, n }]);
  };
  /** Plain members with training records: their training days entered (null: none) until the records are read. */
  const trained: { r: CountRow; duty: number[]; entered: number | null; memberId: string }[] = [];
  for (const r of rows) {
    if (r.kind === 's') continue;
    const duty = [r.dutyAssigned, r.dutyNight, r.dutyHoliday, r.dutyHazardous].map(Number);
    const trainingDays = Number(r.trainingDays);
    const entered = trainingDays < 0 ? null : trainingDays;
    if (r.kind === 'p') {
      addClass(r, duty, Math.min(entered ?? 0, dim), Number(r.n));
    } else if (r.kind.startsWith('t:')) {
      trained.push({ r, duty, entered, memberId: r.kind.slice(2) });
    } else {
      const memberId = r.kind.slice(2);
      const days: DaysEntry | null = Number(r.hasDays)
        ? {
            dutyAssigned: duty[0]!,
            dutyNight: duty[1]!,
            dutyHoliday: duty[2]!,
            dutyHazardous: duty[3]!,
            trainingDays: entered,
          }
        : null;
      others.set(`${r.unitId}|${memberId}`, { communeId: r.unitId, memberId, days });
    }
  }
  const named = await loadMemberMonths(db, [...others.values()], month, training);
  // Training days paid: those entered, else those of the records (loadCommuneMonths' rule).
  for (const { r, duty, entered, memberId } of trained) {
    const fromRecords = trainingDaysInMonth(training.records.get(memberId), span);
    addClass(r, duty, Math.min(entered ?? fromRecords, dim), 1);
  }

  const payrolls: PreparedPayroll[] = [];
  const byProvince = new Map<string, CommuneRef[]>();
  for (const commune of communes) {
    const list = byProvince.get(provinceOf(commune));
    if (list) list.push(commune);
    else byProvince.set(provinceOf(commune), [commune]);
  }
  for (const [provinceId, list] of byProvince) {
    // One computation for the province's communes in the batch: its stand-ins, and each commune's members to
    // compute under an id of their own in it (a member moved by a merger may be in two of them).
    const province = provinces.get(provinceId)!;
    const members = [...(standIns.get(provinceId)?.values() ?? [])];
    const ownerOf = new Map<string, string>();
    for (const commune of list) {
      for (const m of named.get(commune.id) ?? []) {
        const id = `${commune.id}|${m.memberId}`;
        ownerOf.set(id, commune.id);
        members.push({ ...m, memberId: id });
      }
    }
    const result = computeOrNull(() =>
      computeMonthlyPayroll({
        month,
        communeId: provinceId,
        baseSalaries,
        rateSets: province.rateSets,
        members,
        roundingRule: province.roundingRule,
      }),
    );
    if (result === null) continue;
    // What each stand-in or member is paid, in how many lines.
    const paid = new Map<string, { amount: number; lines: number }>();
    const { members: paidMembers, templates, pairs } = result.linePairs;
    for (let p = 0; p < pairs.length; p += 2) {
      const id = paidMembers[pairs[p]!]!.memberId;
      const entry = paid.get(id);
      const amount = templates[pairs[p + 1]!]!.amount;
      if (entry) {
        entry.amount += amount;
        entry.lines += 1;
      } else {
        paid.set(id, { amount, lines: 1 });
      }
    }
    // A warning sends the communes it concerns to the general path (a warning without a member: all of them).
    const warned = new Set(
      result.warnings.map((w) => (w.memberId === null ? '*' : (ownerOf.get(w.memberId) ?? w.memberId))),
    );
    for (const commune of list) {
      const classes = classesOf.get(commune.id) ?? [];
      if (warned.has('*') || warned.has(commune.id) || classes.some((c) => warned.has(c.key))) continue;
      let total = 0;
      let lines = 0;
      let memberCount = 0;
      const add = (id: string, n: number) => {
        const entry = paid.get(id);
        if (!entry) return;
        total += n * entry.amount;
        lines += n * entry.lines;
        memberCount += n;
      };
      for (const c of classes) add(c.key, c.n);
      for (const m of named.get(commune.id) ?? []) add(`${commune.id}|${m.memberId}`, 1);
      const row = existing.get(commune.id);
      payrolls.push({
        unitId: commune.id,
        existing: row ? { id: row.id, version: row.version } : null,
        total,
        correctionTotal: 0,
        memberCount,
        lines,
        corrections: 0,
        warnings: 0,
        roundingRule: result.roundingRule,
        content: null,
      });
    }
  }
  return payrolls;
}

/** The computation's result, or null when its input cannot be computed (the general path reports why). */
function computeOrNull(run: () => PayrollResult): PayrollResult | null {
  try {
    return run();
  } catch (err) {
    if (err instanceof PayrollInputError) return null;
    throw err;
  }
}
