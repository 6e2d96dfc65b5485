import { randomUUID } from 'node:crypto';
import { foldText } from '../../domain/common/text.ts';
import type {
  Event,
  EventCreate,
  EventFile,
  EventFilter,
  EventListQuery,
  EventSummary,
  EventUpdate,
} from '../../domain/events/events.schemas.ts';
import { type AuditActor, recordAudit } from '../audit/audit.service.ts';
import type { Db } from '../db/database.ts';
import type { Actor } from '../http/actor.ts';
import { AppError, conflict, notFound } from '../http/errors.ts';
import { readStoredFile, removeStoredFile, storeEvidenceFile } from '../http/file-store.ts';
import type { UploadedFile } from '../http/uploads.ts';
import {
  type EventRow,
  findEventFiles,
  findEventPage,
  findScopedEvent,
  streamEvents,
} from './events.repo.ts';
import { deleteEventTrainings, syncTrainingWithEvent } from './attendance.service.ts';
import { requireLinkedTask, requireRecordingUnit } from './linked-task.ts';

const EVENT_NOT_FOUND = { vi: 'Không tìm thấy sự kiện.', en: 'Event not found.' };
const FILE_NOT_FOUND = { vi: 'Không tìm thấy tệp.', en: 'File not found.' };

/** Leaders read; every other role records the events of units in its scope (SPEC §1, §6). */
const canRecord = (actor: Actor) => actor.role !== 'leader';

function toSummaryFields(row: EventRow, actor: Actor) {
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    unit: { id: row.unitId, code: row.unitCode, name: row.unitName },
    task:
      row.taskId && row.taskCode && row.taskTitle
        ? { id: row.taskId, code: row.taskCode, title: row.taskTitle, planNumber: row.planNumber }
        : null,
    form: row.form,
    startsOn: row.startsOn,
    endsOn: row.endsOn,
    place: row.place,
    audience: row.audience,
    participantCount: row.participantCount,
    isDemo: row.isDemo === 1,
    canEdit: canRecord(actor),
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    version: row.version,
  };
}

const searchNameOf = (input: { title: string; place?: string | null; audience?: string | null }) =>
  foldText(`${input.title} ${input.place ?? ''} ${input.audience ?? ''}`);

export async function listEvents(db: Db, actor: Actor, query: EventListQuery) {
  const { rows, total, participants } = await findEventPage(db, actor, {
    ...query,
    folded: query.q ? foldText(query.q) : undefined,
  });
  const items: EventSummary[] = rows.map((row) => ({
    ...toSummaryFields(row, actor),
    fileCount: Number(row.fileCount ?? 0),
  }));
  return { items, total, participants };
}

export async function* exportEvents(
  db: Db,
  actor: Actor,
  filter: EventFilter & Pick<EventListQuery, 'sort' | 'order'>,
): AsyncIterable<ReturnType<typeof toSummaryFields>> {
  const folded = filter.q ? foldText(filter.q) : undefined;
  for await (const row of streamEvents(db, actor, { ...filter, folded })) yield toSummaryFields(row, actor);
}

export async function getEvent(db: Db, actor: Actor, id: string): Promise<Event> {
  const row = await findScopedEvent(db, actor, id);
  if (!row) throw notFound(EVENT_NOT_FOUND);
  return {
    ...toSummaryFields(row, actor),
    description: row.description,
    files: await findEventFiles(db, id),
  };
}

type NewEvent = Omit<EventCreate, 'unitId'> & { unitId: string };

/** Writes one event (API and demo loader). */
export async function insertEvent(
  db: Db,
  actor: AuditActor,
  input: NewEvent,
  options: { isDemo?: boolean } = {},
) {
  const id = randomUUID();
  const values = {
    unitId: input.unitId,
    kind: input.kind,
    title: input.title,
    taskId: input.taskId ?? null,
    form: input.form,
    startsOn: input.startsOn,
    endsOn: input.endsOn,
    place: input.place ?? null,
    audience: input.audience ?? null,
    participantCount: input.participantCount,
    description: input.description ?? null,
  };
  await db
    .insertInto('event')
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
  await recordAudit(db, actor, { action: 'create', entity: 'event', entityId: id, after: values });
  return id;
}

export async function createEvent(db: Db, actor: Actor, input: EventCreate): Promise<Event> {
  if (!canRecord(actor)) throw new AppError('FORBIDDEN');
  const unit = await requireRecordingUnit(db, actor, input.unitId);
  if (input.taskId) await requireLinkedTask(db, actor, input.taskId);
  const id = await db.transaction().execute((trx) => insertEvent(trx, actor, { ...input, unitId: unit.id }));
  return getEvent(db, actor, id);
}

