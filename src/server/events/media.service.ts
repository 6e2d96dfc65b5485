import { randomUUID } from 'node:crypto';
import { foldText } from '../../domain/common/text.ts';
import type {
  MediaCreate,
  MediaFilter,
  MediaItem,
  MediaListQuery,
  MediaSummary,
  MediaUpdate,
} from '../../domain/events/media.schemas.ts';
import { type AuditActor, recordAudit } from '../audit/audit.service.ts';
import type { Db } from '../db/database.ts';
import type { Actor } from '../http/actor.ts';
import { AppError, conflict, notFound } from '../http/errors.ts';
import { requireLinkedTask, requireRecordingUnit } from './linked-task.ts';
import { findMediaCounts, findMediaPage, findScopedMedia, type MediaRow, streamMedia } from './media.repo.ts';

const MEDIA_NOT_FOUND = { vi: 'Không tìm thấy tin, bài.', en: 'Media item not found.' };

const canRecord = (actor: Actor) => actor.role !== 'leader';

function toMediaItem(row: MediaRow, actor: Actor): MediaItem {
  return {
    id: row.id,
    kind: row.kind,
    unit: { id: row.unitId, code: row.unitCode, name: row.unitName },
    channel: row.channel,
    title: row.title,
    publishedOn: row.publishedOn,
    month: row.month,
    url: row.url,
    task:
      row.taskId && row.taskCode && row.taskTitle
        ? { id: row.taskId, code: row.taskCode, title: row.taskTitle, planNumber: row.planNumber }
        : null,
    note: row.note,
    isDemo: row.isDemo === 1,
    canEdit: canRecord(actor),
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    version: row.version,
  };
}

const searchNameOf = (input: { title: string; channel?: string | null }) =>
  foldText(`${input.title} ${input.channel ?? ''}`);

export async function listMedia(db: Db, actor: Actor, query: MediaListQuery) {
  const { rows, total } = await findMediaPage(db, actor, {
    ...query,
    folded: query.q ? foldText(query.q) : undefined,
  });
  return { items: rows.map((row) => toMediaItem(row, actor)), total };
}

export async function* exportMedia(
  db: Db,
  actor: Actor,
  filter: MediaFilter & Pick<MediaListQuery, 'sort' | 'order'>,
): AsyncIterable<MediaItem> {
  const folded = filter.q ? foldText(filter.q) : undefined;
  for await (const row of streamMedia(db, actor, { ...filter, folded })) yield toMediaItem(row, actor);
}

/** Items per outlet and month of a year (SPEC §6: "by outlet and month"). */
export async function summariseMedia(
  db: Db,
  actor: Actor,
  query: { year: number; kind?: MediaFilter['kind']; taskId?: string },
): Promise<MediaSummary> {
  const rows = await findMediaCounts(db, actor, query);
  const months = Array.from(
    { length: 12 },
    (_, index) => `${query.year}-${String(index + 1).padStart(2, '0')}`,
  );
  const byUnit = new Map<string, MediaSummary['rows'][number]>();
  for (const row of rows) {
    const entry = byUnit.get(row.unitId) ?? {
      unit: { id: row.unitId, code: row.unitCode, name: row.unitName },
      counts: months.map(() => 0),
      total: 0,
    };
    const index = months.indexOf(row.month);
    if (index >= 0) entry.counts[index] = Number(row.count);
    entry.total += Number(row.count);
    byUnit.set(row.unitId, entry);
  }
  return { months, rows: [...byUnit.values()] };
}

export async function getMedia(db: Db, actor: Actor, id: string): Promise<MediaItem> {
  const row = await findScopedMedia(db, actor, id);
  if (!row) throw notFound(MEDIA_NOT_FOUND);
  return toMediaItem(row, actor);
}

/** Writes one item (API and demo loader). */
export async function insertMedia(
  db: Db,
  actor: AuditActor,
  input: Omit<MediaCreate, 'unitId'> & { unitId: string },
  options: { isDemo?: boolean } = {},
) {
  const id = randomUUID();
  const values = {
    unitId: input.unitId,
    kind: input.kind,
    channel: input.channel ?? null,
    title: input.title,
    publishedOn: input.publishedOn,
    month: input.publishedOn.slice(0, 7),
    url: input.url ?? null,
    taskId: input.taskId ?? null,
    note: input.note ?? null,
  };
  await db
    .insertInto('mediaItem')
    .values({
      id,
      ...values,
      searchName: searchNameOf(input),
      isDemo: options.isDemo ? 1 : 0,
      createdBy: actor.userId,
      updatedBy: actor.userId,
      createdAt: actor.now,
      updatedAt: actor.now,
    })
    .execute();
  await recordAudit(db, actor, { action: 'create', entity: 'media_item', entityId: id, after: values });
  return id;
}

export async function createMedia(db: Db, actor: Actor, input: MediaCreate): Promise<MediaItem> {
  if (!canRecord(actor)) throw new AppError('FORBIDDEN');
  const unit = await requireRecordingUnit(db, actor, input.unitId);
  if (input.taskId) await requireLinkedTask(db, actor, input.taskId);
  const id = await db.transaction().execute((trx) => insertMedia(trx, actor, { ...input, unitId: unit.id }));
  return getMedia(db, actor, id);
}

async function requireEditableMedia(db: Db, actor: Actor, id: string) {
  const row = await findScopedMedia(db, actor, id);
  if (!row) throw notFound(MEDIA_NOT_FOUND);
  if (!canRecord(actor)) throw new AppError('FORBIDDEN');
  return row;
}

export async function updateMedia(db: Db, actor: Actor, id: string, input: MediaUpdate): Promise<MediaItem> {
  const row = await requireEditableMedia(db, actor, id);
  const { version, ...changes } = input;
  if (changes.taskId) await requireLinkedTask(db, actor, changes.taskId);
  const next = { ...row, ...changes };
  await db.transaction().execute(async (trx) => {
    const result = await trx
      .updateTable('mediaItem')
      .set({
        ...changes,
        month: next.publishedOn.slice(0, 7),
        searchName: searchNameOf(next),
        updatedBy: actor.userId,
        updatedAt: actor.now,
        version: version + 1,
      })
      .where('id', '=', id)
      .where('version', '=', version)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) throw conflict();
    await recordAudit(trx, actor, {
      action: 'update',
      entity: 'media_item',
      entityId: id,
      before: toMediaItem(row, actor),
      after: changes,
    });
  });
  return getMedia(db, actor, id);
}

export async function deleteMedia(db: Db, actor: Actor, id: string): Promise<void> {
  const row = await requireEditableMedia(db, actor, id);
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('mediaItem').where('id', '=', id).execute();
    await recordAudit(trx, actor, {
      action: 'delete',
      entity: 'media_item',
      entityId: id,
      before: toMediaItem(row, actor),
    });
  });
}
