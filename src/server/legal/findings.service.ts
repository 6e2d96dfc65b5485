import { randomUUID } from 'node:crypto';
import type {
  Finding,
  FindingInput,
  FindingListQuery,
  FindingUpdate,
} from '../../domain/legal/reviews.schemas.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { Db } from '../db/database.ts';
import type { Actor } from '../http/actor.ts';
import { requireRole } from '../http/auth.ts';
import { AppError, conflict, notFound } from '../http/errors.ts';
import { visibleDocuments } from './documents.repo.ts';
import {
  type CampaignRow,
  findCampaignMember,
  findFindingPage,
  findScopedFinding,
  type FindingRow,
} from './reviews.repo.ts';
import { parseDocumentFilter, requireVisibleCampaign } from './reviews.service.ts';

const UNIT_NOT_IN_CAMPAIGN = {
  vi: 'Đơn vị không thuộc đợt rà soát này.',
  en: 'The unit is not one of this campaign’s reviewing units.',
};
const FINDING_NOT_FOUND = { vi: 'Không tìm thấy kết quả rà soát.', en: 'Finding not found.' };
const CLOSED = {
  vi: 'Đợt rà soát đã kết thúc, không thể ghi thêm hay sửa kết quả. Liên hệ Công an tỉnh nếu cần mở lại.',
  en: 'The campaign is closed; findings can no longer be changed. Ask the coordinator to reopen it.',
};
const NOTHING_FOUND_STATED = {
  vi: 'Đơn vị đã báo cáo không có văn bản cần kiến nghị. Hủy nội dung đó trước khi ghi kết quả rà soát.',
  en: 'The unit stated it found nothing; withdraw that statement before recording findings.',
};
const HAS_FINDINGS = {
  vi: 'Đơn vị đã ghi kết quả rà soát. Xóa các kết quả đó trước khi báo cáo không có văn bản cần kiến nghị.',
  en: 'The unit has recorded findings; delete them before stating it found nothing.',
};

export function toFinding(row: FindingRow): Finding {
  return {
    id: row.id,
    campaignId: row.campaignId,
    unit: { id: row.unitId, code: row.unitCode, name: row.unitName },
    document:
      row.documentId && row.documentNumber && row.documentKind && row.documentIssuer && row.documentIssuedOn
        ? {
            id: row.documentId,
            number: row.documentNumber,
            kind: row.documentKind,
            issuer: row.documentIssuer,
            issuedOn: row.documentIssuedOn,
            title: row.documentTitle ?? '',
          }
        : null,
    outcome: row.outcome,
    provisions: row.provisions,
    reason: row.reason,
    proposal: row.proposal,
    createdBy: row.createdBy,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    version: row.version,
  };
}

/**
 * A unit writes only its own answer (SPEC §5): the campaign must be visible (404), the unit one of its
 * reviewers and the actor's own unit (404: another unit's answer is not the actor's to write; a
 * coordinator who sees that unit gets 403), and the campaign open (409).
 */
async function requireWritableMember(db: Db, actor: Actor, campaignId: string, unitId: string) {
  requireRole(actor, 'admin', 'coordinator', 'agency', 'commune_police');
  const campaign = await requireVisibleCampaign(db, actor, campaignId);
  const member = await findCampaignMember(db, campaignId, unitId);
  if (!member) throw notFound(UNIT_NOT_IN_CAMPAIGN);
  if (unitId !== actor.unitId) {
    const unit = await db.selectFrom('unit').select('path').where('id', '=', unitId).executeTakeFirst();
    if (unit && unit.path.startsWith(actor.scopePath)) throw new AppError('FORBIDDEN');
    throw notFound(UNIT_NOT_IN_CAMPAIGN);
  }
  if (campaign.state === 'closed') throw conflict(CLOSED);
  return { campaign, member };
}

async function requireDocumentInCampaign(db: Db, actor: Actor, campaign: CampaignRow, documentId: string) {
  const document = await visibleDocuments(db, actor, parseDocumentFilter(campaign.documentFilter))
    .select('legalDocument.id')
    .where('legalDocument.provinceId', '=', campaign.provinceId)
    .where('legalDocument.id', '=', documentId)
    .executeTakeFirst();
  if (!document)
    throw new AppError('VALIDATION_FAILED', undefined, [
      { path: '/documentId', message: 'Văn bản không thuộc phạm vi của đợt rà soát' },
    ]);
}

export async function listFindings(
  db: Db,
  actor: Actor,
  campaignId: string,
  query: FindingListQuery,
): Promise<{ items: Finding[]; total: number }> {
  await requireVisibleCampaign(db, actor, campaignId);
  const { rows, total } = await findFindingPage(db, actor, campaignId, query);
  return { items: rows.map(toFinding), total };
}

async function getFinding(db: Db, actor: Actor, id: string): Promise<Finding> {
  const row = await findScopedFinding(db, actor, id);
  if (!row) throw notFound(FINDING_NOT_FOUND);
  return toFinding(row);
}

