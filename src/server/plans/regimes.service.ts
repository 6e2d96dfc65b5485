import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { Regime, RegimeInput, RegimeUpdate } from '../../domain/plans/regimes.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { Db } from '../db/database.ts';
import type { Actor, SystemActor } from '../http/actor.ts';
import { AppError, conflict, notFound } from '../http/errors.ts';
import { findVisiblePlan } from './plans.repo.ts';
import { requireEditablePlan } from './plans.service.ts';
import { regimesQuery, toColumns, toRegime } from './regimes.repo.ts';

const PLAN_NOT_FOUND = { vi: 'Không tìm thấy kế hoạch.', en: 'Plan not found.' };
const REGIME_NOT_FOUND = { vi: 'Không tìm thấy chế độ báo cáo.', en: 'Reporting regime not found.' };
const TASK_NOT_IN_PLAN = 'Nhiệm vụ này không thuộc kế hoạch';

export async function listRegimes(db: Db, actor: Actor, planId: string): Promise<Regime[]> {
  if (!(await findVisiblePlan(db, actor, planId))) throw notFound(PLAN_NOT_FOUND);
  const rows = await regimesQuery(db)
    .where('reportingRegime.planId', '=', planId)
    // The plan's own regimes first (NULLs sort differently on the two engines), then in task order.
    .orderBy(sql`case when reporting_regime.task_id is null then 0 else 1 end`)
    .orderBy('taskPosition')
    .orderBy('reportingRegime.createdAt')
    .execute();
  return rows.map(toRegime);
}

async function getRegime(db: Db, id: string): Promise<Regime> {
  return toRegime(await regimesQuery(db).where('reportingRegime.id', '=', id).executeTakeFirstOrThrow());
}

async function requireTaskOfPlan(db: Db, planId: string, taskId: string | null | undefined) {
  if (!taskId) return;
  const task = await db
    .selectFrom('task')
    .select('id')
    .where('id', '=', taskId)
    .where('planId', '=', planId)
    .executeTakeFirst();
  if (!task)
    throw new AppError('VALIDATION_FAILED', undefined, [{ path: '/taskId', message: TASK_NOT_IN_PLAN }]);
}

export async function createRegime(
  db: Db,
  actor: Actor | SystemActor,
  planId: string,
  input: RegimeInput,
): Promise<Regime> {
  if ('role' in actor) await requireEditablePlan(db, actor, planId);
  await requireTaskOfPlan(db, planId, input.taskId);
  const id = randomUUID();
  await db.transaction().execute(async (trx) => {
    const { taskId, ...fields } = input;
    await trx
      .insertInto('reportingRegime')
      .values({
        id,
        planId,
        taskId: taskId ?? null,
        ...toColumns(fields),
        createdAt: actor.now,
        updatedAt: actor.now,
      })
      .execute();
    await recordAudit(trx, actor, {
      action: 'create',
      entity: 'reporting_regime',
      entityId: id,
      after: input,
    });
  });
  return getRegime(db, id);
}

/** The regime, if its plan is one the actor may change (404 when out of scope, 403 when read-only). */
async function requireEditableRegime(db: Db, actor: Actor, id: string) {
  const regime = await db.selectFrom('reportingRegime').selectAll().where('id', '=', id).executeTakeFirst();
  if (!regime || !(await findVisiblePlan(db, actor, regime.planId))) throw notFound(REGIME_NOT_FOUND);
  await requireEditablePlan(db, actor, regime.planId);
  return regime;
}

export async function updateRegime(db: Db, actor: Actor, id: string, input: RegimeUpdate): Promise<Regime> {
  const before = await requireEditableRegime(db, actor, id);
  if (before.version !== input.version) throw conflict();
  const { version, taskId, ...changes } = input;
  if (taskId !== undefined) await requireTaskOfPlan(db, before.planId, taskId);
  const merged = {
    ...toRegime({ ...before, taskCode: null, taskTitle: null, taskPosition: null }),
    ...changes,
  };
  await db.transaction().execute(async (trx) => {
    const result = await trx
      .updateTable('reportingRegime')
      .set({
        ...toColumns(merged),
        ...(taskId !== undefined ? { taskId: taskId ?? null } : {}),
        updatedAt: actor.now,
        version: version + 1,
      })
      .where('id', '=', id)
      .where('version', '=', version)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) throw conflict();
    await recordAudit(trx, actor, {
      action: 'update',
      entity: 'reporting_regime',
      entityId: id,
      before: {
        version,
        ...Object.fromEntries(Object.keys(changes).map((k) => [k, before[k as keyof typeof before]])),
      },
      after: input,
    });
  });
  return getRegime(db, id);
}

export async function deleteRegime(db: Db, actor: Actor, id: string, version: number): Promise<void> {
  const before = await requireEditableRegime(db, actor, id);
  if (before.version !== version) throw conflict();
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('reportingRegime').where('id', '=', id).execute();
    await recordAudit(trx, actor, {
      action: 'delete',
      entity: 'reporting_regime',
      entityId: id,
      before: { title: before.title, version },
    });
  });
}
