import { addDays } from '../../domain/common/dates.ts';
import { FOLLOW_UP_DUE_SOON_DAYS } from '../../domain/inspections/constants.ts';
import type { FollowUpFilter } from '../../domain/inspections/inspections.schemas.ts';
import type { Db } from '../db/database.ts';
import type { Actor } from '../http/actor.ts';
import { isInspectionVisible } from './inspections.repo.ts';

type Scope = Pick<Actor, 'scopePath' | 'unitId'>;

/** Follow-ups joined to their finding, inspection and units; only those of inspections the actor sees. */
function visibleFollowUps(db: Db, actor: Scope) {
  return db
    .selectFrom('followUp')
    .innerJoin('inspectionFinding as finding', 'finding.id', 'followUp.findingId')
    .innerJoin('inspection', 'inspection.id', 'followUp.inspectionId')
    .innerJoin('unit as responsible', 'responsible.id', 'followUp.responsibleUnitId')
    .innerJoin('unit as inspecting', 'inspecting.id', 'inspection.inspectingUnitId')
    .innerJoin('unit as inspected', 'inspected.id', 'inspection.inspectedUnitId')
    .leftJoin('appUser as doneByUser', 'doneByUser.id', 'followUp.doneBy')
    .where((eb) => isInspectionVisible(eb, actor));
}

const followUpColumns = [
  'followUp.id',
  'followUp.findingId',
  'followUp.what',
  'followUp.dueDate',
  'followUp.state',
  'followUp.doneOn',
  'followUp.result',
  'followUp.updatedAt',
  'followUp.version',
  'followUp.responsibleUnitId',
  'responsible.code as responsibleCode',
  'responsible.name as responsibleName',
  'responsible.path as responsiblePath',
  'doneByUser.id as doneById',
  'doneByUser.displayName as doneByName',
  'finding.kind as findingKind',
  'finding.text as findingText',
  'inspection.id as inspectionId',
  'inspection.subject as inspectionSubject',
  'inspection.state as inspectionState',
  'inspection.actualDate as inspectionActualDate',
  'inspecting.id as inspectingId',
  'inspecting.code as inspectingCode',
  'inspecting.name as inspectingName',
  'inspecting.path as inspectingPath',
  'inspected.id as inspectedId',
  'inspected.path as inspectedPath',
] as const;

export async function findFollowUpsOfInspection(db: Db, actor: Scope, inspectionId: string) {
  return visibleFollowUps(db, actor)
    .select(followUpColumns)
    .where('followUp.inspectionId', '=', inspectionId)
    .orderBy('followUp.dueDate')
    .orderBy('followUp.createdAt')
    .execute();
}
export type FollowUpRow = Awaited<ReturnType<typeof findFollowUpsOfInspection>>[number];

export async function findVisibleFollowUp(db: Db, actor: Scope, id: string) {
  return visibleFollowUps(db, actor).select(followUpColumns).where('followUp.id', '=', id).executeTakeFirst();
}

function filtered(db: Db, actor: Scope, filter: FollowUpFilter & { today: string }) {
  let query = visibleFollowUps(db, actor);
  if (filter.scope === 'unit') query = query.where('followUp.responsibleUnitId', '=', actor.unitId);
  if (filter.state === 'done') query = query.where('followUp.state', '=', 'done');
  if (filter.state === 'open') query = query.where('followUp.state', '=', 'open');
  if (filter.state === 'overdue')
    query = query.where('followUp.state', '=', 'open').where('followUp.dueDate', '<', filter.today);
  if (filter.state === 'due_soon')
    query = query
      .where('followUp.state', '=', 'open')
      .where('followUp.dueDate', '>=', filter.today)
      .where('followUp.dueDate', '<=', addDays(filter.today, FOLLOW_UP_DUE_SOON_DAYS));
  return query;
}

function sorted(db: Db, actor: Scope, filter: FollowUpFilter & { today: string }) {
  const query = filtered(db, actor, filter).select(followUpColumns);
  return filter.sort === 'updatedAt'
    ? query.orderBy('followUp.updatedAt', filter.order).orderBy('followUp.id')
    : query.orderBy('followUp.dueDate', filter.order).orderBy('followUp.id');
}

export async function findFollowUpPage(
  db: Db,
  actor: Scope,
  filter: FollowUpFilter & { today: string; limit: number; offset: number },
) {
  const [rows, count] = await Promise.all([
    sorted(db, actor, filter).limit(filter.limit).offset(filter.offset).execute(),
    filtered(db, actor, filter)
      .select((eb) => eb.fn.countAll<number | string>().as('total'))
      .executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.total) };
}

export async function* streamFollowUps(
  db: Db,
  actor: Scope,
  filter: FollowUpFilter & { today: string },
  batchSize = 1000,
) {
  for (let offset = 0; ; offset += batchSize) {
    const rows = await sorted(db, actor, filter).limit(batchSize).offset(offset).execute();
    yield* rows;
    if (rows.length < batchSize) return;
  }
}

export async function countDoneFollowUpsOfFinding(db: Db, findingId: string): Promise<number> {
  const row = await db
    .selectFrom('followUp')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('findingId', '=', findingId)
    .where('state', '=', 'done')
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
