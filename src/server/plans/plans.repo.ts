import { type ExpressionBuilder, type SqlBool, type Expression } from 'kysely';
import type { PlanListQuery } from '../../domain/plans/plan-api.schemas.ts';
import type { Db } from '../db/database.ts';
import type { Database } from '../db/schema.ts';
import type { Actor } from '../http/actor.ts';
import { inScope } from '../http/scope.ts';
import { scheduleColumnNames } from './schedule-columns.ts';

type PlanScopeActor = Pick<Actor, 'scopePath'>;

/**
 * A plan is visible when its owner unit lies in the actor's scope, or when any unit in the scope is assigned
 * one of its tasks (Sở Tư pháp sees the provincial plan that gives it tasks).
 */
function isPlanVisible(
  eb: ExpressionBuilder<Database & { owner: Database['unit'] }, 'plan' | 'owner'>,
  actor: PlanScopeActor,
): Expression<SqlBool> {
  return eb.or([
    inScope(actor, 'owner.path'),
    eb.exists(
      eb
        .selectFrom('assignment')
        .innerJoin('task', 'task.id', 'assignment.taskId')
        .innerJoin('unit as assigned', 'assigned.id', 'assignment.unitId')
        .select('assignment.id')
        .whereRef('task.planId', '=', 'plan.id')
        .where(inScope(actor, 'assigned.path')),
    ),
  ]);
}

function visiblePlans(db: Db, actor: PlanScopeActor) {
  return db
    .selectFrom('plan')
    .innerJoin('unit as owner', 'owner.id', 'plan.ownerUnitId')
    .where((eb) => isPlanVisible(eb, actor));
}

const summaryColumns = [
  'plan.id',
  'plan.number',
  'plan.title',
  'plan.issuer',
  'plan.issuedOn',
  'plan.status',
  'plan.parentPlanId',
  'plan.createdAt',
  'plan.updatedAt',
  'plan.version',
  'owner.id as ownerId',
  'owner.code as ownerCode',
  'owner.name as ownerName',
  'owner.path as ownerPath',
] as const;

const SORT = {
  date: 'plan.issuedOn',
  number: 'plan.number',
  title: 'plan.title',
  updatedAt: 'plan.updatedAt',
} as const;

export async function findPlanPage(
  db: Db,
  actor: PlanScopeActor,
  query: PlanListQuery & { folded?: string },
) {
  let base = visiblePlans(db, actor);
  if (query.folded) base = base.where('plan.searchText', 'like', `%${query.folded}%`);
  if (query.status) base = base.where('plan.status', '=', query.status);
  const [rows, count] = await Promise.all([
    base
      .select(summaryColumns)
      .select((eb) =>
        eb
          .selectFrom('task')
          .select(eb.fn.countAll<number | string>().as('n'))
          .whereRef('task.planId', '=', 'plan.id')
          .as('taskCount'),
      )
      .orderBy(SORT[query.sort], query.order)
      .orderBy('plan.id')
      .limit(query.limit)
      .offset(query.offset)
      .execute(),
    base.select((eb) => eb.fn.countAll<number | string>().as('total')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.total) };
}

export async function findVisiblePlan(db: Db, actor: PlanScopeActor, id: string) {
  return visiblePlans(db, actor)
    .selectAll('plan')
    .select([
      'owner.code as ownerCode',
      'owner.name as ownerName',
      'owner.path as ownerPath',
      'owner.kind as ownerKind',
    ])
    .where('plan.id', '=', id)
    .executeTakeFirst();
}
export type VisiblePlanRow = NonNullable<Awaited<ReturnType<typeof findVisiblePlan>>>;

export async function findPlanTasks(db: Db, planId: string) {
  return db
    .selectFrom('task')
    .select([
      'id',
      'planId',
      'parentId',
      'code',
      'title',
      'description',
      'form',
      'timeText',
      'position',
      'version',
      ...scheduleColumnNames,
    ])
    .where('planId', '=', planId)
    .orderBy('position')
    .execute();
}
export type TaskRow = Awaited<ReturnType<typeof findPlanTasks>>[number];

export async function findPlanAssignments(db: Db, planId: string) {
  return db
    .selectFrom('assignment')
    .innerJoin('task', 'task.id', 'assignment.taskId')
    .leftJoin('unit', 'unit.id', 'assignment.unitId')
    .select([
      'assignment.id',
      'assignment.taskId',
      'assignment.role',
      'assignment.groupKey',
      'assignment.nameText',
      'assignment.version',
      'unit.id as unitId',
      'unit.code as unitCode',
      'unit.name as unitName',
      'unit.searchName as unitSearchName',
    ])
    .where('task.planId', '=', planId)
    .orderBy('assignment.role', 'desc')
    .orderBy('unit.searchName')
    .execute();
}
export type AssignmentRow = Awaited<ReturnType<typeof findPlanAssignments>>[number];

export async function findPlanDuties(db: Db, planId: string) {
  return db
    .selectFrom('planReportingDuty')
    .select(['id', 'what', 'recipientText', 'deadlineText', ...scheduleColumnNames])
    .where('planId', '=', planId)
    .orderBy('createdAt')
    .execute();
}

export async function findSubPlans(db: Db, actor: PlanScopeActor, planId: string) {
  return visiblePlans(db, actor)
    .select([
      'plan.id',
      'plan.number',
      'plan.title',
      'owner.id as ownerId',
      'owner.code as ownerCode',
      'owner.name as ownerName',
    ])
    .where('plan.parentPlanId', '=', planId)
    .orderBy('owner.searchName')
    .execute();
}

export async function findTaskWithPlan(db: Db, taskId: string) {
  return db
    .selectFrom('task')
    .select(['id', 'planId', 'version', 'timeText'])
    .where('id', '=', taskId)
    .executeTakeFirst();
}

export async function findAssignmentWithPlan(db: Db, assignmentId: string) {
  return db
    .selectFrom('assignment')
    .innerJoin('task', 'task.id', 'assignment.taskId')
    .select([
      'assignment.id',
      'assignment.taskId',
      'assignment.version',
      'assignment.unitId',
      'assignment.role',
      'assignment.nameText',
      'assignment.groupKey',
      'task.planId',
    ])
    .where('assignment.id', '=', assignmentId)
    .executeTakeFirst();
}

export async function findUnitsByIds(db: Db, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .selectFrom('unit')
    .select(['id', 'code', 'name', 'path', 'kind'])
    .where('id', 'in', ids)
    .execute();
}

/** Units a plan may name: everything under the province (first path segment) of the given path. */
export async function findProvinceUnits(db: Db, anyPathInProvince: string) {
  const root = anyPathInProvince.split('/')[1] ?? '';
  const from = `/${root}/`;
  return db
    .selectFrom('unit')
    .select(['id', 'code', 'name', 'kind', 'path'])
    .where('path', '>=', from)
    .where('path', '<', `/${root}0`)
    .where('kind', '!=', 'village')
    .execute();
}
