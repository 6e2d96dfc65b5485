// The counted drafts of a run of many communes (decisions.md, "Counted drafts"). Most members' month is plain:
// one history row holds the whole month, active in a role, without training records in it. Their lines depend
// only on the commune's rates, their role and the days entered, so one query per batch counts them by commune,
// role and days, and one stand-in per such class is priced by the domain's computation. The members the query
// cannot sort out (joined, left, promoted or suspended during the month, training records, two rows on one
// date, days entered while out of post) are read by id and computed as themselves. A commune whose stand-ins
// raise a warning or an input error goes back to the general path (its warnings count members), as does one
// that may owe corrections (payroll-batch.ts). Only the figures are kept: the draft's lines are made when it is
// first read, by the general path.
import { sql } from 'kysely';
import type { BaseSalaryEntry } from '../../domain/payroll/base-salary.ts';
import { daysInMonth } from '../../domain/payroll/calendar.ts';
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
  loadMemberMonths,
  loadProvinceMonths,
  monthEnd,
  monthStart,
  provinceOf,
  TRAINING_KINDS,
} from './payroll-inputs.ts';

/** A group the count query returns: plain members of one class, rows left out, or one member to compute. */
interface CountRow {
  unitId: string;
  role: PayrollRole;
  dutyAssigned: number | string;
  dutyNight: number | string;
  dutyHoliday: number | string;
  dutyHazardous: number | string;
  /** -1: no training days entered (none from records either: a plain member has none). */
  trainingDays: number | string;
  /** 'p': plain members, counted; 's': not in the month; else 'o:' and the id of a member to compute. */
  kind: string;
  n: number | string;
}

/**
 * Each history row of the communes sorted out by the date of the member's next row (of any commune; the row's
 * own date when another row shares it), and grouped by commune, role, days entered and kind:
 * - dated after the month, or superseded by the 1st: not in the month ('s');
 * - sharing its date with another row, dated within the month, or superseded within it: to compute;
 * - else it holds the whole month: 'p' when active in a payroll role without training records touching the
 *   month; to compute when active or suspended in a role otherwise, or out of post with days entered; else 's'.
 * PostgreSQL finds the next date by a LATERAL join, SQLite by a scalar subquery. The query's estimated cost passes
 * PostgreSQL's JIT threshold, where compiling it cost 0.5 s a batch: the pool's connections run with JIT off
 * (database.ts).
 */
function countQuery(db: Db, communeIds: readonly string[], month: string) {
  const start = monthStart(month);
  const end = monthEnd(month);
  const ids = sql.join(communeIds.map((id) => sql`${id}`));
  const roles = sql.join(PAYROLL_ROLES.map((r) => sql`${r}`));
  const trainingKinds = sql.join(TRAINING_KINDS.map((k) => sql`${k}`));
  // The next date: another row on the same date, else the first later one. Counted from the (member, date)
  // index alone, without reading the rows (their ids) — on PostgreSQL an index-only scan once vacuumed.
  const next = sql`select case when sum(case when l.effective_date = h.effective_date then 1 else 0 end) > 1
      then h.effective_date else min(case when l.effective_date > h.effective_date then l.effective_date end) end
    from member_history l where l.member_id = h.member_id and l.effective_date >= h.effective_date`;
  const columns = sql`h.member_id, h.unit_id, h.role, h.status, h.effective_date`;
  const history = isPostgres(db)
    ? sql`select ${columns}, n.nx from member_history h left join lateral (${next}) n(nx) on true
        where h.unit_id in (${ids})`
    : sql`select ${columns}, (${next}) as nx from member_history h where h.unit_id in (${ids})`;
  // The history rows with their next dates materialized: flattened into the query, the next date was worked out
  // once per use. The kind is a group key as it is: 'p', 's', or 'o:' and the member's id (one group each).
  const other = sql`'o:' || h.member_id`;
  return sql<CountRow>`
    with h as materialized (${history})
    select h.unit_id, h.role,
      coalesce(d.duty_assigned, 0) as duty_assigned, coalesce(d.duty_night, 0) as duty_night,
      coalesce(d.duty_holiday, 0) as duty_holiday, coalesce(d.duty_hazardous, 0) as duty_hazardous,
      coalesce(d.training_days, -1) as training_days,
      case
        when h.effective_date > ${end} then 's'
        when h.nx = h.effective_date then ${other}
        when h.nx <= ${start} then 's'
        when h.effective_date > ${start} or h.nx <= ${end} then ${other}
        when h.status = 'active' and h.role in (${roles}) and not exists (
          select 1 from member_training t where t.member_id = h.member_id and t.kind in (${trainingKinds})
            and t.started_on <= ${end}
            and (t.ended_on >= ${start} or (t.ended_on is null and t.started_on >= ${start}))) then 'p'
        when h.status in ('active', 'suspended') and h.role in (${roles}) then ${other}
        when d.member_id is null then 's'
        else ${other}
      end as kind,
      count(*) as n
    from h
    left join payroll_days d on d.unit_id = h.unit_id and d.month = ${month} and d.member_id = h.member_id
      and d.unit_id in (${ids})
    group by 1, 2, 3, 4, 5, 6, 7, 8`.execute(db);
}

