import type { Obligation } from '../../domain/plans/plan-api.schemas.ts';
import { dueDates } from '../../domain/plans/schedule.ts';
import type { Db } from '../db/database.ts';
import type { Actor } from '../http/actor.ts';
import { notFound } from '../http/errors.ts';
import { findPlanAssignments, findPlanTasks, findVisiblePlan } from './plans.repo.ts';
import { fromScheduleColumns } from './schedule-columns.ts';
import { PLAN_NOT_FOUND } from './plans.service.ts';

export interface ObligationQuery {
  unitId?: string;
  from?: string;
  to?: string;
}

/**
 * From the plan's date (nothing is due before a plan exists) to the end of two years after: long enough to
 * show "Năm 2024 và các năm tiếp theo" recurring.
 */
function defaultRange(planDate: string | null, now: string): { from: string; to: string } {
  const year = Number((planDate ?? now).slice(0, 4));
  return { from: planDate ?? `${year}-01-01`, to: `${year + 2}-12-31` };
}

/**
 * What each assigned unit owes and when: one row per assignment and due date in the range (a task without
 * a schedule, or with no due date in the range, gives one row without a date). Sorted by due date.
 */
export async function listPlanObligations(
  db: Db,
  actor: Actor,
  planId: string,
  query: ObligationQuery,
): Promise<{ items: Obligation[] }> {
  const plan = await findVisiblePlan(db, actor, planId);
  if (!plan) throw notFound(PLAN_NOT_FOUND);
  const fallback = defaultRange(plan.issuedOn, actor.now);
  const range = { from: query.from ?? fallback.from, to: query.to ?? fallback.to };
  const [tasks, assignments] = await Promise.all([
    findPlanTasks(db, planId),
    findPlanAssignments(db, planId),
  ]);
  const taskById = new Map(tasks.map((t) => [t.id, t]));
  const items: Obligation[] = [];
  for (const assignment of assignments) {
    if (query.unitId && assignment.unitId !== query.unitId) continue;
    const task = taskById.get(assignment.taskId);
    if (!task) continue;
    const schedule = fromScheduleColumns(task);
    const dates = schedule ? dueDates(schedule, range) : [];
    const base = {
      planId,
      planNumber: plan.number,
      planTitle: plan.title,
      taskId: task.id,
      taskCode: task.code,
      taskTitle: task.title,
      role: assignment.role,
      unit:
        assignment.unitId && assignment.unitCode && assignment.unitName
          ? { id: assignment.unitId, code: assignment.unitCode, name: assignment.unitName }
          : null,
      nameText: assignment.nameText,
      schedule,
    };
    if (dates.length === 0) items.push({ ...base, dueDate: null });
    for (const dueDate of dates) items.push({ ...base, dueDate });
  }
  items.sort(
    (a, b) =>
      (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999') ||
      a.taskCode.localeCompare(b.taskCode, 'vi', { numeric: true }),
  );
  return { items };
}
