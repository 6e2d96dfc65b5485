import type { Dashboard, DashboardCounts, DashboardQuery } from '../../domain/reports/dashboard.schemas.ts';
import { isOwed } from '../../domain/reports/reports.schemas.ts';
import type { Db } from '../db/database.ts';
import type { Actor } from '../http/actor.ts';
import { notFound } from '../http/errors.ts';
import { findPlanPage, findVisiblePlan } from '../plans/plans.repo.ts';
import { findPlanPeriodRows, type PlanPeriodRow } from './consolidation.repo.ts';

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

function tally(target: Tally, row: PlanPeriodRow, today: string, soon: string) {
  const status = row.status ?? 'not_started';
  const c = target.counts;
  c.periods += 1;
  if (status === 'not_started') c.notStarted += 1;
  else c[status] += 1;
  if (isOwed(status) && row.dueDate < today) c.late += 1;
  if (isOwed(status) && row.dueDate >= today && row.dueDate <= soon) c.dueSoon += 1;
  if (row.reportId) {
    target.progressSum += row.progress ?? 0;
    target.progressN += 1;
  }
}

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
  const rows = planId ? await findPlanPeriodRows(db, actor, planId, range) : [];
  const today = actor.now.slice(0, 10);
  const soon = addDays(today, 14);
  const total = newTally();
  const byTask = new Map<string, Tally & { code: string; title: string }>();
  const byUnit = new Map<string, Tally & { name: string }>();
  const months = new Map<string, { due: number; submitted: number; accepted: number }>();
  const heat = new Map<string, { name: string; cells: Map<string, PlanPeriodRow> }>();
  for (const row of rows) {
    tally(total, row, today, soon);
    const task = byTask.get(row.taskId) ?? { ...newTally(), code: row.taskCode, title: row.taskTitle };
    tally(task, row, today, soon);
    byTask.set(row.taskId, task);
    const unit = byUnit.get(row.unitId) ?? { ...newTally(), name: row.unitName };
    tally(unit, row, today, soon);
    byUnit.set(row.unitId, unit);
    const month = months.get(row.dueDate.slice(0, 7)) ?? { due: 0, submitted: 0, accepted: 0 };
    month.due += 1;
    if (row.status === 'submitted' || row.status === 'accepted') month.submitted += 1;
    if (row.status === 'accepted') month.accepted += 1;
    months.set(row.dueDate.slice(0, 7), month);
    const line = heat.get(row.unitId) ?? { name: row.unitName, cells: new Map<string, PlanPeriodRow>() };
    const cell = line.cells.get(row.taskId);
    if (!cell || cell.dueDate < row.dueDate) line.cells.set(row.taskId, row);
    heat.set(row.unitId, line);
  }
  const listItem = (row: PlanPeriodRow) => ({
    periodId: row.periodId,
    dueDate: row.dueDate,
    label: row.label,
    taskCode: row.taskCode,
    taskTitle: row.taskTitle,
    unit: { id: row.unitId, name: row.unitName },
    status: row.status ?? 'not_started',
    planId: planId ?? '',
  });
  const open = rows
    .filter((row) => isOwed(row.status ?? 'not_started'))
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate));
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
        (a, b) => b.accepted + b.submitted - (a.accepted + a.submitted) || a.name.localeCompare(b.name, 'vi'),
      ),
    late: open
      .filter((row) => row.dueDate < today)
      .slice(0, 50)
      .map(listItem),
    dueSoon: open
      .filter((row) => row.dueDate >= today && row.dueDate <= soon)
      .slice(0, 50)
      .map(listItem),
    overTime: [...months.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([month, m]) => ({ month, ...m })),
    heat: {
      tasks: [...byTask.entries()].map(([taskId, t]) => ({ taskId, code: t.code })),
      rows: [...heat.entries()].map(([unitId, line]) => ({
        unitId,
        name: line.name,
        cells: [...line.cells.entries()].map(([taskId, row]) => ({
          taskId,
          periodId: row.periodId,
          status: row.status ?? 'not_started',
          progress: row.reportId ? row.progress : null,
          isLate: isOwed(row.status ?? 'not_started') && row.dueDate < today,
        })),
      })),
    },
  };
}
