import { randomUUID } from 'node:crypto';
import type {
  FollowUp,
  FollowUpComplete,
  FollowUpCreate,
  FollowUpFilter,
  FollowUpListItem,
  FollowUpListQuery,
  FollowUpUpdate,
} from '../../domain/inspections/inspections.schemas.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { Db } from '../db/database.ts';
import type { Actor } from '../http/actor.ts';
import { AppError, conflict, notFound } from '../http/errors.ts';
import {
  canManageInspection,
  fieldError,
  FINDING_NOT_FOUND,
  FOLLOW_UP_NOT_FOUND,
  invalidState,
  isFollowUpActor,
  requireInspectorRole,
  todayOf,
  toFollowUp,
} from './inspection-access.ts';
import { resolveResponsibleUnit } from './inspection-references.ts';
import { requireDoneInspection } from './findings.service.ts';
import {
  findFollowUpPage,
  findVisibleFollowUp,
  type FollowUpRow,
  streamFollowUps,
} from './follow-ups.repo.ts';

function toListItem(actor: Actor, row: FollowUpRow): FollowUpListItem {
  return {
    ...toFollowUp(actor, row),
    finding: { id: row.findingId, kind: row.findingKind, text: row.findingText },
    inspection: {
      id: row.inspectionId,
      subject: row.inspectionSubject,
      actualDate: row.inspectionActualDate,
      inspectingUnit: { id: row.inspectingId, code: row.inspectingCode, name: row.inspectingName },
    },
  };
}

/** "Việc cần khắc phục": by default the actions the actor's own unit must carry out. */
export async function listFollowUps(db: Db, actor: Actor, query: FollowUpListQuery) {
  const { rows, total } = await findFollowUpPage(db, actor, { ...query, today: todayOf(actor) });
  return { items: rows.map((row) => toListItem(actor, row)), total };
}

export function exportFollowUps(
  db: Db,
  actor: Actor,
  filter: FollowUpFilter,
): AsyncIterable<FollowUpListItem> {
  const rows = streamFollowUps(db, actor, { ...filter, today: todayOf(actor) });
  return (async function* () {
    for await (const row of rows) yield toListItem(actor, row);
  })();
}

async function requireVisibleFollowUp(db: Db, actor: Actor, id: string): Promise<FollowUpRow> {
  const row = await findVisibleFollowUp(db, actor, id);
  if (!row) throw notFound(FOLLOW_UP_NOT_FOUND);
  return row;
}

async function readFollowUp(db: Db, actor: Actor, id: string): Promise<FollowUp> {
  return toFollowUp(actor, await requireVisibleFollowUp(db, actor, id));
}

function checkDueDate(dueDate: string, inspectionDate: string | null) {
  if (inspectionDate && dueDate < inspectionDate)
    throw fieldError('/dueDate', 'Hạn khắc phục phải sau ngày kiểm tra');
}

export async function createFollowUp(db: Db, actor: Actor, findingId: string, input: FollowUpCreate) {
  const finding = await db
    .selectFrom('inspectionFinding')
    .select(['id', 'inspectionId'])
    .where('id', '=', findingId)
    .executeTakeFirst();
  if (!finding) throw notFound(FINDING_NOT_FOUND);
  const inspection = await requireDoneInspection(db, actor, finding.inspectionId);
  const inspected = await db
    .selectFrom('unit')
    .select('path')
    .where('id', '=', inspection.inspectedUnitId)
    .executeTakeFirstOrThrow();
  const unit = await resolveResponsibleUnit(
    db,
    inspected.path,
    input.responsibleUnitId ?? inspection.inspectedUnitId,
  );
  checkDueDate(input.dueDate, inspection.actualDate);
  const id = randomUUID();
  const values = {
    findingId,
    inspectionId: inspection.id,
    responsibleUnitId: unit.id,
    what: input.what,
    dueDate: input.dueDate,
  };
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('followUp')
      .values({ id, ...values, state: 'open', createdAt: actor.now, updatedAt: actor.now })
      .execute();
    await recordAudit(trx, actor, { action: 'create', entity: 'follow_up', entityId: id, after: values });
  });
  return readFollowUp(db, actor, id);
}

