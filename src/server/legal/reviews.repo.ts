import { type ExpressionBuilder, sql } from 'kysely';
import type { CampaignListQuery, FindingListQuery } from '../../domain/legal/reviews.schemas.ts';
import type { Db } from '../db/database.ts';
import type { Database } from '../db/schema.ts';
import type { Actor } from '../http/actor.ts';
import { inScope } from '../http/scope.ts';

type Scope = Pick<Actor, 'scopePath'>;

/**
 * A campaign is visible when its coordinating unit lies in the actor's scope (Công an tỉnh's users, the
 * province's leaders), or when one of its reviewing units does (Sở Tư pháp sees the campaign it answers).
 */
function isCampaignVisible(
  eb: ExpressionBuilder<Database & { owner: Database['unit'] }, 'reviewCampaign' | 'owner'>,
  actor: Scope,
) {
  return eb.or([
    inScope(actor, 'owner.path'),
    eb.exists(
      eb
        .selectFrom('reviewCampaignUnit as member')
        .innerJoin('unit as memberUnit', 'memberUnit.id', 'member.unitId')
        .select('member.unitId')
        .whereRef('member.campaignId', '=', 'reviewCampaign.id')
        .where(inScope(actor, 'memberUnit.path')),
    ),
  ]);
}

const campaignColumns = [
  'reviewCampaign.id',
  'reviewCampaign.provinceId',
  'reviewCampaign.title',
  'reviewCampaign.scope',
  'reviewCampaign.documentFilter',
  'reviewCampaign.planId',
  'reviewCampaign.unitDeadline',
  'reviewCampaign.consolidationDeadline',
  'reviewCampaign.state',
  'reviewCampaign.closedAt',
  'reviewCampaign.createdAt',
  'reviewCampaign.updatedAt',
  'reviewCampaign.version',
  'owner.id as ownerId',
  'owner.code as ownerCode',
  'owner.name as ownerName',
  'owner.path as ownerPath',
  'owner.category as ownerCategory',
  'owner.parentId as ownerParentId',
  'plan.number as planNumber',
  'plan.title as planTitle',
  'plan.issuer as planIssuer',
  'plan.issuedOn as planIssuedOn',
  'task.id as taskId',
  'task.code as taskCode',
  'task.title as taskTitle',
  'consolidationTask.id as consolidationTaskId',
  'consolidationTask.code as consolidationTaskCode',
  'consolidationTask.title as consolidationTaskTitle',
] as const;

function visibleCampaigns(db: Db, actor: Scope) {
  return db
    .selectFrom('reviewCampaign')
    .innerJoin('unit as owner', 'owner.id', 'reviewCampaign.ownerUnitId')
    .leftJoin('plan', 'plan.id', 'reviewCampaign.planId')
    .leftJoin('task', 'task.id', 'reviewCampaign.taskId')
    .leftJoin('task as consolidationTask', 'consolidationTask.id', 'reviewCampaign.consolidationTaskId')
    .where((eb) => isCampaignVisible(eb, actor));
}

