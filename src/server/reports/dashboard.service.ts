import {
  type Dashboard,
  type DashboardCounts,
  type DashboardQuery,
  dashboardSchema,
} from '../../domain/reports/dashboard.schemas.ts';
import { isOwed } from '../../domain/reports/reports.schemas.ts';
import type { Db } from '../db/database.ts';
import type { Actor } from '../http/actor.ts';
import { notFound } from '../http/errors.ts';
import { findPlanPage, findVisiblePlan } from '../plans/plans.repo.ts';
import { type DashboardBody, dashboardCacheOf } from './dashboard-cache.ts';
import {
  type DashboardAssignment,
  type DashboardPeriod,
  findDashboardAssignments,
  findDashboardPeriods,
} from './dashboard.repo.ts';

const addDays = (iso: string, days: number) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

function emptyCounts(): DashboardCounts {
  return {
    periods: 0,
    notStarted: 0,
    draft: 0,
    submitted: 0,
    returned: 0,
    accepted: 0,
    late: 0,
    dueSoon: 0,
    averageProgress: null,
  };
}

interface Tally {
  counts: DashboardCounts;
  progressSum: number;
  progressN: number;
}

/** What one period counts as: its state, and whether it is owed past or near its due date. */
interface PeriodState {
  status: 'not_started' | NonNullable<DashboardPeriod['status']>;
  isLate: boolean;
  isDueSoon: boolean;
  /** Null when no report was started. */
  progress: number | null;
}

function tally(target: Tally, state: PeriodState) {
  const c = target.counts;
  c.periods += 1;
  if (state.status === 'not_started') c.notStarted += 1;
  else c[state.status] += 1;
  if (state.isLate) c.late += 1;
  if (state.isDueSoon) c.dueSoon += 1;
  if (state.progress !== null) {
    target.progressSum += state.progress;
    target.progressN += 1;
  }
}

const vietnamese = new Intl.Collator('vi');

/** Plain string order of ISO dates (localeCompare costs a collator call per comparison). */
const byDueDate = (a: { dueDate: string }, b: { dueDate: string }) =>
  a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : 0;

const finish = (t: Tally): DashboardCounts => ({
  ...t.counts,
  averageProgress: t.progressN ? Math.round(t.progressSum / t.progressN) : null,
});
const newTally = (): Tally => ({ counts: emptyCounts(), progressSum: 0, progressN: 0 });