/** The inspecting side changes an open follow-up: 404 out of scope, 403 for others, 422 once done. */
async function requireEditableFollowUp(db: Db, actor: Actor, id: string) {
  requireInspectorRole(actor);
  const row = await requireVisibleFollowUp(db, actor, id);
  if (!canManageInspection(actor, row)) throw new AppError('FORBIDDEN');
  if (row.state === 'done')
    throw invalidState(
      'Việc này đã được khắc phục xong, không thể sửa.',
      'This action is done and cannot change.',
    );
  return row;
}

export async function updateFollowUp(db: Db, actor: Actor, id: string, input: FollowUpUpdate) {
  const row = await requireEditableFollowUp(db, actor, id);
  if (row.version !== input.version) throw conflict();
  const { version, ...changes } = input;
  if (changes.responsibleUnitId)
    await resolveResponsibleUnit(db, row.inspectedPath, changes.responsibleUnitId);
  if (changes.dueDate) checkDueDate(changes.dueDate, row.inspectionActualDate);
  await db.transaction().execute(async (trx) => {
    const result = await trx
      .updateTable('followUp')
      .set({ ...changes, updatedAt: actor.now, version: version + 1 })
      .where('id', '=', id)
      .where('version', '=', version)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) throw conflict();
    await recordAudit(trx, actor, {
      action: 'update',
      entity: 'follow_up',
      entityId: id,
      before: { what: row.what, dueDate: row.dueDate, responsibleUnitId: row.responsibleUnitId },
      after: changes,
    });
  });
  return readFollowUp(db, actor, id);
}

export async function deleteFollowUp(db: Db, actor: Actor, id: string, version: number) {
  const row = await requireEditableFollowUp(db, actor, id);
  if (row.version !== version) throw conflict();
  await db.transaction().execute(async (trx) => {
    const result = await trx
      .deleteFrom('followUp')
      .where('id', '=', id)
      .where('version', '=', version)
      .executeTakeFirst();
    if (Number(result.numDeletedRows) !== 1) throw conflict();
    await recordAudit(trx, actor, {
      action: 'delete',
      entity: 'follow_up',
      entityId: id,
      before: { what: row.what, dueDate: row.dueDate, responsibleUnitId: row.responsibleUnitId },
    });
  });
}

/** The responsible unit (or the inspecting side) records what was done and when. */
export async function completeFollowUp(db: Db, actor: Actor, id: string, input: FollowUpComplete) {
  if (actor.role === 'leader') throw new AppError('FORBIDDEN');
  const row = await requireVisibleFollowUp(db, actor, id);
  if (!isFollowUpActor(actor, row)) throw new AppError('FORBIDDEN');
  if (row.state === 'done')
    throw invalidState('Việc này đã được ghi nhận khắc phục xong.', 'This action is already recorded done.');
  if (row.version !== input.version) throw conflict();
  if (input.doneOn > todayOf(actor))
    throw fieldError('/doneOn', 'Ngày hoàn thành không được sau ngày hôm nay');
  const changes = {
    state: 'done' as const,
    doneOn: input.doneOn,
    result: input.result,
    doneBy: actor.userId,
  };
  await db.transaction().execute(async (trx) => {
    const result = await trx
      .updateTable('followUp')
      .set({ ...changes, updatedAt: actor.now, version: input.version + 1 })
      .where('id', '=', id)
      .where('version', '=', input.version)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) throw conflict();
    await recordAudit(trx, actor, {
      action: 'complete',
      entity: 'follow_up',
      entityId: id,
      before: { state: 'open' },
      after: changes,
    });
  });
  return readFollowUp(db, actor, id);
}
