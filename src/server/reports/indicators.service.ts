import { randomUUID } from 'node:crypto';
import type { Indicator } from '../../domain/reports/reports.schemas.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { Db } from '../db/database.ts';
import type { Actor } from '../http/actor.ts';
import { conflict, notFound } from '../http/errors.ts';
import { findTaskWithPlan, findVisiblePlan } from '../plans/plans.repo.ts';
import { requireEditablePlan } from '../plans/plans.service.ts';

const TASK_NOT_FOUND = { vi: 'Không tìm thấy nhiệm vụ.', en: 'Task not found.' };
const INDICATOR_NOT_FOUND = { vi: 'Không tìm thấy chỉ tiêu.', en: 'Indicator not found.' };
const HAS_VALUES = {
  vi: 'Chỉ tiêu đã có số liệu trong báo cáo nên không thể xóa hoặc đổi loại; hãy đổi tên nếu cần.',
  en: 'Reports already carry figures for this indicator, so it cannot be deleted or change kind; rename it instead.',
};

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

/** The indicator, if the actor may change its task's plan (404 when out of scope, 403 when read-only). */
async function requireEditableIndicator(db: Db, actor: Actor, id: string) {
  const indicator = await db.selectFrom('indicator').selectAll().where('id', '=', id).executeTakeFirst();
  const task = indicator ? await findTaskWithPlan(db, indicator.taskId) : undefined;
  if (!indicator || !task || !(await findVisiblePlan(db, actor, task.planId)))
    throw notFound(INDICATOR_NOT_FOUND);
  await requireEditablePlan(db, actor, task.planId);
  return indicator;
}

async function hasValues(db: Db, indicatorId: string): Promise<boolean> {
  const row = await db
    .selectFrom('reportIndicatorValue')
    .select('reportId')
    .where('indicatorId', '=', indicatorId)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

export async function updateIndicator(
  db: Db,
  actor: Actor,
  id: string,
  input: Partial<Omit<Indicator, 'id' | 'taskId'>>,
): Promise<Indicator> {
  const before = await requireEditableIndicator(db, actor, id);
  if (input.kind && input.kind !== before.kind && (await hasValues(db, id))) throw conflict(HAS_VALUES);
  const after = {
    name: input.name ?? before.name,
    unitLabel: input.unitLabel ?? before.unitLabel,
    kind: input.kind ?? before.kind,
  };
  await db.transaction().execute(async (trx) => {
    await trx.updateTable('indicator').set(after).where('id', '=', id).execute();
    await recordAudit(trx, actor, {
      action: 'update',
      entity: 'indicator',
      entityId: id,
      before: { name: before.name, unitLabel: before.unitLabel, kind: before.kind },
      after,
    });
  });
  return { id, taskId: before.taskId, ...after };
}

export async function deleteIndicator(db: Db, actor: Actor, id: string): Promise<void> {
  const before = await requireEditableIndicator(db, actor, id);
  if (await hasValues(db, id)) throw conflict(HAS_VALUES);
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('indicator').where('id', '=', id).execute();
    await recordAudit(trx, actor, {
      action: 'delete',
      entity: 'indicator',
      entityId: id,
      before: { taskId: before.taskId, name: before.name, unitLabel: before.unitLabel, kind: before.kind },
    });
  });
}
