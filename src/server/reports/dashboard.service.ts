import { addDays } from '../../domain/common/dates.ts';
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
import { findLateSteps } from '../force/procedures.service.ts';
import { findPlanPage, findVisiblePlan } from '../plans/plans.repo.ts';
import { type DashboardBody, dashboardCacheOf } from './dashboard-cache.ts';
import {
  type AssignmentCounts,
  type DashboardAssignment,
  type LatestPeriod,
  type OwedPeriod,
  findAssignmentCounts,
  findDashboardAssignments,
  findLatestPeriods,
  findMonthCounts,
  findOwedPeriods,
} from './dashboard.repo.ts';

/** Late and due-soon lists show this many periods at most. */
const LIST_SIZE = 50;
/** The late procedure steps listed (oldest deadline first); the counts cover them all. */
const LATE_STEPS_SIZE = 20;
/** "Due soon": within this many days from today. */
const SOON_DAYS = 14;

const vietnamese = new Intl.Collator('vi');

interface Tally {
  counts: Omit<DashboardCounts, 'averageProgress'>;
  progressSum: number;
  reports: number;
}

const newTally = (): Tally => ({
  counts: {
    periods: 0,
    notStarted: 0,
    draft: 0,
    submitted: 0,
    returned: 0,
    accepted: 0,
    late: 0,
    dueSoon: 0,
  },
  progressSum: 0,
  reports: 0,
});

function add(target: Tally, counts: AssignmentCounts) {
  const c = target.counts;
  c.periods += counts.periods;
  c.notStarted += counts.notStarted;
  c.draft += counts.draft;
  c.submitted += counts.submitted;
  c.returned += counts.returned;
  c.accepted += counts.accepted;
  c.late += counts.late;
  c.dueSoon += counts.dueSoon;
  target.progressSum += counts.progressSum;
  target.reports += counts.reports;
}

/** The counts, and the mean progress over the periods with a report. */
const finish = (t: Tally): DashboardCounts => ({
  ...t.counts,
  averageProgress: t.reports ? Math.round(t.progressSum / t.reports) : null,
});

async function resolvePlanId(db: Db, actor: Actor, planId: string | undefined) {
  if (!planId) {
    const { rows } = await findPlanPage(db, actor, { sort: 'date', order: 'desc', limit: 1, offset: 0 });
    return rows[0]?.id;
  }
  if (!(await findVisiblePlan(db, actor, planId)))
    throw notFound({ vi: 'Không tìm thấy kế hoạch.', en: 'Plan not found.' });
  return planId;
}

/** Reads what the dashboard shows; the database does the counting (dashboard.repo.ts). */
async function readFigures(db: Db, actor: Actor, planId: string, range: { from: string; to: string }) {
  const today = actor.now.slice(0, 10);
  const soon = addDays(today, SOON_DAYS);
  const [assignments, counts, months, latest, late, dueSoon] = await Promise.all([
    findDashboardAssignments(db, actor, planId),
    findAssignmentCounts(db, actor, planId, range, { today, soon }),
    findMonthCounts(db, actor, planId, range),
    findLatestPeriods(db, actor, planId, range),
    findOwedPeriods(db, actor, planId, range, { to: today, before: true }, LIST_SIZE),
    findOwedPeriods(db, actor, planId, range, { from: today, to: soon }, LIST_SIZE),
  ]);
  return { today, assignments, counts, months, latest, late, dueSoon };
}

/** Progress of one plan over a range of due dates, within the actor's scope (SPEC §4 dashboard). */
export async function getDashboard(db: Db, actor: Actor, query: DashboardQuery): Promise<Dashboard> {
  const year = actor.now.slice(0, 4);
  const range = { from: query.from ?? `${year}-01-01`, to: query.to ?? `${year}-12-31` };
  const planId = await resolvePlanId(db, actor, query.planId);
  const [figures, lateSteps] = await Promise.all([
    planId ? readFigures(db, actor, planId, range) : undefined,
    findLateSteps(db, actor, { limit: LATE_STEPS_SIZE }),
  ]);
  const countsOf = new Map((figures?.counts ?? []).map((c) => [c.assignmentId, c]));
  const latestOf = new Map((figures?.latest ?? []).map((p) => [p.assignmentId, p]));
  const assignmentOf = new Map((figures?.assignments ?? []).map((a) => [a.id, a]));
  const total = newTally();
  const byTask = new Map<string, Tally & { code: string; title: string }>();
  const byUnit = new Map<string, Tally & { name: string }>();
  const heat = new Map<string, { name: string; cells: Map<string, LatestPeriod> }>();
  // Assignments in the order of the task, lead first, unit name: the order of tasks, units and heat rows.
  for (const assignment of figures?.assignments ?? []) {
    const counts = countsOf.get(assignment.id);
    if (!counts) continue;
    add(total, counts);
    let task = byTask.get(assignment.taskId);
    if (!task) {
      task = { ...newTally(), code: assignment.taskCode, title: assignment.taskTitle };
      byTask.set(assignment.taskId, task);
    }
    add(task, counts);
    let unit = byUnit.get(assignment.unitId);
    if (!unit) {
      unit = { ...newTally(), name: assignment.unitName };
      byUnit.set(assignment.unitId, unit);
    }
    add(unit, counts);
    let line = heat.get(assignment.unitId);
    if (!line) {
      line = { name: assignment.unitName, cells: new Map() };
      heat.set(assignment.unitId, line);
    }
    // A unit both leading and coordinating a task shows its latest period of the two.
    const period = latestOf.get(assignment.id);
    const cell = line.cells.get(assignment.taskId);
    if (period && (!cell || cell.dueDate < period.dueDate)) line.cells.set(assignment.taskId, period);
  }
  const today = figures?.today ?? actor.now.slice(0, 10);
  const listItem = (period: OwedPeriod) => {
    const assignment = assignmentOf.get(period.assignmentId) as DashboardAssignment;
    return {
      periodId: period.id,
      dueDate: period.dueDate,
      label: period.label,
      taskCode: assignment.taskCode,
      taskTitle: assignment.taskTitle,
      unit: { id: assignment.unitId, name: assignment.unitName },
      status: period.status ?? 'not_started',
      planId: planId ?? '',
    };
  };
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
    late: (figures?.late ?? []).map(listItem),
    dueSoon: (figures?.dueSoon ?? []).map(listItem),
    overTime: figures?.months ?? [],
    lateProcedureSteps: {
      total: lateSteps.total,
      communes: lateSteps.communes,
      items: lateSteps.items.map((step) => ({
        procedureId: step.procedureId,
        procedureTitle: step.procedureTitle,
        kind: step.kind,
        unit: { id: step.unit.id, name: step.unit.name },
        stepTitle: step.stepTitle,
        dueDate: step.dueDate,
        workingDaysLate: step.workingDaysLate,
      })),
    },
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