/**
 * The figures of the communes' drafts for `month`, counted; the communes it could not count are returned to
 * be computed by the general path.
 */
export async function countBatch(
  db: Db,
  communes: readonly CommuneRef[],
  month: string,
  baseSalaries: BaseSalaryEntry[],
  existing: ReadonlyMap<string, { id: string; version: number }>,
): Promise<{ payrolls: PreparedPayroll[]; uncounted: CommuneRef[] }> {
  if (communes.length === 0) return { payrolls: [], uncounted: [] };
  const [{ rows }, provinces] = await Promise.all([
    countQuery(
      db,
      communes.map((c) => c.id),
      month,
    ),
    loadProvinceMonths(db, communes.map(provinceOf), month),
  ]);
  const start = monthStart(month);
  const end = monthEnd(month);
  const dim = daysInMonth(month);
  const classesOf = new Map<string, { counts: number[]; standIns: PayrollMemberInput[] }>();
  const others = new Map<string, Set<string>>();
  for (const r of rows) {
    if (r.kind === 's') continue;
    if (r.kind !== 'p') {
      const memberId = r.kind.slice(2);
      const set = others.get(r.unitId);
      if (set) set.add(memberId);
      else others.set(r.unitId, new Set([memberId]));
      continue;
    }
    let classes = classesOf.get(r.unitId);
    if (!classes) {
      classes = { counts: [], standIns: [] };
      classesOf.set(r.unitId, classes);
    }
    const trainingDays = Number(r.trainingDays);
    classes.counts.push(Number(r.n));
    classes.standIns.push({
      memberId: `class-${classes.standIns.length}`,
      fullName: '',
      teamId: '',
      teamName: '',
      posts: [{ from: start, to: end, role: r.role }],
      dutyDays: {
        assigned: Number(r.dutyAssigned),
        night: Number(r.dutyNight),
        holiday: Number(r.dutyHoliday),
        hazardous: Number(r.dutyHazardous),
      },
      trainingDays: trainingDays < 0 ? 0 : Math.min(trainingDays, dim),
    });
  }
  const named = await loadMemberMonths(
    db,
    [...others].flatMap(([communeId, ids]) => [...ids].map((memberId) => ({ communeId, memberId }))),
    month,
  );

  const payrolls: PreparedPayroll[] = [];
  const uncounted: CommuneRef[] = [];
  for (const commune of communes) {
    const classes = classesOf.get(commune.id) ?? { counts: [], standIns: [] };
    const province = provinces.get(provinceOf(commune))!;
    const result = computeOrNull(() =>
      computeMonthlyPayroll({
        month,
        communeId: commune.id,
        baseSalaries,
        rateSets: province.rateSets,
        members: [...classes.standIns, ...(named.get(commune.id) ?? [])],
        roundingRule: province.roundingRule,
      }),
    );
    if (result === null || result.warnings.length > 0) {
      uncounted.push(commune);
      continue;
    }
    // Each stand-in's lines count once per member of its class; a member computed as themselves once.
    const weight = new Map(classes.standIns.map((s, k) => [s.memberId, classes.counts[k]!]));
    const { members, templates, pairs } = result.linePairs;
    let total = 0;
    let lines = 0;
    for (let p = 0; p < pairs.length; p += 2) {
      const n = weight.get(members[pairs[p]!]!.memberId) ?? 1;
      total += n * templates[pairs[p + 1]!]!.amount;
      lines += n;
    }
    const row = existing.get(commune.id);
    payrolls.push({
      unitId: commune.id,
      existing: row ? { id: row.id, version: row.version } : null,
      total,
      correctionTotal: 0,
      memberCount: members.reduce((s, m) => s + (weight.get(m.memberId) ?? 1), 0),
      lines,
      corrections: 0,
      warnings: 0,
      roundingRule: result.roundingRule,
      content: null,
    });
  }
  return { payrolls, uncounted };
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
