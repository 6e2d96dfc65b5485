import { randomUUID } from 'node:crypto';
import { foldText } from '../../domain/common/text.ts';
import type { DifficultyFilter } from '../../domain/difficulties/difficulties.schemas.ts';
import type { Db } from '../db/database.ts';
import { findPage, streamInBatches } from '../db/list-query.ts';
import type { DifficultyEventTable, DifficultyTable } from '../db/schema.ts';
import type { Actor } from '../http/actor.ts';
import { inScope } from '../http/scope.ts';

type Scope = Pick<Actor, 'scopePath'>;

/** Difficulties with their report, period, task, plan and unit; scoped by the unit that raised them. */
function difficultiesInScope(db: Db, actor: Scope) {
  return db
    .selectFrom('difficulty')
    .innerJoin('report', 'report.id', 'difficulty.reportId')
    .innerJoin('reportingPeriod', 'reportingPeriod.id', 'report.periodId')
    .innerJoin('assignment', 'assignment.id', 'reportingPeriod.assignmentId')
    .innerJoin('task', 'task.id', 'assignment.taskId')
    .innerJoin('plan', 'plan.id', 'task.planId')
    .innerJoin('unit', 'unit.id', 'assignment.unitId')
    .leftJoin('appUser as answerer', 'answerer.id', 'difficulty.answeredBy')
    .leftJoin('appUser as closer', 'closer.id', 'difficulty.closedBy')
    .where(inScope(actor, 'unit.path'));
}

const columns = [
  'difficulty.id',
  'difficulty.text',
  'difficulty.state',
  'difficulty.answer',
  'difficulty.answeredAt',
  'difficulty.answeredBy',
  'answerer.displayName as answeredByName',
  'difficulty.closedAt',
  'difficulty.closedBy',
  'closer.displayName as closedByName',
  'difficulty.closeNote',
  'difficulty.createdAt',
  'difficulty.version',
  'report.id as reportId',
  'report.status as reportStatus',
  'reportingPeriod.id as periodId',
  'reportingPeriod.label as periodLabel',
  'reportingPeriod.dueDate',
  'plan.id as planId',
  'plan.number as planNumber',
  'plan.title as planTitle',
  'task.id as taskId',
  'task.code as taskCode',
  'task.title as taskTitle',
  'unit.id as unitId',
  'unit.code as unitCode',
  'unit.name as unitName',
  'unit.path as unitPath',
] as const;

function filtered(db: Db, actor: Scope, filter: DifficultyFilter) {
  let query = difficultiesInScope(db, actor);
  if (filter.planId) query = query.where('plan.id', '=', filter.planId);
  if (filter.taskId) query = query.where('task.id', '=', filter.taskId);
  if (filter.unitId) query = query.where('unit.id', '=', filter.unitId);
  if (filter.reportId) query = query.where('report.id', '=', filter.reportId);
  if (filter.state) query = query.where('difficulty.state', '=', filter.state);
  if (filter.dueFrom) query = query.where('reportingPeriod.dueDate', '>=', filter.dueFrom);
  if (filter.dueTo) query = query.where('reportingPeriod.dueDate', '<=', filter.dueTo);
  const folded = filter.q ? foldText(filter.q) : '';
  if (folded) query = query.where('difficulty.searchText', 'like', `%${folded}%`);
  return query;
}

const SORT = {
  raisedAt: 'difficulty.createdAt',
  dueDate: 'reportingPeriod.dueDate',
  unit: 'unit.searchName',
  task: 'task.position',
  state: 'difficulty.state',
  answeredAt: 'difficulty.answeredAt',
} as const;

/** The list's rows in the asked order; ties newest first, then by id, so pages never overlap. */
function orderedRows(db: Db, actor: Scope, filter: DifficultyFilter) {
  return filtered(db, actor, filter)
    .select(columns)
    .orderBy(SORT[filter.sort], filter.order)
    .orderBy('difficulty.createdAt', 'desc')
    .orderBy('difficulty.id');
}

export async function findDifficultyPage(
  db: Db,
  actor: Scope,
  query: DifficultyFilter & { limit: number; offset: number },
) {
  return findPage(filtered(db, actor, query), orderedRows(db, actor, query), query);
}
export type DifficultyRow = Awaited<ReturnType<typeof findDifficultyPage>>['rows'][number];

/** For exports: every matching row in the list's order. */
export function streamDifficulties(db: Db, actor: Scope, filter: DifficultyFilter, batchSize = 2000) {
  return streamInBatches(orderedRows(db, actor, filter), batchSize);
}

export async function findDifficultyInScope(db: Db, actor: Scope, id: string) {
  return difficultiesInScope(db, actor).select(columns).where('difficulty.id', '=', id).executeTakeFirst();
}

export async function findDifficultyEvents(db: Db, difficultyId: string) {
  return db
    .selectFrom('difficultyEvent')
    .leftJoin('appUser', 'appUser.id', 'difficultyEvent.userId')
    .select([
      'difficultyEvent.action',
      'difficultyEvent.fromState',
      'difficultyEvent.toState',
      'difficultyEvent.note',
      'difficultyEvent.at',
      'appUser.id as userId',
      'appUser.displayName',
    ])
    .where('difficultyEvent.difficultyId', '=', difficultyId)
    .orderBy('difficultyEvent.at')
    .orderBy('difficultyEvent.id')
    .execute();
}

/** Changes a difficulty if its version is still `version`; false when someone changed it meanwhile. */
export async function updateDifficulty(
  db: Db,
  id: string,
  version: number,
  changes: Partial<Omit<DifficultyTable, 'id' | 'version'>>,
): Promise<boolean> {
  const result = await db
    .updateTable('difficulty')
    .set({ ...changes, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function insertDifficultyEvent(db: Db, event: Omit<DifficultyEventTable, 'id'>): Promise<void> {
  await db
    .insertInto('difficultyEvent')
    .values({ id: randomUUID(), ...event })
    .execute();
}

/** Active users of a unit: who hears that their difficulty was answered. */
export async function findUnitUserIds(db: Db, unitId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('appUser')
    .select('id')
    .where('unitId', '=', unitId)
    .where('active', '=', 1)
    .execute();
  return rows.map((r) => r.id);
}

/**
 * When a report is submitted, its difficulties text becomes an item of the register. Resubmitting the same
 * text raises nothing new; a rewritten text replaces the item nobody has answered yet (keeping its id), or
 * becomes a new item when the earlier one was already answered or closed. An emptied text withdraws nothing:
 * what was once submitted stays in the register until it is closed.
 */
export async function raiseReportDifficulty(db: Db, reportId: string, text: string | null, now: string) {
  const trimmed = text?.trim() ?? '';
  if (!trimmed) return;
  const existing = await db
    .selectFrom('difficulty')
    .select(['id', 'text', 'state', 'answer', 'version'])
    .where('reportId', '=', reportId)
    .execute();
  if (existing.some((d) => d.text === trimmed)) return;
  const searchText = foldText(trimmed);
  const [replaced] = existing.filter((d) => d.state === 'open' && d.answer === null);
  if (replaced) {
    await updateDifficulty(db, replaced.id, replaced.version, { text: trimmed, searchText, updatedAt: now });
    return;
  }
  await db
    .insertInto('difficulty')
    .values(newDifficultyRow(reportId, trimmed, now))
    .execute();
}

/** A new open item of the register (also used by the demo loader). */
export function newDifficultyRow(reportId: string, text: string, now: string) {
  return {
    id: randomUUID(),
    reportId,
    text,
    searchText: foldText(text),
    state: 'open' as const,
    createdAt: now,
    updatedAt: now,
  };
}