async function requireEditableEvent(db: Db, actor: Actor, id: string) {
  const row = await findScopedEvent(db, actor, id);
  if (!row) throw notFound(EVENT_NOT_FOUND);
  if (!canRecord(actor)) throw new AppError('FORBIDDEN');
  return row;
}

export async function updateEvent(db: Db, actor: Actor, id: string, input: EventUpdate): Promise<Event> {
  const row = await requireEditableEvent(db, actor, id);
  const { version, ...changes } = input;
  if (changes.taskId) await requireLinkedTask(db, actor, changes.taskId);
  const next = { ...row, ...changes };
  if (next.endsOn < next.startsOn)
    throw new AppError('VALIDATION_FAILED', undefined, [
      { path: '/endsOn', message: 'Ngày kết thúc không được trước ngày bắt đầu' },
    ]);
  await db.transaction().execute(async (trx) => {
    const result = await trx
      .updateTable('event')
      .set({
        ...changes,
        searchName: searchNameOf(next),
        updatedBy: actor.userId,
        updatedAt: actor.now,
        version: version + 1,
      })
      .where('id', '=', id)
      .where('version', '=', version)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) throw conflict();
    await syncTrainingWithEvent(trx, { ...next, id });
    await recordAudit(trx, actor, {
      action: 'update',
      entity: 'event',
      entityId: id,
      before: toSummaryFields(row, actor),
      after: changes,
    });
  });
  return getEvent(db, actor, id);
}

export async function deleteEvent(db: Db, actor: Actor, filesDir: string, id: string): Promise<void> {
  const row = await requireEditableEvent(db, actor, id);
  const files = await db.selectFrom('eventFile').select('storageKey').where('eventId', '=', id).execute();
  await db.transaction().execute(async (trx) => {
    await deleteEventTrainings(trx, id);
    await trx.deleteFrom('event').where('id', '=', id).execute();
    await recordAudit(trx, actor, {
      action: 'delete',
      entity: 'event',
      entityId: id,
      before: toSummaryFields(row, actor),
    });
  });
  for (const file of files) await removeStoredFile(filesDir, file.storageKey);
}

/** Adds a material (agenda, slides, minutes, photos) to an event. */
export async function addEventFile(
  db: Db,
  actor: Actor,
  filesDir: string,
  eventId: string,
  file: UploadedFile,
): Promise<EventFile> {
  await requireEditableEvent(db, actor, eventId);
  const stored = await storeEvidenceFile(filesDir, actor.now, file);
  const { id, filename, contentType, size, sha256, storageKey } = stored;
  try {
    await db.transaction().execute(async (trx) => {
      await trx
        .insertInto('eventFile')
        .values({
          id,
          eventId,
          filename,
          contentType,
          size,
          sha256,
          storageKey,
          uploadedBy: actor.userId,
          uploadedAt: actor.now,
        })
        .execute();
      await recordAudit(trx, actor, {
        action: 'create',
        entity: 'event_file',
        entityId: id,
        after: { eventId, filename, size, sha256 },
      });
    });
  } catch (err) {
    await removeStoredFile(filesDir, storageKey);
    throw err;
  }
  return { id, filename, contentType, size, sha256, uploadedAt: actor.now };
}

async function requireEventFile(db: Db, actor: Actor, id: string, mode: 'read' | 'write') {
  const file = await db.selectFrom('eventFile').selectAll().where('id', '=', id).executeTakeFirst();
  if (!file) throw notFound(FILE_NOT_FOUND);
  if (mode === 'write') await requireEditableEvent(db, actor, file.eventId);
  else if (!(await findScopedEvent(db, actor, file.eventId))) throw notFound(FILE_NOT_FOUND);
  return file;
}

export async function readEventFile(db: Db, actor: Actor, filesDir: string, id: string) {
  const file = await requireEventFile(db, actor, id, 'read');
  return { file, data: await readStoredFile(filesDir, file.storageKey, file.sha256) };
}

export async function deleteEventFile(db: Db, actor: Actor, filesDir: string, id: string): Promise<void> {
  const file = await requireEventFile(db, actor, id, 'write');
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('eventFile').where('id', '=', id).execute();
    await recordAudit(trx, actor, {
      action: 'delete',
      entity: 'event_file',
      entityId: id,
      before: { eventId: file.eventId, filename: file.filename, sha256: file.sha256 },
    });
  });
  await removeStoredFile(filesDir, file.storageKey);
}
