import type { Db } from '../db/database.ts';
import type { Actor } from '../http/actor.ts';
import { inScope } from '../http/scope.ts';

type Scope = Pick<Actor, 'scopePath'>;

/** Every period of a plan due in the range, with its report and unit: the rows a consolidation is made of. */
export async function findPlanPeriodRows(
  db: Db,
  actor: Scope,
  planId: string,
  range: { from: string; to: string },
) {
  return db
    .selectFrom('reportingPeriod')
    .innerJoin('assignment', 'assignment.id', 'reportingPeriod.assignmentId')
    .innerJoin('task', 'task.id', 'assignment.taskId')
    .innerJoin('unit', 'unit.id', 'assignment.unitId')
    .leftJoin('report', 'report.periodId', 'reportingPeriod.id')
    .select([
      'reportingPeriod.id as periodId',
      'reportingPeriod.label',
      'reportingPeriod.dueDate',
      'task.id as taskId',
      'task.code as taskCode',
      'task.title as taskTitle',
      'task.position as taskPosition',
      'assignment.role',
      'unit.id as unitId',
      'unit.name as unitName',
      'unit.searchName as unitSearchName',
      'report.id as reportId',
      'report.status',
      'report.progress',
      'report.done',
      'report.difficulties',
      'report.proposals',
      'report.submittedAt',
    ])
    .where('task.planId', '=', planId)
    .where('reportingPeriod.dueDate', '>=', range.from)
    .where('reportingPeriod.dueDate', '<=', range.to)
    .where(inScope(actor, 'unit.path'))
    .orderBy('task.position')
    .orderBy('assignment.role', 'desc')
    .orderBy('unit.searchName')
    .orderBy('reportingPeriod.dueDate')
    .execute();
}
export type PlanPeriodRow = Awaited<ReturnType<typeof findPlanPeriodRows>>[number];

export async function findIndicatorValues(db: Db, planId: string) {
  return db
    .selectFrom('indicator')
    .innerJoin('task', 'task.id', 'indicator.taskId')
    .leftJoin('reportIndicatorValue as value', 'value.indicatorId', 'indicator.id')
    .select([
      'indicator.id',
      'indicator.taskId',
      'indicator.name',
      'indicator.unitLabel',
      'indicator.kind',
      'value.reportId',
      'value.value',
    ])
    .where('task.planId', '=', planId)
    .orderBy('indicator.position')
    .execute();
}

/** Difficulties of the plan's reports: those raised in the range, and those still open from before it. */
export async function findPlanDifficulties(
  db: Db,
  actor: Scope,
  planId: string,
  range: { from: string; to: string },
) {
  return db
    .selectFrom('difficulty')
    .innerJoin('report', 'report.id', 'difficulty.reportId')
    .innerJoin('reportingPeriod', 'reportingPeriod.id', 'report.periodId')
    .innerJoin('assignment', 'assignment.id', 'reportingPeriod.assignmentId')
    .innerJoin('task', 'task.id', 'assignment.taskId')
    .innerJoin('unit', 'unit.id', 'assignment.unitId')
    .select([
      'difficulty.id',
      'difficulty.text',
      'difficulty.state',
      'difficulty.answer',
      'task.code as taskCode',
      'task.position',
      'unit.name as unitName',
      'reportingPeriod.dueDate',
    ])
    .where('task.planId', '=', planId)
    .where(inScope(actor, 'unit.path'))
    .where('reportingPeriod.dueDate', '<=', range.to)
    .where((eb) =>
      eb.or([eb('reportingPeriod.dueDate', '>=', range.from), eb('difficulty.state', '=', 'open')]),
    )
    .orderBy('task.position')
    .orderBy('unit.searchName')
    .execute();
}
