import { randomUUID } from 'node:crypto';
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
 * Creates the reporting periods of every assignment of a plan from its task's schedule, from the plan's date
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
  const [tasks, assignments, existing] = await Promise.all([
    findPlanTasks(db, planId),
    findPlanAssignments(db, planId),
    db
      .selectFrom('reportingPeriod')
      .innerJoin('assignment', 'assignment.id', 'reportingPeriod.assignmentId')
      .innerJoin('task', 'task.id', 'assignment.taskId')
      .select(['reportingPeriod.assignmentId', 'reportingPeriod.dueDate'])
      .where('task.planId', '=', planId)
      .execute(),
  ]);
  const known = new Set(existing.map((p) => `${p.assignmentId}|${p.dueDate}`));
  const slotsByTask = new Map(
    tasks.map((task) => {
      const schedule = fromScheduleColumns(task);
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
