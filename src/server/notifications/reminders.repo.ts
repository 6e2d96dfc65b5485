import type { Db } from '../db/database.ts';
import { inScope } from '../http/scope.ts';

export interface OwedPeriodFilter {
  /** Periods due on or before this date. */
  dueOnOrBefore: string;
  planId?: string;
  unitId?: string;
  /** Only units in this subtree. */
  scopePath?: string;
}

/**
 * Every active user of every unit that owes a report: a period of an active plan with no report yet, or with
 * a report still in draft or returned for correction (not submitted, not accepted). One row per period × user.
 */
export async function findOwedPeriodRecipients(db: Db, filter: OwedPeriodFilter) {
  let query = db
    .selectFrom('reportingPeriod')
    .innerJoin('assignment', 'assignment.id', 'reportingPeriod.assignmentId')
    .innerJoin('unit', 'unit.id', 'assignment.unitId')
    .innerJoin('task', 'task.id', 'assignment.taskId')
    .innerJoin('plan', 'plan.id', 'task.planId')
    .innerJoin('appUser', 'appUser.unitId', 'unit.id')
    .leftJoin('report', 'report.periodId', 'reportingPeriod.id')
    .where('plan.status', '=', 'active')
    .where('appUser.active', '=', 1)
    .where('reportingPeriod.dueDate', '<=', filter.dueOnOrBefore)
    .where((eb) => eb.or([eb('report.id', 'is', null), eb('report.status', 'in', ['draft', 'returned'])]));
  if (filter.planId) query = query.where('plan.id', '=', filter.planId);
  if (filter.unitId) query = query.where('unit.id', '=', filter.unitId);
  if (filter.scopePath) query = query.where(inScope({ scopePath: filter.scopePath }, 'unit.path'));
  return query
    .select([
      'reportingPeriod.id as periodId',
      'reportingPeriod.label as periodLabel',
      'reportingPeriod.dueDate',
      'assignment.role as assignmentRole',
      'task.code as taskCode',
      'task.title as taskTitle',
      'plan.id as planId',
      'plan.number as planNumber',
      'plan.title as planTitle',
      'unit.id as unitId',
      'unit.name as unitName',
      'appUser.id as userId',
      'appUser.email',
    ])
    .orderBy('reportingPeriod.dueDate')
    .orderBy('reportingPeriod.id')
    .orderBy('appUser.id')
    .execute();
}
export type OwedPeriodRecipient = Awaited<ReturnType<typeof findOwedPeriodRecipients>>[number];
