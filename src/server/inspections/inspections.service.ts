import { randomUUID } from 'node:crypto';
import { foldText } from '../../domain/common/text.ts';
import type {
  Inspection,
  InspectionCreate,
  InspectionFilter,
  InspectionListQuery,
  InspectionSummary,
  UnitOptionQuery,
} from '../../domain/inspections/inspections.schemas.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { Db } from '../db/database.ts';
import type { Actor } from '../http/actor.ts';
import { notFound } from '../http/errors.ts';
import { isPathInScope } from '../http/scope.ts';
import {
  canManageInspection,
  INSPECTION_NOT_FOUND,
  requireInspectorRole,
  todayOf,
  toFollowUp,
} from './inspection-access.ts';
import { resolveReferences } from './inspection-references.ts';
import { findFollowUpsOfInspection } from './follow-ups.repo.ts';
import {
  findFindings,
  findInspectionPage,
  findUnit,
  findUnitOptions,
  findVisibleInspection,
  type InspectionRepoFilter,
  type InspectionRow,
  type InspectionSummaryRow,
  streamInspections,
} from './inspections.repo.ts';

function toSummary(row: InspectionSummaryRow): InspectionSummary {
  return {
    id: row.id,
    subject: row.subject,
    state: row.state,
    plannedFrom: row.plannedFrom,
    plannedTo: row.plannedTo,
    actualDate: row.actualDate,
    decisionNumber: row.decisionNumber,
    decisionDate: row.decisionDate,
    conclusionNumber: row.conclusionNumber,
    inspectingUnit: { id: row.inspectingId, code: row.inspectingCode, name: row.inspectingName },
    inspectedUnit: { id: row.inspectedId, code: row.inspectedCode, name: row.inspectedName },
    plan: { id: row.planId, number: row.planNumber, title: row.planTitle },
    task:
      row.taskId && row.taskCode ? { id: row.taskId, code: row.taskCode, title: row.taskTitle ?? '' } : null,
    findingCount: Number(row.findingCount ?? 0),
    openFollowUpCount: Number(row.openFollowUpCount ?? 0),
    overdueFollowUpCount: Number(row.overdueFollowUpCount ?? 0),
    updatedAt: row.updatedAt,
    version: row.version,
  };
}

/** A unit filter names a subtree; a unit that does not exist matches nothing. */
async function toRepoFilter(db: Db, actor: Actor, filter: InspectionFilter): Promise<InspectionRepoFilter> {
  const { unitId, q, ...rest } = filter;
  const unit = unitId ? await findUnit(db, unitId) : undefined;
  return {
    ...rest,
    folded: q ? foldText(q) : undefined,
    unitPath: unitId ? (unit?.path ?? '/-/') : undefined,
    today: todayOf(actor),
  };
}

export async function listInspections(db: Db, actor: Actor, query: InspectionListQuery) {
  const filter = await toRepoFilter(db, actor, query);
  const { rows, total } = await findInspectionPage(db, actor, {
    ...filter,
    limit: query.limit,
    offset: query.offset,
  });
  return { items: rows.map(toSummary), total };
}

/** Every matching inspection, for the .xlsx export. */
export async function exportInspections(
  db: Db,
  actor: Actor,
  filter: InspectionFilter,
): Promise<AsyncIterable<InspectionSummary>> {
  const rows = streamInspections(db, actor, await toRepoFilter(db, actor, filter));
  return (async function* () {
    for await (const row of rows) yield toSummary(row);
  })();
}

export async function requireVisibleInspection(db: Db, actor: Actor, id: string): Promise<InspectionRow> {
  const row = await findVisibleInspection(db, actor, id, todayOf(actor));
  if (!row) throw notFound(INSPECTION_NOT_FOUND);
  return row;
}

export async function getInspection(db: Db, actor: Actor, id: string): Promise<Inspection> {
  const row = await requireVisibleInspection(db, actor, id);
  const [findings, followUps] = await Promise.all([
    findFindings(db, id),
    findFollowUpsOfInspection(db, actor, id),
  ]);
  return {
    ...toSummary(row),
    content: row.content,
    team: row.team,
    conclusion: row.conclusion,
    cancelReason: row.cancelReason,
    createdAt: row.createdAt,
    createdBy: row.authorId && row.authorName ? { id: row.authorId, displayName: row.authorName } : null,
    findings: findings.map((finding) => ({
      ...finding,
      followUps: followUps.filter((f) => f.findingId === finding.id).map((f) => toFollowUp(actor, f)),
    })),
    canEdit: row.state !== 'cancelled' && canManageInspection(actor, row),
  };
}

/** What the list's text search looks in: subject, numbers, team and both units' names. */
export const searchTextOf = (parts: (string | null | undefined)[]) =>
  foldText(parts.filter(Boolean).join(' '));

export async function createInspection(db: Db, actor: Actor, input: InspectionCreate): Promise<Inspection> {
  requireInspectorRole(actor);
  const refs = await resolveReferences(db, actor, {
    planId: input.planId,
    taskId: input.taskId ?? null,
    inspectingUnitId: input.inspectingUnitId ?? actor.unitId,
    inspectedUnitId: input.inspectedUnitId,
  });
  const id = randomUUID();
  const values = {
    planId: input.planId,
    taskId: input.taskId ?? null,
    inspectingUnitId: refs.inspecting.id,
    inspectedUnitId: refs.inspected.id,
    subject: input.subject,
    content: input.content || null,
    team: input.team || null,
    plannedFrom: input.plannedFrom,
    plannedTo: input.plannedTo ?? null,
    decisionNumber: input.decisionNumber || null,
    decisionDate: input.decisionDate ?? null,
  };
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('inspection')
      .values({
        id,
        ...values,
        state: 'planned',
        searchText: searchTextOf([
          input.subject,
          input.decisionNumber,
          input.team,
          refs.inspecting.name,
          refs.inspected.name,
        ]),
        createdBy: actor.userId,
        updatedBy: actor.userId,
        createdAt: actor.now,
        updatedAt: actor.now,
      })
      .execute();
    await recordAudit(trx, actor, { action: 'create', entity: 'inspection', entityId: id, after: values });
  });
  return getInspection(db, actor, id);
}

/** Units the actor may name in an inspection: its scope, optionally under one unit (a follow-up's). */
export async function listUnitOptions(db: Db, actor: Actor, query: UnitOptionQuery) {
  const within = query.withinUnitId ? await findUnit(db, query.withinUnitId) : undefined;
  if (query.withinUnitId && (!within || !isPathInScope(actor, within.path))) return { items: [] };
  const items = await findUnitOptions(db, actor, {
    folded: query.q ? foldText(query.q) : undefined,
    withinPath: within?.path,
  });
  return { items };
}
