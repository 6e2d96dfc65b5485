import { randomUUID } from 'node:crypto';
import type { BudgetFilter } from '../../domain/budget/budget.schemas.ts';
import type { Db } from '../db/database.ts';
import { findPage, streamInBatches } from '../db/list-query.ts';
import type { Insertable, Updateable } from 'kysely';
import type { BudgetEntryTable } from '../db/schema.ts';
import type { Actor } from '../http/actor.ts';
import { inScope } from '../http/scope.ts';

type Scope = Pick<Actor, 'scopePath'>;

/** The list's filter once the service has turned a district's id into its path. */
export type BudgetRepoFilter = Omit<BudgetFilter, 'districtId'> & { withinPath?: string };

/** Entries with their unit, task, plan and recorder. */
function entries(db: Db) {
  return db
    .selectFrom('budgetEntry')
    .innerJoin('unit', 'unit.id', 'budgetEntry.unitId')
    .leftJoin('task', 'task.id', 'budgetEntry.taskId')
    .leftJoin('plan', 'plan.id', 'task.planId')
    .leftJoin('appUser as recorder', 'recorder.id', 'budgetEntry.createdBy');
}

/** The same, scoped by the entry's unit. */
function entriesInScope(db: Db, actor: Scope) {
  return entries(db).where(inScope(actor, 'unit.path'));
}

const columns = [
  'budgetEntry.id',
  'budgetEntry.fiscalYear',
  'budgetEntry.source',
  'budgetEntry.kind',
  'budgetEntry.amount',
  'budgetEntry.entryDate',
  'budgetEntry.documentNumber',
  'budgetEntry.note',
  'budgetEntry.origin',
  'budgetEntry.payrollId',
  'budgetEntry.payrollMonth',
  'budgetEntry.createdBy',
  'budgetEntry.createdAt',
  'budgetEntry.updatedAt',
  'budgetEntry.version',
  'recorder.displayName as recordedByName',
  'unit.id as unitId',
  'unit.code as unitCode',
  'unit.name as unitName',
  'unit.path as unitPath',
  'task.id as taskId',
  'task.code as taskCode',
  'task.title as taskTitle',
  'plan.id as planId',
  'plan.number as planNumber',
] as const;

function filtered(db: Db, actor: Scope, filter: BudgetRepoFilter) {
  let query = entriesInScope(db, actor);
  if (filter.fiscalYear !== undefined) query = query.where('budgetEntry.fiscalYear', '=', filter.fiscalYear);
  if (filter.unitId) query = query.where('budgetEntry.unitId', '=', filter.unitId);
  if (filter.withinPath) query = query.where(inScope({ scopePath: filter.withinPath }, 'unit.path'));
  if (filter.source) query = query.where('budgetEntry.source', '=', filter.source);
  if (filter.kind) query = query.where('budgetEntry.kind', '=', filter.kind);
  if (filter.origin) query = query.where('budgetEntry.origin', '=', filter.origin);
  if (filter.taskId) query = query.where('budgetEntry.taskId', '=', filter.taskId);
  return query;
}

const SORT = {
  entryDate: 'budgetEntry.entryDate',
  amount: 'budgetEntry.amount',
  unit: 'unit.searchName',
  kind: 'budgetEntry.kind',
  source: 'budgetEntry.source',
  fiscalYear: 'budgetEntry.fiscalYear',
  updatedAt: 'budgetEntry.updatedAt',
} as const;

/** Rows in the asked order; ties by date (newest first), then id, so that pages never overlap. */
function orderedRows(db: Db, actor: Scope, filter: BudgetRepoFilter) {
  return filtered(db, actor, filter)
    .select(columns)
    .orderBy(SORT[filter.sort], filter.order)
    .orderBy('budgetEntry.entryDate', 'desc')
    .orderBy('budgetEntry.id');
}

export async function findBudgetPage(
  db: Db,
  actor: Scope,
  query: BudgetRepoFilter & { limit: number; offset: number },
) {
  return findPage(filtered(db, actor, query), orderedRows(db, actor, query), query);
}
export type BudgetEntryRow = Awaited<ReturnType<typeof findBudgetPage>>['rows'][number];

/** For exports: every matching row in the list's order. */
export function streamBudgetEntries(db: Db, actor: Scope, filter: BudgetRepoFilter, batchSize = 2000) {
  return streamInBatches(orderedRows(db, actor, filter), batchSize);
}

export async function findEntryInScope(db: Db, actor: Scope, id: string) {
  return entriesInScope(db, actor).select(columns).where('budgetEntry.id', '=', id).executeTakeFirst();
}

/** Any entry by id, whatever the scope (the payroll's own calls, after the payroll checked its scope). */
export async function findEntry(db: Db, id: string) {
  return entries(db).select(columns).where('budgetEntry.id', '=', id).executeTakeFirst();
}

export async function findPayrollEntry(db: Db, payrollId: string) {
  return db.selectFrom('budgetEntry').selectAll().where('payrollId', '=', payrollId).executeTakeFirst();
}

