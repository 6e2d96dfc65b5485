import { randomUUID } from 'node:crypto';
import type { CampaignUnitStatus } from '../../domain/legal/constants.ts';
import type { LegalDocumentListQuery } from '../../domain/legal/documents.schemas.ts';
import {
  type Campaign,
  type CampaignCreate,
  type CampaignDocumentFilter,
  campaignDocumentFilterSchema,
  type CampaignListQuery,
  type CampaignSummary,
  type CampaignUnit,
  type CampaignUpdate,
} from '../../domain/legal/reviews.schemas.ts';
import { type AuditActor, recordAudit } from '../audit/audit.service.ts';
import type { Db } from '../db/database.ts';
import type { Actor } from '../http/actor.ts';
import { requireRole } from '../http/auth.ts';
import { AppError, conflict, notFound } from '../http/errors.ts';
import { isPathInScope } from '../http/scope.ts';
import { findTaskWithPlan, findVisiblePlan } from '../plans/plans.repo.ts';
import { foldText } from '../../domain/common/text.ts';
import { findDocumentPage, visibleDocuments } from './documents.repo.ts';
import { toLegalDocument } from './documents.service.ts';
import {
  type CampaignRow,
  type CampaignUnitRow,
  findCampaignPage,
  findCampaignUnits,
  findTaskUnitIds,
  findVisibleCampaign,
} from './reviews.repo.ts';

export const CAMPAIGN_NOT_FOUND = { vi: 'Không tìm thấy đợt rà soát.', en: 'Review campaign not found.' };
const TASK_NOT_FOUND = 'Không tìm thấy nhiệm vụ trong các kế hoạch bạn xem được';

const today = (actor: Pick<Actor, 'now'>) => actor.now.slice(0, 10);

export function parseDocumentFilter(text: string): CampaignDocumentFilter {
  const parsed = campaignDocumentFilterSchema.safeParse(JSON.parse(text));
  return parsed.success ? parsed.data : {};
}

export function unitStatus(
  row: Pick<CampaignUnitRow, 'nothingFoundAt' | 'findingCount'>,
): CampaignUnitStatus {
  if (row.nothingFoundAt) return 'nothing_found';
  return Number(row.findingCount ?? 0) > 0 ? 'answered' : 'pending';
}

export function toCampaignUnit(row: CampaignUnitRow, actor: Pick<Actor, 'now'>): CampaignUnit {
  const status = unitStatus(row);
  return {
    unit: { id: row.unitId, code: row.unitCode, name: row.unitName },
    deadline: row.deadline,
    status,
    findingCount: Number(row.findingCount ?? 0),
    answeredAt: row.nothingFoundAt ?? row.lastFindingAt ?? null,
    nothingFoundNote: row.nothingFoundNote,
    isLate: status === 'pending' && row.deadline < today(actor),
  };
}

function countUnits(units: CampaignUnitRow[]) {
  const statuses = units.map(unitStatus);
  return {
    units: units.length,
    answered: statuses.filter((status) => status === 'answered').length,
    nothingFound: statuses.filter((status) => status === 'nothing_found').length,
    pending: statuses.filter((status) => status === 'pending').length,
    findings: units.reduce((sum, unit) => sum + Number(unit.findingCount ?? 0), 0),
  };
}

function toSummary(row: CampaignRow, units: CampaignUnitRow[]): CampaignSummary {
  return {
    id: row.id,
    title: row.title,
    ownerUnit: { id: row.ownerId, code: row.ownerCode, name: row.ownerName },
    plan: row.planId ? { id: row.planId, number: row.planNumber } : null,
    task:
      row.taskId && row.taskCode && row.taskTitle
        ? { id: row.taskId, code: row.taskCode, title: row.taskTitle }
        : null,
    unitDeadline: row.unitDeadline,
    consolidationDeadline: row.consolidationDeadline,
    state: row.state,
    counts: countUnits(units),
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    version: row.version,
  };
}

/** Coordinators and admins of a scope holding the coordinating unit run the campaign. */
export const canManageCampaign = (actor: Actor, row: Pick<CampaignRow, 'ownerPath'>) =>
  (actor.role === 'coordinator' || actor.role === 'admin') && isPathInScope(actor, row.ownerPath);

