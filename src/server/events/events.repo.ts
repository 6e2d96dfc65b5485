import type { EventFilter, EventListQuery } from '../../domain/events/events.schemas.ts';
import type { Db } from '../db/database.ts';
import type { Actor } from '../http/actor.ts';
import { inScope } from '../http/scope.ts';

type Scope = Pick<Actor, 'scopePath'>;
export type EventFilterWithSearch = EventFilter & { folded?: string };

export const eventColumns = [
  'event.id',
  'event.kind',
  'event.title',
  'event.form',
  'event.startsOn',
  'event.endsOn',
  'event.place',
  'event.audience',
  'event.participantCount',
  'event.description',
  'event.isDemo',
  'event.createdAt',
  'event.updatedAt',
  'event.version',
  'unit.id as unitId',
  'unit.code as unitCode',
  'unit.name as unitName',
  'unit.path as unitPath',
  'task.id as taskId',
  'task.code as taskCode',
  'task.title as taskTitle',
  'plan.number as planNumber',
] as const;

/** Events organised by units in the actor's scope. */
function scopedEvents(db: Db, actor: Scope, filter: EventFilterWithSearch = {}) {
  let query = db
    .selectFrom('event')
    .innerJoin('unit', 'unit.id', 'event.unitId')
    .leftJoin('task', 'task.id', 'event.taskId')
    .leftJoin('plan', 'plan.id', 'task.planId')
    .where(inScope(actor, 'unit.path'));
  if (filter.folded) query = query.where('event.searchName', 'like', `%${filter.folded}%`);
  if (filter.kind) query = query.where('event.kind', '=', filter.kind);
  if (filter.form) query = query.where('event.form', '=', filter.form);
  if (filter.unitId) query = query.where('event.unitId', '=', filter.unitId);
  if (filter.taskId) query = query.where('event.taskId', '=', filter.taskId);
  if (filter.from) query = query.where('event.startsOn', '>=', filter.from);
  if (filter.to) query = query.where('event.startsOn', '<=', filter.to);
  return query;
}

const SORT = {
  startsOn: 'event.startsOn',
  title: 'event.searchName',
  participantCount: 'event.participantCount',
  updatedAt: 'event.updatedAt',
} as const;

export async function findEventPage(db: Db, actor: Scope, query: EventListQuery & { folded?: string }) {
  const base = scopedEvents(db, actor, query);
  const [rows, count] = await Promise.all([
    base
      .select(eventColumns)
      .select((eb) =>
        eb
          .selectFrom('eventFile')
          .select((inner) => inner.fn.countAll<number | string>().as('n'))
          .whereRef('eventFile.eventId', '=', 'event.id')
          .as('fileCount'),
      )
      .orderBy(SORT[query.sort], query.order)
      .orderBy('event.id')
      .limit(query.limit)
      .offset(query.offset)
      .execute(),
    base
      .select((eb) => [
        eb.fn.countAll<number | string>().as('total'),
        eb.fn.sum<number | string | null>('event.participantCount').as('participants'),
      ])
      .executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.total), participants: Number(count.participants ?? 0) };
}

export async function* streamEvents(
  db: Db,
  actor: Scope,
  filter: EventFilterWithSearch & Pick<EventListQuery, 'sort' | 'order'>,
) {
  for (let offset = 0; ; offset += 1000) {
    const rows = await scopedEvents(db, actor, filter)
      .select(eventColumns)
      .orderBy(SORT[filter.sort], filter.order)
      .orderBy('event.id')
      .limit(1000)
      .offset(offset)
      .execute();
    yield* rows;
    if (rows.length < 1000) return;
  }
}
export type EventRow = NonNullable<Awaited<ReturnType<typeof findScopedEvent>>>;

export async function findScopedEvent(db: Db, actor: Scope, id: string) {
  return scopedEvents(db, actor).select(eventColumns).where('event.id', '=', id).executeTakeFirst();
}

export async function findEventFiles(db: Db, eventId: string) {
  return db
    .selectFrom('eventFile')
    .select(['id', 'filename', 'contentType', 'size', 'sha256', 'uploadedAt'])
    .where('eventId', '=', eventId)
    .orderBy('uploadedAt')
    .execute();
}
