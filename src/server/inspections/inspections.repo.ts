import type { Expression, ExpressionBuilder, SqlBool } from 'kysely';
import type { InspectionFilter } from '../../domain/inspections/inspections.schemas.ts';
import type { Db } from '../db/database.ts';
import type { Database } from '../db/schema.ts';
import type { Actor } from '../http/actor.ts';
import { inScope } from '../http/scope.ts';

type Scope = Pick<Actor, 'scopePath'>;
type Joined = Database & { inspecting: Database['unit']; inspected: Database['unit'] };

/**
 * An inspection is visible to whoever's scope covers the inspecting unit or the inspected unit, or the unit
 * responsible for one of its follow-ups (a commune asked to act after the inspection of its district).
 */
export function isInspectionVisible(
  eb: ExpressionBuilder<Joined, 'inspection' | 'inspecting' | 'inspected'>,
  actor: Scope,
): Expression<SqlBool> {
  return eb.or([
    inScope(actor, 'inspecting.path'),
    inScope(actor, 'inspected.path'),
    eb.exists(
      eb
        .selectFrom('followUp as visibleFollowUp')
        .innerJoin('unit as responsible', 'responsible.id', 'visibleFollowUp.responsibleUnitId')
        .select('visibleFollowUp.id')
        .whereRef('visibleFollowUp.inspectionId', '=', 'inspection.id')
        .where(inScope(actor, 'responsible.path')),
    ),
  ]);
}

function visibleInspections(db: Db, actor: Scope) {
  return db
    .selectFrom('inspection')
    .innerJoin('unit as inspecting', 'inspecting.id', 'inspection.inspectingUnitId')
    .innerJoin('unit as inspected', 'inspected.id', 'inspection.inspectedUnitId')
    .innerJoin('plan', 'plan.id', 'inspection.planId')
    .leftJoin('task', 'task.id', 'inspection.taskId')
    .where((eb) => isInspectionVisible(eb, actor));
}

const summaryColumns = [
  'inspection.id',
  'inspection.subject',
  'inspection.state',
  'inspection.plannedFrom',
  'inspection.plannedTo',
  'inspection.actualDate',
  'inspection.decisionNumber',
  'inspection.decisionDate',
  'inspection.conclusionNumber',
  'inspection.updatedAt',
  'inspection.version',
  'inspecting.id as inspectingId',
  'inspecting.code as inspectingCode',
  'inspecting.name as inspectingName',
  'inspecting.path as inspectingPath',
  'inspected.id as inspectedId',
  'inspected.code as inspectedCode',
  'inspected.name as inspectedName',
  'inspected.path as inspectedPath',
  'plan.id as planId',
  'plan.number as planNumber',
  'plan.title as planTitle',
  'task.id as taskId',
  'task.code as taskCode',
  'task.title as taskTitle',
] as const;

/** The list's filters; `unitPath` is the chosen unit's path (its subtree is inspected). */
export type InspectionRepoFilter = Omit<InspectionFilter, 'unitId' | 'q'> & {
  folded?: string;
  unitPath?: string;
  today: string;
};

function filtered(db: Db, actor: Scope, filter: InspectionRepoFilter) {
  let query = visibleInspections(db, actor);
  if (filter.folded) query = query.where('inspection.searchText', 'like', `%${filter.folded}%`);
  if (filter.state) query = query.where('inspection.state', '=', filter.state);
  if (filter.planId) query = query.where('inspection.planId', '=', filter.planId);
  if (filter.unitPath) query = query.where(inScope({ scopePath: filter.unitPath }, 'inspected.path'));
  if (filter.from)
    query = query.where((eb) =>
      eb(eb.fn.coalesce('inspection.actualDate', 'inspection.plannedFrom'), '>=', filter.from ?? ''),
    );
  if (filter.to)
    query = query.where((eb) =>
      eb(eb.fn.coalesce('inspection.actualDate', 'inspection.plannedFrom'), '<=', filter.to ?? ''),
    );
  return query;
}

function withCounts(db: Db, actor: Scope, filter: InspectionRepoFilter) {
  return filtered(db, actor, filter)
    .select(summaryColumns)
    .select((eb) => [
      eb
        .selectFrom('inspectionFinding')
        .select((sub) => sub.fn.countAll<number | string>().as('n'))
        .whereRef('inspectionFinding.inspectionId', '=', 'inspection.id')
        .as('findingCount'),
      eb
        .selectFrom('followUp')
        .select((sub) => sub.fn.countAll<number | string>().as('n'))
        .whereRef('followUp.inspectionId', '=', 'inspection.id')
        .where('followUp.state', '=', 'open')
        .as('openFollowUpCount'),
      eb
        .selectFrom('followUp')
        .select((sub) => sub.fn.countAll<number | string>().as('n'))
        .whereRef('followUp.inspectionId', '=', 'inspection.id')
        .where('followUp.state', '=', 'open')
        .where('followUp.dueDate', '<', filter.today)
        .as('overdueFollowUpCount'),
    ]);
}