/** Coordinators, admins and leaders of a scope holding the coordinating unit read the consolidation. */
export const canExportCampaign = (actor: Actor, row: Pick<CampaignRow, 'ownerPath'>) =>
  ['coordinator', 'admin', 'leader'].includes(actor.role) && isPathInScope(actor, row.ownerPath);

export async function requireVisibleCampaign(db: Db, actor: Actor, id: string) {
  const row = await findVisibleCampaign(db, actor, id);
  if (!row) throw notFound(CAMPAIGN_NOT_FOUND);
  return row;
}

export async function listCampaigns(db: Db, actor: Actor, query: CampaignListQuery) {
  const { rows, total } = await findCampaignPage(db, actor, query);
  const units = await findCampaignUnits(
    db,
    actor,
    rows.map((row) => row.id),
  );
  return {
    items: rows.map((row) =>
      toSummary(
        row,
        units.filter((unit) => unit.campaignId === row.id),
      ),
    ),
    total,
  };
}

export async function getCampaign(db: Db, actor: Actor, id: string): Promise<Campaign> {
  const row = await requireVisibleCampaign(db, actor, id);
  const filter = parseDocumentFilter(row.documentFilter);
  const [units, documents] = await Promise.all([
    findCampaignUnits(db, actor, [id]),
    visibleDocuments(db, actor, filter)
      .where('legalDocument.provinceId', '=', row.provinceId)
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  const mine = units.find((unit) => unit.unitId === actor.unitId);
  return {
    ...toSummary(row, units),
    scope: row.scope,
    documentFilter: filter,
    consolidationTask:
      row.consolidationTaskId && row.consolidationTaskCode && row.consolidationTaskTitle
        ? { id: row.consolidationTaskId, code: row.consolidationTaskCode, title: row.consolidationTaskTitle }
        : null,
    closedAt: row.closedAt,
    documentCount: Number(documents.n),
    canManage: canManageCampaign(actor, row),
    canExport: canExportCampaign(actor, row),
    myUnit: mine ? { unitId: mine.unitId, deadline: mine.deadline, status: unitStatus(mine) } : null,
  };
}

export async function listCampaignUnits(
  db: Db,
  actor: Actor,
  id: string,
  filter: { status?: CampaignUnitStatus },
): Promise<{ items: CampaignUnit[] }> {
  await requireVisibleCampaign(db, actor, id);
  const units = (await findCampaignUnits(db, actor, [id])).map((row) => toCampaignUnit(row, actor));
  return { items: filter.status ? units.filter((unit) => unit.status === filter.status) : units };
}

/** The documents of the register the campaign covers, searchable and paged like the register. */
export async function listCampaignDocuments(db: Db, actor: Actor, id: string, query: LegalDocumentListQuery) {
  const row = await requireVisibleCampaign(db, actor, id);
  const filter = parseDocumentFilter(row.documentFilter);
  const { rows, total } = await findDocumentPage(db, actor, {
    ...query,
    ...filter,
    provinceId: row.provinceId,
    folded: query.q ? foldText(query.q) : undefined,
  });
  return { items: rows.map(toLegalDocument), total };
}

interface NewCampaign extends Omit<CampaignCreate, 'unitIds'> {
  unitIds: string[];
  ownerUnitId: string;
  provinceId: string;
  planId: string | null;
}

/** Writes a campaign and its reviewing units (API and demo loader). */
export async function insertCampaign(db: Db, actor: AuditActor, input: NewCampaign): Promise<string> {
  const id = randomUUID();
  await db
    .insertInto('reviewCampaign')
    .values({
      id,
      ownerUnitId: input.ownerUnitId,
      provinceId: input.provinceId,
      title: input.title,
      scope: input.scope,
      documentFilter: JSON.stringify(input.documentFilter),
      planId: input.planId,
      taskId: input.taskId ?? null,
      consolidationTaskId: input.consolidationTaskId ?? null,
      unitDeadline: input.unitDeadline,
      consolidationDeadline: input.consolidationDeadline,
      state: 'open',
      createdBy: actor.userId,
      createdAt: actor.now,
      updatedAt: actor.now,
    })
    .execute();
  const units = [...new Set(input.unitIds)].map((unitId) => ({
    campaignId: id,
    unitId,
    deadline: input.unitDeadline,
  }));
  for (let start = 0; start < units.length; start += 200) {
    await db
      .insertInto('reviewCampaignUnit')
      .values(units.slice(start, start + 200))
      .execute();
  }
  await recordAudit(db, actor, {
    action: 'create',
    entity: 'review_campaign',
    entityId: id,
    after: { ...input, documentFilter: input.documentFilter, unitCount: units.length },
  });
  return id;
}

/** A task of a plan the actor sees (400 naming the field otherwise). */
async function requireTask(db: Db, actor: Actor, taskId: string, path: string) {
  const task = await findTaskWithPlan(db, taskId);
  if (!task || !(await findVisiblePlan(db, actor, task.planId)))
    throw new AppError('VALIDATION_FAILED', undefined, [{ path, message: TASK_NOT_FOUND }]);
  return task;
}

export async function createCampaign(db: Db, actor: Actor, input: CampaignCreate): Promise<Campaign> {
  requireRole(actor, 'admin', 'coordinator');
  const task = input.taskId ? await requireTask(db, actor, input.taskId, '/taskId') : undefined;
  if (input.consolidationTaskId)
    await requireTask(db, actor, input.consolidationTaskId, '/consolidationTaskId');
  const unitIds = input.unitIds ?? (task ? await findTaskUnitIds(db, task.id) : []);
  const units = unitIds.length
    ? await db.selectFrom('unit').select(['id', 'path']).where('id', 'in', unitIds).execute()
    : [];
  const unknown = unitIds.findIndex((unitId) => {
    const unit = units.find((candidate) => candidate.id === unitId);
    return !unit || !isPathInScope(actor, unit.path);
  });
  if (unknown >= 0)
    throw new AppError('VALIDATION_FAILED', undefined, [
      { path: `/unitIds/${unknown}`, message: 'Đơn vị không thuộc phạm vi quản lý của bạn' },
    ]);
  if (unitIds.length === 0)
    throw new AppError('VALIDATION_FAILED', undefined, [
      { path: '/unitIds', message: 'Nhiệm vụ chưa giao cho đơn vị nào; hãy chọn các đơn vị rà soát' },
    ]);
  const id = await db.transaction().execute((trx) =>
    insertCampaign(trx, actor, {
      ...input,
      unitIds,
      ownerUnitId: actor.unitId,
      provinceId: actor.scopePath.split('/')[1] ?? '',
      planId: task?.planId ?? null,
    }),
  );
  return getCampaign(db, actor, id);
}

/** Title, scope, deadlines, and closing or reopening, by the coordinating side; 409 on a stale version. */
export async function updateCampaign(
  db: Db,
  actor: Actor,
  id: string,
  input: CampaignUpdate,
): Promise<Campaign> {
  const row = await requireVisibleCampaign(db, actor, id);
  if (!canManageCampaign(actor, row)) throw new AppError('FORBIDDEN');
  const { version, ...changes } = input;
  const unitDeadline = changes.unitDeadline ?? row.unitDeadline;
  if ((changes.consolidationDeadline ?? row.consolidationDeadline) < unitDeadline)
    throw new AppError('VALIDATION_FAILED', undefined, [
      { path: '/consolidationDeadline', message: 'Hạn tổng hợp phải sau hạn rà soát của các đơn vị' },
    ]);
  await db.transaction().execute(async (trx) => {
    const closedAt =
      changes.state === 'closed' && row.state !== 'closed'
        ? actor.now
        : changes.state === 'open'
          ? null
          : row.closedAt;
    const result = await trx
      .updateTable('reviewCampaign')
      .set({ ...changes, closedAt, updatedAt: actor.now, version: version + 1 })
      .where('id', '=', id)
      .where('version', '=', version)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) throw conflict();
    // A new unit deadline moves the deadline of every unit that had the old one.
    if (changes.unitDeadline && changes.unitDeadline !== row.unitDeadline)
      await trx
        .updateTable('reviewCampaignUnit')
        .set({ deadline: changes.unitDeadline })
        .where('campaignId', '=', id)
        .where('deadline', '=', row.unitDeadline)
        .execute();
    await recordAudit(trx, actor, {
      action: 'update',
      entity: 'review_campaign',
      entityId: id,
      before: {
        title: row.title,
        scope: row.scope,
        unitDeadline: row.unitDeadline,
        consolidationDeadline: row.consolidationDeadline,
        state: row.state,
      },
      after: changes,
    });
  });
  return getCampaign(db, actor, id);
}