export async function findCampaignPage(db: Db, actor: Scope, query: CampaignListQuery) {
  let base = visibleCampaigns(db, actor);
  if (query.state) base = base.where('reviewCampaign.state', '=', query.state);
  const [rows, count] = await Promise.all([
    base
      .select(campaignColumns)
      .orderBy(`reviewCampaign.${query.sort}`, query.order)
      .orderBy('reviewCampaign.id')
      .limit(query.limit)
      .offset(query.offset)
      .execute(),
    base.select((eb) => eb.fn.countAll<number | string>().as('total')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.total) };
}
export type CampaignRow = Awaited<ReturnType<typeof findCampaignPage>>['rows'][number];

export async function findVisibleCampaign(db: Db, actor: Scope, id: string) {
  return visibleCampaigns(db, actor)
    .select(campaignColumns)
    .where('reviewCampaign.id', '=', id)
    .executeTakeFirst();
}

/** The reviewing units of campaigns that the actor may see, each with its number of findings. */
export async function findCampaignUnits(db: Db, actor: Scope, campaignIds: string[]) {
  if (campaignIds.length === 0) return [];
  return db
    .selectFrom('reviewCampaignUnit as member')
    .innerJoin('unit', 'unit.id', 'member.unitId')
    .select((eb) => [
      'member.campaignId',
      'member.deadline',
      'member.nothingFoundAt',
      'member.nothingFoundNote',
      'unit.id as unitId',
      'unit.code as unitCode',
      'unit.name as unitName',
      'unit.path as unitPath',
      eb
        .selectFrom('reviewFinding')
        .select((inner) => inner.fn.countAll<number | string>().as('n'))
        .whereRef('reviewFinding.campaignId', '=', 'member.campaignId')
        .whereRef('reviewFinding.unitId', '=', 'member.unitId')
        .as('findingCount'),
      eb
        .selectFrom('reviewFinding')
        .select((inner) => inner.fn.max('reviewFinding.updatedAt').as('at'))
        .whereRef('reviewFinding.campaignId', '=', 'member.campaignId')
        .whereRef('reviewFinding.unitId', '=', 'member.unitId')
        .as('lastFindingAt'),
    ])
    .where('member.campaignId', 'in', campaignIds)
    .where(inScope(actor, 'unit.path'))
    .orderBy('unit.searchName')
    .execute();
}
export type CampaignUnitRow = Awaited<ReturnType<typeof findCampaignUnits>>[number];

export async function findCampaignMember(db: Db, campaignId: string, unitId: string) {
  return db
    .selectFrom('reviewCampaignUnit')
    .selectAll()
    .where('campaignId', '=', campaignId)
    .where('unitId', '=', unitId)
    .executeTakeFirst();
}

const findingColumns = [
  'reviewFinding.id',
  'reviewFinding.campaignId',
  'reviewFinding.outcome',
  'reviewFinding.provisions',
  'reviewFinding.reason',
  'reviewFinding.proposal',
  'reviewFinding.createdAt',
  'reviewFinding.updatedAt',
  'reviewFinding.version',
  'unit.id as unitId',
  'unit.code as unitCode',
  'unit.name as unitName',
  'unit.path as unitPath',
  'document.id as documentId',
  'document.number as documentNumber',
  'document.kind as documentKind',
  'document.issuer as documentIssuer',
  'document.issuedOn as documentIssuedOn',
  'document.title as documentTitle',
  'author.displayName as createdBy',
] as const;

function scopedFindings(db: Db, actor: Scope) {
  return db
    .selectFrom('reviewFinding')
    .innerJoin('unit', 'unit.id', 'reviewFinding.unitId')
    .leftJoin('legalDocument as document', 'document.id', 'reviewFinding.documentId')
    .leftJoin('appUser as author', 'author.id', 'reviewFinding.createdBy')
    .where(inScope(actor, 'unit.path'));
}

/** "New document needed" findings (no document) come after those on documents of the register. */
const newDocumentsLast = sql<number>`case when ${sql.ref('reviewFinding.documentId')} is null then 1 else 0 end`;

/** Findings of a campaign by units in the actor's scope, in the order of the register (oldest document first). */
export async function findFindingPage(db: Db, actor: Scope, campaignId: string, query: FindingListQuery) {
  let base = scopedFindings(db, actor).where('reviewFinding.campaignId', '=', campaignId);
  if (query.unitId) base = base.where('reviewFinding.unitId', '=', query.unitId);
  if (query.outcome) base = base.where('reviewFinding.outcome', '=', query.outcome);
  const [rows, count] = await Promise.all([
    base
      .select(findingColumns)
      .orderBy(newDocumentsLast)
      .orderBy('document.issuedOn')
      .orderBy('document.numberKey')
      .orderBy('unit.searchName')
      .orderBy('reviewFinding.createdAt')
      .limit(query.limit)
      .offset(query.offset)
      .execute(),
    base.select((eb) => eb.fn.countAll<number | string>().as('total')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.total) };
}
export type FindingRow = Awaited<ReturnType<typeof findFindingPage>>['rows'][number];

export async function findAllFindings(db: Db, actor: Scope, campaignId: string) {
  return scopedFindings(db, actor)
    .select(findingColumns)
    .where('reviewFinding.campaignId', '=', campaignId)
    .orderBy(newDocumentsLast)
    .orderBy('document.issuedOn')
    .orderBy('document.numberKey')
    .orderBy('unit.searchName')
    .orderBy('reviewFinding.createdAt')
    .execute();
}

export async function findScopedFinding(db: Db, actor: Scope, id: string) {
  return scopedFindings(db, actor)
    .select(findingColumns)
    .where('reviewFinding.id', '=', id)
    .executeTakeFirst();
}

/** The units a plan task is assigned to (the campaign's reviewers when none are named). */
export async function findTaskUnitIds(db: Db, taskId: string) {
  const rows = await db
    .selectFrom('assignment')
    .select('unitId')
    .distinct()
    .where('taskId', '=', taskId)
    .where('unitId', 'is not', null)
    .execute();
  return rows.flatMap((row) => (row.unitId ? [row.unitId] : []));
}