function sorted(db: Db, actor: Scope, filter: InspectionRepoFilter) {
  const query = withCounts(db, actor, filter);
  const order = filter.order;
  switch (filter.sort) {
    case 'subject':
      return query.orderBy('inspection.subject', order).orderBy('inspection.id');
    case 'inspectedUnit':
      return query
        .orderBy('inspected.searchName', order)
        .orderBy('inspection.plannedFrom', 'desc')
        .orderBy('inspection.id');
    case 'state':
      return query
        .orderBy('inspection.state', order)
        .orderBy('inspection.plannedFrom', 'desc')
        .orderBy('inspection.id');
    case 'updatedAt':
      return query.orderBy('inspection.updatedAt', order).orderBy('inspection.id');
    default:
      return query
        .orderBy((eb) => eb.fn.coalesce('inspection.actualDate', 'inspection.plannedFrom'), order)
        .orderBy('inspection.id');
  }
}

export async function findInspectionPage(
  db: Db,
  actor: Scope,
  filter: InspectionRepoFilter & { limit: number; offset: number },
) {
  const [rows, count] = await Promise.all([
    sorted(db, actor, filter).limit(filter.limit).offset(filter.offset).execute(),
    filtered(db, actor, filter)
      .select((eb) => eb.fn.countAll<number | string>().as('total'))
      .executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.total) };
}
export type InspectionSummaryRow = Awaited<ReturnType<typeof findInspectionPage>>['rows'][number];

/** For exports: every matching inspection in batches, so memory stays flat. */
export async function* streamInspections(
  db: Db,
  actor: Scope,
  filter: InspectionRepoFilter,
  batchSize = 1000,
) {
  for (let offset = 0; ; offset += batchSize) {
    const rows = await sorted(db, actor, filter).limit(batchSize).offset(offset).execute();
    yield* rows;
    if (rows.length < batchSize) return;
  }
}

/** One visible inspection with everything the detail page shows, or undefined (missing or out of scope). */
export async function findVisibleInspection(db: Db, actor: Scope, id: string, today: string) {
  return withCounts(db, actor, { today, sort: 'date', order: 'desc' })
    .leftJoin('appUser as author', 'author.id', 'inspection.createdBy')
    .select([
      'inspection.content',
      'inspection.team',
      'inspection.conclusion',
      'inspection.cancelReason',
      'inspection.createdAt',
      'inspection.searchText',
      'author.id as authorId',
      'author.displayName as authorName',
    ])
    .where('inspection.id', '=', id)
    .executeTakeFirst();
}
export type InspectionRow = NonNullable<Awaited<ReturnType<typeof findVisibleInspection>>>;

export async function findFindings(db: Db, inspectionId: string) {
  return db
    .selectFrom('inspectionFinding')
    .select(['id', 'kind', 'text', 'position', 'version'])
    .where('inspectionId', '=', inspectionId)
    .orderBy('position')
    .execute();
}

export async function findNextFindingPosition(db: Db, inspectionId: string): Promise<number> {
  const row = await db
    .selectFrom('inspectionFinding')
    .select((eb) => eb.fn.max('position').as('last'))
    .where('inspectionId', '=', inspectionId)
    .executeTakeFirst();
  return row?.last === null || row?.last === undefined ? 0 : Number(row.last) + 1;
}

export async function findUnit(db: Db, id: string) {
  return db
    .selectFrom('unit')
    .select(['id', 'code', 'name', 'path', 'kind'])
    .where('id', '=', id)
    .executeTakeFirst();
}
export type UnitRow = NonNullable<Awaited<ReturnType<typeof findUnit>>>;

/** Units in the actor's scope (and under `withinPath` when given) whose folded name holds the text. */
export async function findUnitOptions(
  db: Db,
  actor: Scope,
  options: { folded?: string; withinPath?: string },
) {
  let query = db
    .selectFrom('unit')
    .select(['id', 'code', 'name', 'kind'])
    .where(inScope(actor, 'unit.path'))
    .where('kind', '!=', 'village');
  if (options.withinPath) query = query.where(inScope({ scopePath: options.withinPath }, 'unit.path'));
  if (options.folded) query = query.where('searchName', 'like', `%${options.folded}%`);
  return query.orderBy('depth').orderBy('searchName').limit(30).execute();
}
