import type { Db } from '../db/database.ts';
import type { Actor } from '../http/actor.ts';
import { inScope } from '../http/scope.ts';

type Scope = Pick<Actor, 'scopePath'>;

/**
 * The plan's assignments in scope, with their task and unit: a few thousand rows at most, read once, so that
 * the period rows below need not repeat task titles and unit names 12 times over.
 */
export async function findDashboardAssignments(db: Db, actor: Scope, planId: string) {
  return db
    .selectFrom('task')
    .innerJoin('assignment', 'assignment.taskId', 'task.id')
    .innerJoin('unit', 'unit.id', 'assignment.unitId')
    .select([
      'assignment.id',
      'task.id as taskId',
      'task.code as taskCode',
      'task.title as taskTitle',
      'unit.id as unitId',
      'unit.name as unitName',
    ])
    .where('task.planId', '=', planId)
    .where(inScope(actor, 'unit.path'))
    .execute();
}
export type DashboardAssignment = Awaited<ReturnType<typeof findDashboardAssignments>>[number];

/**
 * Every period of the plan due in the range, in scope, narrow: what the dashboard counts and nothing else
 * (no report texts). The report's status is null when no report was started. Ordered by task, lead before
 * coordinators, unit name and due date, as the consolidation lists them. `report_period_state_idx` covers
 * the report columns, so the join never reads the report rows themselves.
 */
export async function findDashboardPeriods(
  db: Db,
  actor: Scope,
  planId: string,
  range: { from: string; to: string },
) {
  return db
    .selectFrom('task')
    .innerJoin('assignment', 'assignment.taskId', 'task.id')
    .innerJoin('unit', 'unit.id', 'assignment.unitId')
    .innerJoin('reportingPeriod', 'reportingPeriod.assignmentId', 'assignment.id')
    .leftJoin('report', 'report.periodId', 'reportingPeriod.id')
    .select([
      'reportingPeriod.id',
      'reportingPeriod.assignmentId',
      'reportingPeriod.label',
      'reportingPeriod.dueDate',
      'report.status',
      'report.progress',
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
export type DashboardPeriod = Awaited<ReturnType<typeof findDashboardPeriods>>[number];
