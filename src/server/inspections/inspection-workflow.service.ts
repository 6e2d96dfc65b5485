import type {
  Inspection,
  InspectionCancel,
  InspectionComplete,
  InspectionUpdate,
} from '../../domain/inspections/inspections.schemas.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { Db } from '../db/database.ts';
import type { Selectable } from 'kysely';
import type { InspectionTable } from '../db/schema.ts';
import type { Actor } from '../http/actor.ts';
import { AppError, conflict } from '../http/errors.ts';
import {
  canManageInspection,
  fieldError,
  invalidState,
  requireInspectorRole,
  todayOf,
} from './inspection-access.ts';
import { resolveReferences } from './inspection-references.ts';
import { getInspection, requireVisibleInspection, searchTextOf } from './inspections.service.ts';

type InspectionRecord = Selectable<InspectionTable>;
type Changes = Partial<Omit<InspectionTable, 'id' | 'version' | 'searchText'>>;

/** The inspecting side (403 otherwise), on an inspection it may see (404 otherwise) and not cancelled (422). */
export async function requireManageableInspection(db: Db, actor: Actor, id: string) {
  requireInspectorRole(actor);
  const row = await requireVisibleInspection(db, actor, id);
  if (!canManageInspection(actor, row)) throw new AppError('FORBIDDEN');
  if (row.state === 'cancelled')
    throw invalidState(
      'Cuộc kiểm tra đã hủy, không thể thay đổi.',
      'The inspection was cancelled and cannot change.',
    );
  const record = await db.selectFrom('inspection').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  return record;
}

/** Writes the changes if the version is still the one read (else 409), with the audit row, in one transaction. */
async function writeInspection(
  db: Db,
  actor: Actor,
  record: InspectionRecord,
  options: { version: number; changes: Changes; action: string; searchText?: string },
): Promise<Inspection> {
  if (record.version !== options.version) throw conflict();
  const keys = Object.keys(options.changes) as (keyof Changes)[];
  const before = Object.fromEntries(keys.map((key) => [key, record[key]]));
  await db.transaction().execute(async (trx) => {
    const result = await trx
      .updateTable('inspection')
      .set({
        ...options.changes,
        ...(options.searchText === undefined ? {} : { searchText: options.searchText }),
        updatedBy: actor.userId,
        updatedAt: actor.now,
        version: options.version + 1,
      })
      .where('id', '=', record.id)
      .where('version', '=', options.version)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) throw conflict();
    await recordAudit(trx, actor, {
      action: options.action,
      entity: 'inspection',
      entityId: record.id,
      before,
      after: options.changes,
    });
  });
  return getInspection(db, actor, record.id);
}

/** Only the fields sent, compared with what is stored: the audit row shows the real edit. */
function changedFields(record: InspectionRecord, input: InspectionUpdate): Changes {
  const { version: _version, ...fields } = input;
  const changes: Changes = {};
  for (const [key, value] of Object.entries(fields) as [keyof Changes, unknown][]) {
    if (value === undefined) continue;
    const next = value === '' ? null : value;
    if (next !== record[key]) Object.assign(changes, { [key]: next });
  }
  return changes;
}

function checkUpdateAllowed(record: InspectionRecord, changes: Changes, today: string) {
  const conclusionKeys = ['actualDate', 'conclusion', 'conclusionNumber'] as const;
  if (record.state !== 'done' && conclusionKeys.some((key) => key in changes))
    throw invalidState(
      'Chỉ sửa kết luận sau khi đã ghi nhận kết quả kiểm tra.',
      'The conclusion can be edited only once the inspection is recorded done.',
    );
  if (record.state !== 'planned' && 'inspectedUnitId' in changes)
    throw invalidState(
      'Không thể đổi đơn vị được kiểm tra sau khi đã kiểm tra.',
      'The inspected unit cannot change once the inspection is done.',
    );
  const from = changes.plannedFrom ?? record.plannedFrom;
  const to = changes.plannedTo === undefined ? record.plannedTo : changes.plannedTo;
  if (to && to < from) throw fieldError('/plannedTo', 'Ngày kết thúc phải sau hoặc trùng ngày bắt đầu');
  if (changes.actualDate && changes.actualDate > today)
    throw fieldError('/actualDate', 'Ngày kiểm tra không được sau ngày hôm nay');
}

export async function updateInspection(db: Db, actor: Actor, id: string, input: InspectionUpdate) {
  const record = await requireManageableInspection(db, actor, id);
  const changes = changedFields(record, input);
  checkUpdateAllowed(record, changes, todayOf(actor));
  if (Object.keys(changes).length === 0) {
    if (record.version !== input.version) throw conflict();
    return getInspection(db, actor, id);
  }
  const refs = await resolveReferences(db, actor, {
    planId: changes.planId ?? record.planId,
    taskId: changes.taskId === undefined ? record.taskId : changes.taskId,
    inspectingUnitId: record.inspectingUnitId,
    inspectedUnitId: changes.inspectedUnitId ?? record.inspectedUnitId,
  });
  const next = { ...record, ...changes };
  const searchText = searchTextOf([
    next.subject,
    next.decisionNumber,
    next.conclusionNumber,
    next.team,
    refs.inspecting.name,
    refs.inspected.name,
  ]);
  return writeInspection(db, actor, record, {
    version: input.version,
    changes,
    action: 'update',
    searchText,
  });
}

/** Records the inspection done: the day it took place and its conclusion (kết luận kiểm tra). */
export async function completeInspection(db: Db, actor: Actor, id: string, input: InspectionComplete) {
  const record = await requireManageableInspection(db, actor, id);
  if (record.state !== 'planned')
    throw invalidState('Cuộc kiểm tra đã được ghi nhận kết quả.', 'The inspection is already recorded done.');
  if (input.actualDate > todayOf(actor))
    throw fieldError('/actualDate', 'Ngày kiểm tra không được sau ngày hôm nay');
  const changes: Changes = {
    state: 'done',
    actualDate: input.actualDate,
    conclusion: input.conclusion,
    conclusionNumber: input.conclusionNumber || null,
  };
  const searchText = searchTextOf([record.searchText, input.conclusionNumber]);
  return writeInspection(db, actor, record, {
    version: input.version,
    changes,
    action: 'complete',
    searchText,
  });
}

/** A planned inspection that will not take place; the reason is kept. */
export async function cancelInspection(db: Db, actor: Actor, id: string, input: InspectionCancel) {
  const record = await requireManageableInspection(db, actor, id);
  if (record.state !== 'planned')
    throw invalidState(
      'Chỉ hủy được cuộc kiểm tra chưa tiến hành.',
      'Only an inspection that has not taken place can be cancelled.',
    );
  const changes: Changes = { state: 'cancelled', cancelReason: input.reason };
  return writeInspection(db, actor, record, { version: input.version, changes, action: 'cancel' });
}