export async function createFinding(
  db: Db,
  actor: Actor,
  campaignId: string,
  unitId: string,
  input: FindingInput,
): Promise<Finding> {
  const { campaign, member } = await requireWritableMember(db, actor, campaignId, unitId);
  if (member.nothingFoundAt) throw new AppError('INVALID_STATE', NOTHING_FOUND_STATED);
  if (input.documentId) await requireDocumentInCampaign(db, actor, campaign, input.documentId);
  const id = randomUUID();
  await db.transaction().execute(async (trx) => {
    if (input.documentId) {
      const existing = await trx
        .selectFrom('reviewFinding')
        .select('id')
        .where('campaignId', '=', campaignId)
        .where('unitId', '=', unitId)
        .where('documentId', '=', input.documentId)
        .executeTakeFirst();
      if (existing)
        throw conflict(undefined, [
          { path: '/documentId', message: 'Đơn vị đã ghi kết quả cho văn bản này; hãy sửa kết quả đã ghi' },
        ]);
    }
    const values = {
      documentId: input.documentId ?? null,
      outcome: input.outcome,
      provisions: input.provisions ?? null,
      reason: input.reason,
      proposal: input.proposal ?? null,
    };
    await trx
      .insertInto('reviewFinding')
      .values({
        id,
        campaignId,
        unitId,
        ...values,
        createdBy: actor.userId,
        updatedBy: actor.userId,
        createdAt: actor.now,
        updatedAt: actor.now,
      })
      .execute();
    await recordAudit(trx, actor, {
      action: 'create',
      entity: 'review_finding',
      entityId: id,
      after: { campaignId, unitId, ...values },
    });
  });
  return getFinding(db, actor, id);
}

/** A finding the actor may change: visible (404), their own unit's (403 otherwise), campaign open (409). */
async function requireOwnFinding(db: Db, actor: Actor, id: string) {
  const row = await findScopedFinding(db, actor, id);
  if (!row) throw notFound(FINDING_NOT_FOUND);
  await requireWritableMember(db, actor, row.campaignId, row.unitId);
  return row;
}

export async function updateFinding(
  db: Db,
  actor: Actor,
  id: string,
  input: FindingUpdate,
): Promise<Finding> {
  const row = await requireOwnFinding(db, actor, id);
  const { version, ...changes } = input;
  if (!row.documentId && changes.outcome && changes.outcome !== 'new_document')
    throw new AppError('VALIDATION_FAILED', undefined, [
      {
        path: '/outcome',
        message: 'Kết quả không gắn với văn bản nào chỉ có thể là "Cần ban hành văn bản mới"',
      },
    ]);
  await db.transaction().execute(async (trx) => {
    const result = await trx
      .updateTable('reviewFinding')
      .set({ ...changes, updatedBy: actor.userId, updatedAt: actor.now, version: version + 1 })
      .where('id', '=', id)
      .where('version', '=', version)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) throw conflict();
    await recordAudit(trx, actor, {
      action: 'update',
      entity: 'review_finding',
      entityId: id,
      before: toFinding(row),
      after: changes,
    });
  });
  return getFinding(db, actor, id);
}

export async function deleteFinding(db: Db, actor: Actor, id: string): Promise<void> {
  const row = await requireOwnFinding(db, actor, id);
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('reviewFinding').where('id', '=', id).execute();
    await recordAudit(trx, actor, {
      action: 'delete',
      entity: 'review_finding',
      entityId: id,
      before: toFinding(row),
    });
  });
}

/** The unit's answer that nothing in its field needs a change (or, with `note: undefined`, withdrawing it). */
export async function setNothingFound(
  db: Db,
  actor: Actor,
  campaignId: string,
  unitId: string,
  statement: { note?: string | null } | null,
): Promise<void> {
  const { member } = await requireWritableMember(db, actor, campaignId, unitId);
  await db.transaction().execute(async (trx) => {
    if (statement) {
      const finding = await trx
        .selectFrom('reviewFinding')
        .select('id')
        .where('campaignId', '=', campaignId)
        .where('unitId', '=', unitId)
        .executeTakeFirst();
      if (finding) throw new AppError('INVALID_STATE', HAS_FINDINGS);
    }
    const values = statement
      ? { nothingFoundAt: actor.now, nothingFoundNote: statement.note ?? null, nothingFoundBy: actor.userId }
      : { nothingFoundAt: null, nothingFoundNote: null, nothingFoundBy: null };
    await trx
      .updateTable('reviewCampaignUnit')
      .set(values)
      .where('campaignId', '=', campaignId)
      .where('unitId', '=', unitId)
      .execute();
    await recordAudit(trx, actor, {
      action: 'update',
      entity: 'review_campaign_unit',
      entityId: `${campaignId}/${unitId}`,
      before: { nothingFoundAt: member.nothingFoundAt, note: member.nothingFoundNote },
      after: { nothingFoundAt: values.nothingFoundAt, note: values.nothingFoundNote },
    });
  });
}