export async function findUnit(db: Db, id: string) {
  return db.selectFrom('unit').select(['id', 'name', 'path', 'kind']).where('id', '=', id).executeTakeFirst();
}

/**
 * A task the actor may tie money to: a task of a plan they see (its owner is in their scope, or one of their
 * units is assigned a task of it), as the plans' own scope rule says.
 */
export async function findVisibleTask(db: Db, actor: Scope, taskId: string) {
  return db
    .selectFrom('task')
    .innerJoin('plan', 'plan.id', 'task.planId')
    .innerJoin('unit as owner', 'owner.id', 'plan.ownerUnitId')
    .select(['task.id', 'task.code', 'task.title', 'plan.id as planId', 'plan.number as planNumber'])
    .where('task.id', '=', taskId)
    .where((eb) =>
      eb.or([
        inScope(actor, 'owner.path'),
        eb.exists(
          eb
            .selectFrom('assignment')
            .innerJoin('task as sibling', 'sibling.id', 'assignment.taskId')
            .innerJoin('unit as assigned', 'assigned.id', 'assignment.unitId')
            .select('assignment.id')
            .whereRef('sibling.planId', '=', 'plan.id')
            .where(inScope(actor, 'assigned.path')),
        ),
      ]),
    )
    .executeTakeFirst();
}

export async function insertEntry(
  db: Db,
  entry: Omit<Insertable<BudgetEntryTable>, 'id' | 'version'>,
): Promise<string> {
  const id = randomUUID();
  await db
    .insertInto('budgetEntry')
    .values({ id, ...entry })
    .execute();
  return id;
}

/** Changes an entry if its version is still `version`; false when someone changed it meanwhile. */
export async function updateEntry(
  db: Db,
  id: string,
  version: number,
  changes: Omit<Updateable<BudgetEntryTable>, 'id' | 'version'>,
): Promise<boolean> {
  const result = await db
    .updateTable('budgetEntry')
    .set({ ...changes, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function deleteEntry(db: Db, id: string, version?: number): Promise<boolean> {
  let query = db.deleteFrom('budgetEntry').where('id', '=', id);
  if (version !== undefined) query = query.where('version', '=', version);
  const result = await query.executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}

/** The province table's figures: one sum per unit, source and kind, computed by the database. */
export async function sumByUnitSourceKind(
  db: Db,
  actor: Scope,
  query: { fiscalYear: number; withinPath?: string; source?: BudgetEntryTable['source'] },
) {
  let q = db
    .selectFrom('budgetEntry')
    .innerJoin('unit', 'unit.id', 'budgetEntry.unitId')
    .where(inScope(actor, 'unit.path'))
    .where('budgetEntry.fiscalYear', '=', query.fiscalYear);
  if (query.withinPath) q = q.where(inScope({ scopePath: query.withinPath }, 'unit.path'));
  if (query.source) q = q.where('budgetEntry.source', '=', query.source);
  return q
    .select([
      'unit.id as unitId',
      'unit.code as unitCode',
      'unit.name as unitName',
      'unit.kind as unitKind',
      'unit.path as unitPath',
      'budgetEntry.source',
      'budgetEntry.kind',
    ])
    .select((eb) => eb.fn.sum<number | string>('budgetEntry.amount').as('total'))
    .groupBy([
      'unit.id',
      'unit.code',
      'unit.name',
      'unit.kind',
      'unit.path',
      'budgetEntry.source',
      'budgetEntry.kind',
    ])
    .orderBy('unit.path')
    .orderBy('budgetEntry.source')
    .execute();
}

/** One unit's year by source and kind: the figures its warnings are judged on after a change. */
export async function sumForUnitYear(db: Db, unitId: string, fiscalYear: number) {
  return db
    .selectFrom('budgetEntry')
    .select(['budgetEntry.source', 'budgetEntry.kind'])
    .select((eb) => eb.fn.sum<number | string>('budgetEntry.amount').as('total'))
    .where('budgetEntry.unitId', '=', unitId)
    .where('budgetEntry.fiscalYear', '=', fiscalYear)
    .groupBy(['budgetEntry.source', 'budgetEntry.kind'])
    .execute();
}

/** A plan task's money in the actor's scope, by year, source and kind. */
export async function sumForTask(db: Db, actor: Scope, taskId: string) {
  return db
    .selectFrom('budgetEntry')
    .innerJoin('unit', 'unit.id', 'budgetEntry.unitId')
    .where(inScope(actor, 'unit.path'))
    .where('budgetEntry.taskId', '=', taskId)
    .select(['budgetEntry.fiscalYear', 'budgetEntry.source', 'budgetEntry.kind'])
    .select((eb) => eb.fn.sum<number | string>('budgetEntry.amount').as('total'))
    .select((eb) => eb.fn.countAll<number | string>().as('entries'))
    .groupBy(['budgetEntry.fiscalYear', 'budgetEntry.source', 'budgetEntry.kind'])
    .orderBy('budgetEntry.fiscalYear')
    .orderBy('budgetEntry.source')
    .execute();
}
