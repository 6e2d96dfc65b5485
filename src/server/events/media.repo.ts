import type { MediaFilter, MediaListQuery } from '../../domain/events/media.schemas.ts';
import type { Db } from '../db/database.ts';
import type { Actor } from '../http/actor.ts';
import { inScope } from '../http/scope.ts';

type Scope = Pick<Actor, 'scopePath'>;
export type MediaFilterWithSearch = MediaFilter & { folded?: string };

export const mediaColumns = [
  'mediaItem.id',
  'mediaItem.kind',
  'mediaItem.channel',
  'mediaItem.title',
  'mediaItem.publishedOn',
  'mediaItem.month',
  'mediaItem.url',
  'mediaItem.note',
  'mediaItem.isDemo',
  'mediaItem.createdAt',
  'mediaItem.updatedAt',
  'mediaItem.version',
  'unit.id as unitId',
  'unit.code as unitCode',
  'unit.name as unitName',
  'task.id as taskId',
  'task.code as taskCode',
  'task.title as taskTitle',
  'plan.number as planNumber',
] as const;

/** Items published by outlets (units) in the actor's scope. */
export function scopedMedia(db: Db, actor: Scope, filter: MediaFilterWithSearch = {}) {
  let query = db
    .selectFrom('mediaItem')
    .innerJoin('unit', 'unit.id', 'mediaItem.unitId')
    .leftJoin('task', 'task.id', 'mediaItem.taskId')
    .leftJoin('plan', 'plan.id', 'task.planId')
    .where(inScope(actor, 'unit.path'));
  if (filter.folded) query = query.where('mediaItem.searchName', 'like', `%${filter.folded}%`);
  if (filter.kind) query = query.where('mediaItem.kind', '=', filter.kind);
  if (filter.unitId) query = query.where('mediaItem.unitId', '=', filter.unitId);
  if (filter.taskId) query = query.where('mediaItem.taskId', '=', filter.taskId);
  if (filter.month) query = query.where('mediaItem.month', '=', filter.month);
  if (filter.from) query = query.where('mediaItem.publishedOn', '>=', filter.from);
  if (filter.to) query = query.where('mediaItem.publishedOn', '<=', filter.to);
  return query;
}

const SORT = {
  publishedOn: 'mediaItem.publishedOn',
  title: 'mediaItem.searchName',
  updatedAt: 'mediaItem.updatedAt',
} as const;

export async function findMediaPage(db: Db, actor: Scope, query: MediaListQuery & { folded?: string }) {
  const base = scopedMedia(db, actor, query);
  const [rows, count] = await Promise.all([
    base
      .select(mediaColumns)
      .orderBy(SORT[query.sort], query.order)
      .orderBy('mediaItem.id')
      .limit(query.limit)
      .offset(query.offset)
      .execute(),
    base.select((eb) => eb.fn.countAll<number | string>().as('total')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.total) };
}
export type MediaRow = Awaited<ReturnType<typeof findMediaPage>>['rows'][number];

export async function* streamMedia(
  db: Db,
  actor: Scope,
  filter: MediaFilterWithSearch & Pick<MediaListQuery, 'sort' | 'order'>,
) {
  for (let offset = 0; ; offset += 1000) {
    const rows = await scopedMedia(db, actor, filter)
      .select(mediaColumns)
      .orderBy(SORT[filter.sort], filter.order)
      .orderBy('mediaItem.id')
      .limit(1000)
      .offset(offset)
      .execute();
    yield* rows;
    if (rows.length < 1000) return;
  }
}

export async function findScopedMedia(db: Db, actor: Scope, id: string) {
  return scopedMedia(db, actor).select(mediaColumns).where('mediaItem.id', '=', id).executeTakeFirst();
}

/** Counts by outlet and month of one year: the by-outlet, by-month table. */
export async function findMediaCounts(
  db: Db,
  actor: Scope,
  filter: { year: number; kind?: MediaFilter['kind']; taskId?: string },
) {
  const query = scopedMedia(db, actor, { kind: filter.kind, taskId: filter.taskId })
    .where('mediaItem.month', '>=', `${filter.year}-01`)
    .where('mediaItem.month', '<=', `${filter.year}-12`);
  return query
    .select((eb) => [
      'unit.id as unitId',
      'unit.code as unitCode',
      'unit.name as unitName',
      'mediaItem.month',
      eb.fn.countAll<number | string>().as('count'),
    ])
    .groupBy(['unit.id', 'unit.code', 'unit.name', 'unit.searchName', 'mediaItem.month'])
    .orderBy('unit.searchName')
    .execute();
}
