import { randomUUID } from 'node:crypto';
import type { Indicator } from '../../domain/reports/reports.schemas.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { Db } from '../db/database.ts';
import type { Actor } from '../http/actor.ts';
import { notFound } from '../http/errors.ts';
import { findTaskWithPlan, findVisiblePlan } from '../plans/plans.repo.ts';
import { requireEditablePlan } from '../plans/plans.service.ts';

const TASK_NOT_FOUND = { vi: 'Không tìm thấy nhiệm vụ.', en: 'Task not found.' };

export async function listIndicators(db: Db, actor: Actor, taskId: string): Promise<{ items: Indicator[] }> {
  const task = await findTaskWithPlan(db, taskId);
  if (!task || !(await findVisiblePlan(db, actor, task.planId))) throw notFound(TASK_NOT_FOUND);
  const rows = await db
    .selectFrom('indicator')
    .select(['id', 'taskId', 'name', 'unitLabel', 'kind'])
    .where('taskId', '=', taskId)
    .orderBy('position')
    .execute();
  return { items: rows };
}

/** The coordinator defines what figures a task's reports carry (conferences held, participants …). */
export async function createIndicator(
  db: Db,
  actor: Actor,
  taskId: string,
  input: Omit<Indicator, 'id' | 'taskId'>,
): Promise<Indicator> {
  const task = await findTaskWithPlan(db, taskId);
  if (!task) throw notFound(TASK_NOT_FOUND);
  await requireEditablePlan(db, actor, task.planId);
  const id = randomUUID();
  await db.transaction().execute(async (trx) => {
    const last = await trx
      .selectFrom('indicator')
      .select((eb) => eb.fn.max('position').as('max'))
      .where('taskId', '=', taskId)
      .executeTakeFirst();
    await trx
      .insertInto('indicator')
      .values({ id, taskId, ...input, position: Number(last?.max ?? -1) + 1, createdAt: actor.now })
      .execute();
    await recordAudit(trx, actor, {
      action: 'create',
      entity: 'indicator',
      entityId: id,
      after: { taskId, ...input },
    });
  });
  return { id, taskId, ...input };
}
