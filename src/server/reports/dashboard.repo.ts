import { type RawBuilder, type SqlBool, sql } from 'kysely';
import type { Db } from '../db/database.ts';
import type { Actor } from '../http/actor.ts';
import { inScope } from '../http/scope.ts';

type Scope = Pick<Actor, 'scopePath'>;
type Range = { from: string; to: string };

/**
 * Counts are made by the database (a province-wide plan has tens of thousands of periods); only a few thousand
 * narrow rows come back: one per assignment, one per month, one heat cell per assignment, the first 50 late
 * and due-soon periods. `report_period_state_idx` covers the report columns, so the joins never read report
 * rows with their long texts.
 */
function periodsInScope(db: Db, actor: Scope, planId: string, range: Range) {
  return db
    .selectFrom('task')
    .innerJoin('assignment', 'assignment.taskId', 'task.id')
    .innerJoin('unit', 'unit.id', 'assignment.unitId')
    .innerJoin('reportingPeriod', 'reportingPeriod.assignmentId', 'assignment.id')
    .leftJoin('report', 'report.periodId', 'reportingPeriod.id')
    .where('task.planId', '=', planId)
    .where('reportingPeriod.dueDate', '>=', range.from)
    .where('reportingPeriod.dueDate', '<=', range.to)
    .where(inScope(actor, 'unit.path'));
}

/** Still owed: no report, or one being written or returned (`isOwed` of domain/reports/reports.schemas.ts). */
const OWED = sql<SqlBool>`(report.status is null or report.status in ('draft', 'returned'))`;
const countWhen = (condition: RawBuilder<unknown>) =>
  sql<number | string>`sum(case when ${condition} then 1 else 0 end)`;
const numberOf = (value: number | string | null) => Number(value ?? 0);

/** The plan's assignments in scope, with their task and unit, in the order the dashboard lists them. */
export async function findDashboardAssignments(db: Db, actor: Scope, planId: string) {
  return (
    db
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
      .orderBy('task.position')
      .orderBy('assignment.role', 'desc')
      .orderBy('unit.searchName')
      // Two units of one name (a ward in two districts) in the tree's order.
      .orderBy('unit.path')
      .execute()
  );
}
export type DashboardAssignment = Awaited<ReturnType<typeof findDashboardAssignments>>[number];

/** Per assignment: its periods in the range by state, late and due soon, and the progress of its reports. */
export async function findAssignmentCounts(
  db: Db,
  actor: Scope,
  planId: string,
  range: Range,
  days: { today: string; soon: string },
) {
  const rows = await periodsInScope(db, actor, planId, range)
    .select([
      'reportingPeriod.assignmentId',
      sql<number | string>`count(*)`.as('periods'),
      countWhen(sql`report.status is null`).as('notStarted'),
      countWhen(sql`report.status = 'draft'`).as('draft'),
      countWhen(sql`report.status = 'submitted'`).as('submitted'),
      countWhen(sql`report.status = 'returned'`).as('returned'),
      countWhen(sql`report.status = 'accepted'`).as('accepted'),
      countWhen(sql`${OWED} and reporting_period.due_date < ${days.today}`).as('late'),
      countWhen(
        sql`${OWED} and reporting_period.due_date >= ${days.today} and reporting_period.due_date <= ${days.soon}`,
      ).as('dueSoon'),
      sql<number | string | null>`sum(report.progress)`.as('progressSum'),
      sql<number | string>`count(report.id)`.as('reports'),
    ])
    .groupBy('reportingPeriod.assignmentId')
    .execute();
  return rows.map((row) => ({
    assignmentId: row.assignmentId,
    periods: numberOf(row.periods),
    notStarted: numberOf(row.notStarted),
    draft: numberOf(row.draft),
    submitted: numberOf(row.submitted),
    returned: numberOf(row.returned),
    accepted: numberOf(row.accepted),
    late: numberOf(row.late),
    dueSoon: numberOf(row.dueSoon),
    progressSum: numberOf(row.progressSum),
    reports: numberOf(row.reports),
  }));
}
export type AssignmentCounts = Awaited<ReturnType<typeof findAssignmentCounts>>[number];

/** Per month of due date: periods due, submitted (or accepted) and accepted. */
export async function findMonthCounts(db: Db, actor: Scope, planId: string, range: Range) {
  const month = sql<string>`substr(reporting_period.due_date, 1, 7)`;
  const rows = await periodsInScope(db, actor, planId, range)
    .select([
      month.as('month'),
      sql<number | string>`count(*)`.as('due'),
      countWhen(sql`report.status in ('submitted', 'accepted')`).as('submitted'),
      countWhen(sql`report.status = 'accepted'`).as('accepted'),
    ])
    .groupBy(month)
    .orderBy(month)
    .execute();
  return rows.map((row) => ({
    month: row.month,
    due: numberOf(row.due),
    submitted: numberOf(row.submitted),
    accepted: numberOf(row.accepted),
  }));
}

/** Each assignment's latest period in the range, with its report's state: the cells of the heat table. */
export async function findLatestPeriods(db: Db, actor: Scope, planId: string, range: Range) {
  return periodsInScope(db, actor, planId, range)
    .select([
      'reportingPeriod.id',
      'reportingPeriod.assignmentId',
      'reportingPeriod.dueDate',
      'report.status',
      'report.progress',
    ])
    .where(
      'reportingPeriod.dueDate',
      '=',
      sql<string>`(select max(latest.due_date) from reporting_period latest
        where latest.assignment_id = reporting_period.assignment_id
        and latest.due_date >= ${range.from} and latest.due_date <= ${range.to})`,
    )
    .execute();
}
export type LatestPeriod = Awaited<ReturnType<typeof findLatestPeriods>>[number];

/**
 * The first `limit` owed periods due before `before` (late) or within [from, to] (due soon), oldest first; ties
 * in the order of the task, lead before coordinators, and the unit's name.
 */
export async function findOwedPeriods(
  db: Db,
  actor: Scope,
  planId: string,
  range: Range,
  due: { from?: string; to: string; before?: boolean },
  limit: number,
) {
  let query = periodsInScope(db, actor, planId, range)
    .select([
      'reportingPeriod.id',
      'reportingPeriod.assignmentId',
      'reportingPeriod.label',
      'reportingPeriod.dueDate',
      'report.status',
    ])
    .where(OWED);
  query = due.before
    ? query.where('reportingPeriod.dueDate', '<', due.to)
    : query.where('reportingPeriod.dueDate', '<=', due.to);
  if (due.from) query = query.where('reportingPeriod.dueDate', '>=', due.from);
  return query
    .orderBy('reportingPeriod.dueDate')
    .orderBy('task.position')
    .orderBy('assignment.role', 'desc')
    .orderBy('unit.searchName')
    .orderBy('unit.path')
    .limit(limit)
    .execute();
}
export type OwedPeriod = Awaited<ReturnType<typeof findOwedPeriods>>[number];