/** Progress of one plan over a range of due dates, within the actor's scope (SPEC §4 dashboard). */
export async function getDashboard(db: Db, actor: Actor, query: DashboardQuery): Promise<Dashboard> {
  const year = actor.now.slice(0, 4);
  const range = { from: query.from ?? `${year}-01-01`, to: query.to ?? `${year}-12-31` };
  let planId = query.planId;
  if (!planId) {
    const { rows } = await findPlanPage(db, actor, { sort: 'date', order: 'desc', limit: 1, offset: 0 });
    planId = rows[0]?.id;
  } else if (!(await findVisiblePlan(db, actor, planId))) {
    throw notFound({ vi: 'Không tìm thấy kế hoạch.', en: 'Plan not found.' });
  }
  const [assignments, periods] = planId
    ? await Promise.all([
        findDashboardAssignments(db, actor, planId),
        findDashboardPeriods(db, actor, planId, range),
      ])
    : [[], []];
  const assignmentOf = new Map(assignments.map((a) => [a.id, a]));
  const today = actor.now.slice(0, 10);
  const soon = addDays(today, 14);
  const total = newTally();
  const byTask = new Map<string, Tally & { code: string; title: string }>();
  const byUnit = new Map<string, Tally & { name: string }>();
  const months = new Map<string, { due: number; submitted: number; accepted: number }>();
  const heat = new Map<string, { name: string; cells: Map<string, DashboardPeriod> }>();
  type Listed = { period: DashboardPeriod; assignment: DashboardAssignment };
  const late: Listed[] = [];
  const dueSoon: Listed[] = [];
  // One pass over the periods (ordered by task, lead first, unit name, due date).
  for (const period of periods) {
    const assignment = assignmentOf.get(period.assignmentId);
    if (!assignment) continue;
    const status = period.status ?? 'not_started';
    const owed = isOwed(status);
    const state: PeriodState = {
      status,
      isLate: owed && period.dueDate < today,
      isDueSoon: owed && period.dueDate >= today && period.dueDate <= soon,
      progress: period.status === null ? null : period.progress,
    };
    tally(total, state);
    let task = byTask.get(assignment.taskId);
    if (!task) {
      task = { ...newTally(), code: assignment.taskCode, title: assignment.taskTitle };
      byTask.set(assignment.taskId, task);
    }
    tally(task, state);
    let unit = byUnit.get(assignment.unitId);
    if (!unit) {
      unit = { ...newTally(), name: assignment.unitName };
      byUnit.set(assignment.unitId, unit);
    }
    tally(unit, state);
    const monthKey = period.dueDate.slice(0, 7);
    let month = months.get(monthKey);
    if (!month) {
      month = { due: 0, submitted: 0, accepted: 0 };
      months.set(monthKey, month);
    }
    month.due += 1;
    if (status === 'submitted' || status === 'accepted') month.submitted += 1;
    if (status === 'accepted') month.accepted += 1;
    let line = heat.get(assignment.unitId);
    if (!line) {
      line = { name: assignment.unitName, cells: new Map() };
      heat.set(assignment.unitId, line);
    }
    const cell = line.cells.get(assignment.taskId);
    if (!cell || cell.dueDate < period.dueDate) line.cells.set(assignment.taskId, period);
    if (state.isLate) late.push({ period, assignment });
    if (state.isDueSoon) dueSoon.push({ period, assignment });
  }
  const listItem = ({ period, assignment }: Listed) => ({
    periodId: period.id,
    dueDate: period.dueDate,
    label: period.label,
    taskCode: assignment.taskCode,
    taskTitle: assignment.taskTitle,
    unit: { id: assignment.unitId, name: assignment.unitName },
    status: period.status ?? 'not_started',
    planId: planId ?? '',
  });
  const firstDue = (list: Listed[]) =>
    list
      .sort((a, b) => byDueDate(a.period, b.period))
      .slice(0, 50)
      .map(listItem);
  return {
    range,
    totals: finish(total),
    byTask: [...byTask.entries()].map(([taskId, t]) => ({
      taskId,
      code: t.code,
      title: t.title,
      ...finish(t),
    })),
    byUnit: [...byUnit.entries()]
      .map(([unitId, u]) => ({ unitId, name: u.name, ...finish(u) }))
      .sort(
        (a, b) => b.accepted + b.submitted - (a.accepted + a.submitted) || vietnamese.compare(a.name, b.name),
      ),
    late: firstDue(late),
    dueSoon: firstDue(dueSoon),
    overTime: [...months.entries()]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([month, m]) => ({ month, ...m })),
    heat: {
      tasks: [...byTask.entries()].map(([taskId, t]) => ({ taskId, code: t.code })),
      rows: [...heat.entries()].map(([unitId, line]) => ({
        unitId,
        name: line.name,
        cells: [...line.cells.entries()].map(([taskId, period]) => ({
          taskId,
          periodId: period.id,
          status: period.status ?? 'not_started',
          progress: period.status === null ? null : period.progress,
          isLate: isOwed(period.status ?? 'not_started') && period.dueDate < today,
        })),
      })),
    },
  };
}

/**
 * The dashboard as the route sends it: serialised through its schema once, then kept for a few seconds per
 * scope, plan, range and day (dashboard-cache.ts) — every user of one scope sees the same figures.
 */
export function getDashboardBody(db: Db, actor: Actor, query: DashboardQuery): Promise<DashboardBody> {
  const key = [actor.scopePath, query.planId ?? '', query.from ?? '', query.to ?? '', actor.now.slice(0, 10)];
  return dashboardCacheOf(db).get(key.join('|'), async () =>
    dashboardSchema.parse(await getDashboard(db, actor, query)),
  );
}
