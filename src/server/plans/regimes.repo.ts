import { randomUUID } from 'node:crypto';
import type { Transaction } from 'kysely';
import type { PlanCreate } from '../../domain/plans/plan-api.schemas.ts';
import { deriveRegimes, type Regime, type RegimeInput } from '../../domain/plans/regimes.ts';
import type { Db } from '../db/database.ts';
import type { Database, ReportingRegimeTable } from '../db/schema.ts';
import { fromScheduleColumns, toScheduleColumns } from './schedule-columns.ts';

type RegimeFields = Omit<ReportingRegimeTable, 'id' | 'planId' | 'createdAt' | 'updatedAt' | 'version'>;

export function toColumns(input: Omit<RegimeInput, 'taskId'>): Omit<RegimeFields, 'taskId'> {
  return {
    title: input.title,
    content: input.content ?? null,
    reportersText: input.reportersText,
    receiverText: input.receiverText,
    method: input.method ?? null,
    frequency: input.frequency,
    cutoffText: input.cutoffText ?? null,
    unitDeadlineText: input.unitDeadlineText,
    consolidationDeadlineText: input.consolidationDeadlineText ?? null,
    consolidationDate: input.consolidationDate ?? null,
    outline: input.outline ?? null,
    dataForm: input.dataForm ?? null,
    ...toScheduleColumns(input.schedule),
  };
}

export function regimesQuery(db: Db) {
  return db
    .selectFrom('reportingRegime')
    .leftJoin('task', 'task.id', 'reportingRegime.taskId')
    .selectAll('reportingRegime')
    .select(['task.code as taskCode', 'task.title as taskTitle', 'task.position as taskPosition']);
}
export type RegimeRow = Awaited<ReturnType<ReturnType<typeof regimesQuery>['executeTakeFirstOrThrow']>>;

export function toRegime(row: RegimeRow): Regime {
  return {
    id: row.id,
    planId: row.planId,
    task:
      row.taskId && row.taskCode !== null && row.taskTitle !== null
        ? { id: row.taskId, code: row.taskCode, title: row.taskTitle }
        : null,
    title: row.title,
    content: row.content,
    reportersText: row.reportersText,
    receiverText: row.receiverText,
    method: row.method,
    frequency: row.frequency,
    cutoffText: row.cutoffText,
    unitDeadlineText: row.unitDeadlineText,
    consolidationDeadlineText: row.consolidationDeadlineText,
    consolidationDate: row.consolidationDate,
    outline: row.outline,
    dataForm: row.dataForm,
    schedule: fromScheduleColumns(row),
    version: row.version,
  };
}

/** Stores the regimes the plan's own text sets (its reporting duties, its two-level report tasks). */
export async function insertDerivedRegimes(
  trx: Transaction<Database>,
  planId: string,
  plan: PlanCreate,
  now: string,
): Promise<number> {
  const derived = deriveRegimes(plan);
  if (derived.length === 0) return 0;
  const tasks = await trx.selectFrom('task').select(['id', 'code']).where('planId', '=', planId).execute();
  const taskIdByCode = new Map(tasks.map((t) => [t.code, t.id]));
  await trx
    .insertInto('reportingRegime')
    .values(
      derived.map(({ taskCode, ...regime }) => ({
        id: randomUUID(),
        planId,
        taskId: taskCode === null ? null : (taskIdByCode.get(taskCode) ?? null),
        ...toColumns(regime),
        createdAt: now,
        updatedAt: now,
      })),
    )
    .execute();
  return derived.length;
}
