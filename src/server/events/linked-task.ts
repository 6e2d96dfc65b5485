import type { TaskOption } from '../../domain/events/events.schemas.ts';
import { foldText } from '../../domain/common/text.ts';
import type { Db } from '../db/database.ts';
import type { Actor } from '../http/actor.ts';
import { AppError, notFound } from '../http/errors.ts';
import { isPathInScope } from '../http/scope.ts';
import { findTaskWithPlan, findVisiblePlan } from '../plans/plans.repo.ts';
import { listPlans } from '../plans/plans.service.ts';

/** A task of a plan the actor sees, or a 400 naming the field: what an event or a media item is linked to. */
export async function requireLinkedTask(db: Db, actor: Actor, taskId: string) {
  const task = await findTaskWithPlan(db, taskId);
  if (!task || !(await findVisiblePlan(db, actor, task.planId)))
    throw new AppError('VALIDATION_FAILED', undefined, [
      { path: '/taskId', message: 'Không tìm thấy nhiệm vụ trong các kế hoạch bạn xem được' },
    ]);
  return task;
}

/** The recording unit: the actor's own by default; another one only inside the actor's scope (404 otherwise). */
export async function requireRecordingUnit(db: Db, actor: Actor, unitId: string | undefined) {
  const unit = await db
    .selectFrom('unit')
    .select(['id', 'path'])
    .where('id', '=', unitId ?? actor.unitId)
    .executeTakeFirst();
  if (!unit || !isPathInScope(actor, unit.path))
    throw notFound({ vi: 'Không tìm thấy đơn vị.', en: 'Unit not found.' });
  return unit;
}

/** Tasks a record can be linked to: those of the plans the actor sees, matched by code or title. */
export async function listTaskOptions(
  db: Db,
  actor: Actor,
  q: string | undefined,
): Promise<{ items: TaskOption[] }> {
  const plans = await listPlans(db, actor, { limit: 500, offset: 0, sort: 'date', order: 'desc' });
  if (plans.items.length === 0) return { items: [] };
  const planNumber = new Map(plans.items.map((plan) => [plan.id, plan.number]));
  const rows = await db
    .selectFrom('task')
    .select(['id', 'code', 'title', 'planId'])
    .where(
      'planId',
      'in',
      plans.items.map((plan) => plan.id),
    )
    .orderBy('planId')
    .orderBy('position')
    .execute();
  const folded = q ? foldText(q) : '';
  return {
    items: rows
      .filter((row) => !folded || foldText(`${row.code} ${row.title}`).includes(folded))
      .slice(0, 200)
      .map((row) => ({ ...row, planNumber: planNumber.get(row.planId) ?? null })),
  };
}
