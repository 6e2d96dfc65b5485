import { randomUUID } from 'node:crypto';
import type { Schedule } from '../../domain/plans/plans.schemas.ts';
import { periodSlots } from '../../domain/reports/periods.ts';
import type { Db } from '../db/database.ts';
import type { Actor, SystemActor } from '../http/actor.ts';
import { notFound } from '../http/errors.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { findPlanAssignments, findPlanTasks, findVisiblePlan } from '../plans/plans.repo.ts';
import { requireEditablePlan } from '../plans/plans.service.ts';
import { fromScheduleColumns } from '../plans/schedule-columns.ts';

const PLAN_NOT_FOUND = { vi: 'Không tìm thấy kế hoạch.', en: 'Plan not found.' };

/**
 * Creates the reporting periods of every assignment of a plan from its task's schedule (or, for a task without
 * one, its nearest reporting regime's), from the plan's date
 * up to `until`. Idempotent: a period that exists (same assignment and due date) is not created again, so a
 * continuous task gains one period per reporting cycle as time goes on.
 */
export async function generatePeriods(
  db: Db,
  actor: Actor | SystemActor,
  planId: string,
  until?: string,
): Promise<{ created: number }> {
  const plan =
    'role' in actor
      ? await requireEditablePlan(db, actor, planId)
      : await findVisiblePlan(db, { scopePath: '/' }, planId);
  if (!plan) throw notFound(PLAN_NOT_FOUND);
  const from = plan.issuedOn ?? `${actor.now.slice(0, 4)}-01-01`;
  const to = until ?? `${Number(actor.now.slice(0, 4)) + 1}-12-31`;
  const [tasks, assignments, regimes, existing] = await Promise.all([
    findPlanTasks(db, planId),
    findPlanAssignments(db, planId),
    db
      .selectFrom('reportingRegime')
      .selectAll()
      .where('planId', '=', planId)
      .where('scheduleKind', 'is not', null)
      .orderBy('createdAt')
      .execute(),
    db
      .selectFrom('reportingPeriod')
      .innerJoin('assignment', 'assignment.id', 'reportingPeriod.assignmentId')
      .innerJoin('task', 'task.id', 'assignment.taskId')
      .select(['reportingPeriod.assignmentId', 'reportingPeriod.dueDate'])
      .where('task.planId', '=', planId)
      .execute(),
  ]);
  const known = new Set(existing.map((p) => `${p.assignmentId}|${p.dueDate}`));
  // A task's own schedule wins; a task without one reports by the nearest regime: its own, an ancestor's, or
  // the plan's (docs/decisions.md, "Reporting regimes").
  const regimeScheduleOf = new Map<string | null, Schedule>();
  for (const regime of regimes) {
    const schedule = fromScheduleColumns(regime);
    if (schedule && !regimeScheduleOf.has(regime.taskId)) regimeScheduleOf.set(regime.taskId, schedule);
  }
  const parentOf = new Map(tasks.map((t) => [t.id, t.parentId]));
  const nearestRegimeSchedule = (taskId: string): Schedule | undefined => {
    for (let id: string | null = taskId; id !== null; id = parentOf.get(id) ?? null) {
      const schedule = regimeScheduleOf.get(id);
      if (schedule) return schedule;
    }
    return regimeScheduleOf.get(null);
  };
  const slotsByTask = new Map(
    tasks.map((task) => {
      const schedule = fromScheduleColumns(task) ?? nearestRegimeSchedule(task.id);
      return [task.id, schedule ? periodSlots(schedule, { from, to }) : []] as const;
    }),
  );
  const rows = assignments.flatMap((assignment) =>
    assignment.unitId === null
      ? []
      : (slotsByTask.get(assignment.taskId) ?? [])
          .filter((slot) => !known.has(`${assignment.id}|${slot.due}`))
          .map((slot) => ({
            id: randomUUID(),
            assignmentId: assignment.id,
            label: slot.label,
            periodStart: slot.start,
            periodEnd: slot.end,
            dueDate: slot.due,
            createdAt: actor.now,
          })),
  );
  await db.transaction().execute(async (trx) => {
    for (let i = 0; i < rows.length; i += 500)
      await trx
        .insertInto('reportingPeriod')
        .values(rows.slice(i, i + 500))
        .execute();
    await recordAudit(trx, actor, {
      action: 'generate',
      entity: 'reporting_period',
      entityId: planId,
      after: { created: rows.length, from, to },
    });
  });
  return { created: rows.length };
}
