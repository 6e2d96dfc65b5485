import { randomUUID } from 'node:crypto';
import type { Finding, FindingCreate, FindingUpdate } from '../../domain/inspections/inspections.schemas.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { Db } from '../db/database.ts';
import type { Actor } from '../http/actor.ts';
import { conflict, notFound } from '../http/errors.ts';
import { FINDING_NOT_FOUND, invalidState } from './inspection-access.ts';
import { requireManageableInspection } from './inspection-workflow.service.ts';
import { countDoneFollowUpsOfFinding } from './follow-ups.repo.ts';
import { findNextFindingPosition } from './inspections.repo.ts';

type FindingFields = Omit<Finding, 'followUps'>;

/** Findings belong to a done inspection: they are what its conclusion records. */
export async function requireDoneInspection(db: Db, actor: Actor, inspectionId: string) {
  const record = await requireManageableInspection(db, actor, inspectionId);
  if (record.state !== 'done')
    throw invalidState(
      'Ghi nhận kết quả kiểm tra trước, sau đó mới nhập các nội dung phát hiện.',
      'Record the inspection done first, then enter its findings.',
    );
  return record;
}

async function findFinding(db: Db, id: string) {
  return db.selectFrom('inspectionFinding').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The finding and its done inspection, for the inspecting side; 404 when either is missing or out of scope. */
async function requireManageableFinding(db: Db, actor: Actor, findingId: string) {
  const finding = await findFinding(db, findingId);
  if (!finding) throw notFound(FINDING_NOT_FOUND);
  const inspection = await requireDoneInspection(db, actor, finding.inspectionId);
  return { finding, inspection };
}

export async function createFinding(
  db: Db,
  actor: Actor,
  inspectionId: string,
  input: FindingCreate,
): Promise<FindingFields> {
  await requireDoneInspection(db, actor, inspectionId);
  const id = randomUUID();
  await db.transaction().execute(async (trx) => {
    const position = await findNextFindingPosition(trx, inspectionId);
    await trx
      .insertInto('inspectionFinding')
      .values({ id, inspectionId, ...input, position, createdAt: actor.now, updatedAt: actor.now })
      .execute();
    await recordAudit(trx, actor, {
      action: 'create',
      entity: 'inspection_finding',
      entityId: id,
      after: { inspectionId, ...input },
    });
  });
  return readFinding(db, id);
}

async function readFinding(db: Db, id: string): Promise<FindingFields> {
  const finding = await findFinding(db, id);
  if (!finding) throw notFound(FINDING_NOT_FOUND);
  return {
    id: finding.id,
    kind: finding.kind,
    text: finding.text,
    position: finding.position,
    version: finding.version,
  };
}

export async function updateFinding(db: Db, actor: Actor, findingId: string, input: FindingUpdate) {
  const { finding } = await requireManageableFinding(db, actor, findingId);
  const { version, ...changes } = input;
  if (finding.version !== version) throw conflict();
  await db.transaction().execute(async (trx) => {
    const result = await trx
      .updateTable('inspectionFinding')
      .set({ ...changes, updatedAt: actor.now, version: version + 1 })
      .where('id', '=', findingId)
      .where('version', '=', version)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) throw conflict();
    await recordAudit(trx, actor, {
      action: 'update',
      entity: 'inspection_finding',
      entityId: findingId,
      before: { kind: finding.kind, text: finding.text },
      after: changes,
    });
  });
  return readFinding(db, findingId);
}

/** Deletes a finding and its open follow-ups; one with a follow-up already done stays (its record matters). */
export async function deleteFinding(db: Db, actor: Actor, findingId: string, version: number) {
  const { finding } = await requireManageableFinding(db, actor, findingId);
  if (finding.version !== version) throw conflict();
  if ((await countDoneFollowUpsOfFinding(db, findingId)) > 0)
    throw invalidState(
      'Nội dung này đã có việc được khắc phục xong, không thể xóa.',
      'A follow-up of this finding is already done; the finding cannot be deleted.',
    );
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('followUp').where('findingId', '=', findingId).execute();
    const result = await trx
      .deleteFrom('inspectionFinding')
      .where('id', '=', findingId)
      .where('version', '=', version)
      .executeTakeFirst();
    if (Number(result.numDeletedRows) !== 1) throw conflict();
    await recordAudit(trx, actor, {
      action: 'delete',
      entity: 'inspection_finding',
      entityId: findingId,
      before: { inspectionId: finding.inspectionId, kind: finding.kind, text: finding.text },
    });
  });
}
