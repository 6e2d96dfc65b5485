import { foldText } from '../../domain/common/text.ts';
import type { PeriodListQuery, PeriodSortField } from '../../domain/reports/reports.schemas.ts';
import type { Db } from '../db/database.ts';
import type { Actor } from '../http/actor.ts';
import { inScope } from '../http/scope.ts';

type Scope = Pick<Actor, 'scopePath'>;

/** Periods joined to what they are about; scoped by the assigned unit (a unit sees only its own and below). */
function periodsInScope(db: Db, actor: Scope) {
  return db
    .selectFrom('reportingPeriod')
    .innerJoin('assignment', 'assignment.id', 'reportingPeriod.assignmentId')
    .innerJoin('task', 'task.id', 'assignment.taskId')
    .innerJoin('plan', 'plan.id', 'task.planId')
    .innerJoin('unit', 'unit.id', 'assignment.unitId')
    .leftJoin('report', 'report.periodId', 'reportingPeriod.id')
    .where(inScope(actor, 'unit.path'));
}

const periodColumns = [
  'reportingPeriod.id as periodId',
  'reportingPeriod.label',
  'reportingPeriod.periodStart',
  'reportingPeriod.periodEnd',
  'reportingPeriod.dueDate',
  'reportingPeriod.assignmentId',
  'plan.id as planId',
  'plan.number as planNumber',
  'plan.title as planTitle',
  'task.id as taskId',
  'task.code as taskCode',
  'task.title as taskTitle',
  'task.position as taskPosition',
  'assignment.role',
  'unit.id as unitId',
  'unit.code as unitCode',
  'unit.name as unitName',
  'unit.path as unitPath',
  'report.id as reportId',
  'report.status',
  'report.progress',
  'report.submittedAt',
  'report.version as reportVersion',
] as const;

/** Columns a period list sorts by; due date, task and unit follow so that pages are stable. */
const PERIOD_SORT_COLUMNS = {
  dueDate: 'reportingPeriod.dueDate',
  unit: 'unit.searchName',
  task: 'task.position',
  status: 'report.status',
  progress: 'report.progress',
} as const satisfies Record<PeriodSortField, string>;

export async function findPeriodPage(db: Db, actor: Scope, query: PeriodListQuery & { today: string }) {
  let base = periodsInScope(db, actor);
  if (query.planId) base = base.where('plan.id', '=', query.planId);
  if (query.unitId) base = base.where('unit.id', '=', query.unitId);
  if (query.taskId) base = base.where('task.id', '=', query.taskId);
  if (query.dueFrom) base = base.where('reportingPeriod.dueDate', '>=', query.dueFrom);
  if (query.dueTo) base = base.where('reportingPeriod.dueDate', '<=', query.dueTo);
  if (query.status === 'not_started') base = base.where('report.id', 'is', null);
  else if (query.status) base = base.where('report.status', '=', query.status);
  if (query.q) {
    // A task code ("1.1") or words of the unit's name, diacritics ignored.
    const q = query.q;
    base = base.where((eb) =>
      eb.or([eb('task.code', '=', q), eb('unit.searchName', 'like', `%${foldText(q)}%`)]),
    );
  }
  if (query.lateOnly) {
    base = base
      .where('reportingPeriod.dueDate', '<', query.today)
      .where((eb) => eb.or([eb('report.id', 'is', null), eb('report.status', 'in', ['draft', 'returned'])]));
  }
  const [rows, count] = await Promise.all([
    base
      .select(periodColumns)
      .orderBy(PERIOD_SORT_COLUMNS[query.sort ?? 'dueDate'], query.order ?? 'asc')
      .orderBy('reportingPeriod.dueDate')
      .orderBy('task.position')
      .orderBy('unit.searchName')
      .limit(query.limit)
      .offset(query.offset)
      .execute(),
    base.select((eb) => eb.fn.countAll<number | string>().as('total')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.total) };
}
export type PeriodRow = Awaited<ReturnType<typeof findPeriodPage>>['rows'][number];

export async function findPeriodInScope(db: Db, actor: Scope, periodId: string) {
  return periodsInScope(db, actor)
    .select(periodColumns)
    .where('reportingPeriod.id', '=', periodId)
    .executeTakeFirst();
}

export async function findPeriodOfReport(db: Db, actor: Scope, reportId: string) {
  return periodsInScope(db, actor).select(periodColumns).where('report.id', '=', reportId).executeTakeFirst();
}

export async function findReport(db: Db, reportId: string) {
  return db.selectFrom('report').selectAll().where('id', '=', reportId).executeTakeFirst();
}

export async function findIndicatorsWithValues(db: Db, taskId: string, reportId: string | null) {
  return db
    .selectFrom('indicator')
    .leftJoin('reportIndicatorValue as value', (join) =>
      join.onRef('value.indicatorId', '=', 'indicator.id').on('value.reportId', '=', reportId ?? ''),
    )
    .select([
      'indicator.id',
      'indicator.taskId',
      'indicator.name',
      'indicator.unitLabel',
      'indicator.kind',
      'value.value',
    ])
    .where('indicator.taskId', '=', taskId)
    .orderBy('indicator.position')
    .execute();
}

export async function findTransitions(db: Db, reportId: string) {
  return db
    .selectFrom('reportTransition')
    .leftJoin('appUser', 'appUser.id', 'reportTransition.userId')
    .select([
      'reportTransition.fromStatus',
      'reportTransition.toStatus',
      'reportTransition.comment',
      'reportTransition.at',
      'appUser.id as userId',
      'appUser.displayName',
    ])
    .where('reportTransition.reportId', '=', reportId)
    .orderBy('reportTransition.at')
    .execute();
}

export async function findFiles(db: Db, reportId: string) {
  return db
    .selectFrom('reportFile')
    .select(['id', 'filename', 'contentType', 'size', 'sha256', 'uploadedAt'])
    .where('reportId', '=', reportId)
    .orderBy('uploadedAt')
    .execute();
}

/** The coordinating units' parts of the same task and due date: what the lead unit writes its report from. */
export async function findCoordinatorParts(db: Db, taskId: string, dueDate: string) {
  return db
    .selectFrom('reportingPeriod')
    .innerJoin('assignment', 'assignment.id', 'reportingPeriod.assignmentId')
    .innerJoin('unit', 'unit.id', 'assignment.unitId')
    .leftJoin('report', 'report.periodId', 'reportingPeriod.id')
    .select(['unit.id', 'unit.code', 'unit.name', 'report.status', 'report.progress', 'report.done'])
    .where('assignment.taskId', '=', taskId)
    .where('assignment.role', '=', 'coordinator')
    .where('reportingPeriod.dueDate', '=', dueDate)
    .orderBy('unit.searchName')
    .execute();
}
