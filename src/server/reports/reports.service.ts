import { randomUUID } from 'node:crypto';
import {
  isOwed,
  type PeriodListQuery,
  type PeriodSummary,
  type Report,
  type ReportSave,
} from '../../domain/reports/reports.schemas.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { Db } from '../db/database.ts';
import type { ReportTable } from '../db/schema.ts';
import { raiseReportDifficulty } from '../difficulties/difficulties.repo.ts';
import { suggestIndicatorValues } from '../events/indicator-feed.service.ts';
import type { Actor } from '../http/actor.ts';
import { AppError, conflict, notFound } from '../http/errors.ts';
import { isPathInScope } from '../http/scope.ts';
import {
  findCoordinatorParts,
  findFiles,
  findIndicatorsWithValues,
  findPeriodInScope,
  findPeriodOfReport,
  findPeriodPage,
  findReport,
  findTransitions,
  type PeriodRow,
} from './reports.repo.ts';

const REPORT_NOT_FOUND = { vi: 'Không tìm thấy báo cáo.', en: 'Report not found.' };
type Status = ReportTable['status'];

const today = (actor: Actor) => actor.now.slice(0, 10);

function toPeriodSummary(row: PeriodRow, now: string): PeriodSummary {
  const status = row.status ?? 'not_started';
  return {
    periodId: row.periodId,
    label: row.label,
    periodStart: row.periodStart,
    periodEnd: row.periodEnd,
    dueDate: row.dueDate,
    planId: row.planId,
    planNumber: row.planNumber,
    taskId: row.taskId,
    taskCode: row.taskCode,
    taskTitle: row.taskTitle,
    role: row.role,
    unit: { id: row.unitId, code: row.unitCode, name: row.unitName },
    reportId: row.reportId,
    status,
    progress: row.progress,
    submittedAt: row.submittedAt,
    isLate: row.dueDate < now.slice(0, 10) && isOwed(status),
  };
}

/** The assigned unit's own users write its report; a leader never does (SPEC §1). */
const canWrite = (actor: Actor, row: PeriodRow) => actor.role !== 'leader' && actor.unitId === row.unitId;
/** Coordinators and admins review reports of units in their scope. */
const canReview = (actor: Actor, row: PeriodRow) =>
  (actor.role === 'coordinator' || actor.role === 'admin') && isPathInScope(actor, row.unitPath);

export async function listPeriods(db: Db, actor: Actor, query: PeriodListQuery) {
  const { rows, total } = await findPeriodPage(db, actor, { ...query, today: today(actor) });
  return { items: rows.map((row) => toPeriodSummary(row, actor.now)), total };
}

async function buildReport(db: Db, actor: Actor, row: PeriodRow): Promise<Report> {
  const report = row.reportId ? await findReport(db, row.reportId) : undefined;
  const canEdit =
    canWrite(actor, row) && (!report || report.status === 'draft' || report.status === 'returned');
  const [indicators, transitions, files, parts, suggestions] = await Promise.all([
    findIndicatorsWithValues(db, row.taskId, report?.id ?? null),
    report ? findTransitions(db, report.id) : [],
    report ? findFiles(db, report.id) : [],
    row.role === 'lead' ? findCoordinatorParts(db, row.taskId, row.dueDate) : [],
    // Figures the unit already recorded as events, media items or review findings are offered, not retyped.
    canEdit ? suggestIndicatorValues(db, row) : new Map<string, never>(),
  ]);
  return {
    id: report?.id ?? null,
    period: toPeriodSummary(row, actor.now),
    status: report?.status ?? 'not_started',
    progress: report?.progress ?? 0,
    done: report?.done ?? null,
    difficulties: report?.difficulties ?? null,
    proposals: report?.proposals ?? null,
    returnComment: report?.returnComment ?? null,
    indicators: indicators.map((i) => ({
      id: i.id,
      taskId: i.taskId,
      name: i.name,
      unitLabel: i.unitLabel,
      kind: i.kind,
      value: i.value ?? null,
      suggested: suggestions.get(i.id) ?? null,
    })),
    files,
    transitions: transitions.map((t) => ({
      fromStatus: t.fromStatus,
      toStatus: t.toStatus,
      comment: t.comment,
      at: t.at,
      user: t.userId && t.displayName ? { id: t.userId, displayName: t.displayName } : null,
    })),
    coordinatorParts: parts.map((p) => ({
      unit: { id: p.id, code: p.code, name: p.name },
      status: p.status ?? 'not_started',
      progress: p.progress,
      done: p.done,
    })),
    canEdit,
    canReview: canReview(actor, row) && report?.status === 'submitted',
    version: report?.version ?? 0,
  };
}

export async function getPeriodReport(db: Db, actor: Actor, periodId: string): Promise<Report> {
  const row = await findPeriodInScope(db, actor, periodId);
  if (!row) throw notFound(REPORT_NOT_FOUND);
  return buildReport(db, actor, row);
}

const LOCKED = {
  vi: 'Báo cáo đã gửi hoặc đã được tiếp nhận, không thể sửa. Nếu cần sửa, đề nghị đơn vị tổng hợp trả lại.',
  en: 'The report was submitted or accepted and cannot be edited; ask the coordinator to return it.',
};

async function writeTransition(
  db: Db,
  actor: Actor,
  reportId: string,
  from: Status | null,
  to: Status,
  comment: string | null = null,
) {
  await db
    .insertInto('reportTransition')
    .values({
      id: randomUUID(),
      reportId,
      fromStatus: from,
      toStatus: to,
      comment,
      userId: actor.userId,
      at: actor.now,
    })
    .execute();
}

/** Saves the unit's draft (creating the report on first save); only while draft or returned; 409 on a stale version. */
export async function saveReport(db: Db, actor: Actor, periodId: string, input: ReportSave): Promise<Report> {
  const row = await findPeriodInScope(db, actor, periodId);
  if (!row) throw notFound(REPORT_NOT_FOUND);
  if (!canWrite(actor, row)) throw new AppError('FORBIDDEN');
  const indicatorIds = new Set((await findIndicatorsWithValues(db, row.taskId, null)).map((i) => i.id));
  const unknown = (input.indicatorValues ?? []).findIndex((v) => !indicatorIds.has(v.indicatorId));
  if (unknown >= 0)
    throw new AppError('VALIDATION_FAILED', undefined, [
      { path: `/indicatorValues/${unknown}/indicatorId`, message: 'Chỉ tiêu không thuộc nhiệm vụ này' },
    ]);
  const fields = {
    progress: input.progress,
    done: input.done ?? null,
    difficulties: input.difficulties ?? null,
    proposals: input.proposals ?? null,
  };
  await db.transaction().execute(async (trx) => {
    let reportId = row.reportId;
    if (!reportId) {
      if (input.version !== 0) throw conflict();
      reportId = randomUUID();
      await trx
        .insertInto('report')
        .values({
          id: reportId,
          periodId,
          status: 'draft',
          ...fields,
          createdBy: actor.userId,
          updatedBy: actor.userId,
          createdAt: actor.now,
          updatedAt: actor.now,
        })
        .execute();
      await writeTransition(trx, actor, reportId, null, 'draft');
    } else {
      const current = await findReport(trx, reportId);
      if (!current || current.version !== input.version) throw conflict();
      if (current.status !== 'draft' && current.status !== 'returned')
        throw new AppError('INVALID_STATE', LOCKED);
      const result = await trx
        .updateTable('report')
        .set({ ...fields, updatedBy: actor.userId, updatedAt: actor.now, version: input.version + 1 })
        .where('id', '=', reportId)
        .where('version', '=', input.version)
        .executeTakeFirst();
      if (Number(result.numUpdatedRows) !== 1) throw conflict();
    }
    if (input.indicatorValues)
      await trx.deleteFrom('reportIndicatorValue').where('reportId', '=', reportId).execute();
    if (input.indicatorValues && input.indicatorValues.length > 0) {
      await trx
        .insertInto('reportIndicatorValue')
        .values(input.indicatorValues.map((v) => ({ reportId, indicatorId: v.indicatorId, value: v.value })))
        .execute();
    }
    await recordAudit(trx, actor, {
      action: row.reportId ? 'update' : 'create',
      entity: 'report',
      entityId: reportId,
      after: { ...fields, indicatorValues: input.indicatorValues },
    });
  });
  return getPeriodReport(db, actor, periodId);
}

type Transition = { to: Status; from: Status[]; who: 'writer' | 'reviewer'; comment?: string };

async function transition(
  db: Db,
  actor: Actor,
  reportId: string,
  version: number,
  move: Transition,
): Promise<Report> {
  const row = await findPeriodOfReport(db, actor, reportId);
  if (!row) throw notFound(REPORT_NOT_FOUND);
  const allowed = move.who === 'writer' ? canWrite(actor, row) : canReview(actor, row);
  if (!allowed) throw new AppError('FORBIDDEN');
  await db.transaction().execute(async (trx) => {
    const current = await findReport(trx, reportId);
    if (!current || current.version !== version) throw conflict();
    if (!move.from.includes(current.status)) {
      throw new AppError('INVALID_STATE', {
        vi: `Không thể chuyển báo cáo từ trạng thái "${current.status}" sang "${move.to}".`,
        en: `A ${current.status} report cannot become ${move.to}.`,
      });
    }
    const changes: Partial<ReportTable> = { status: move.to, updatedBy: actor.userId, updatedAt: actor.now };
    if (move.to === 'submitted') changes.submittedAt = actor.now;
    if (move.to === 'returned') changes.returnComment = move.comment ?? null;
    if (move.to === 'accepted') {
      changes.acceptedAt = actor.now;
      // What was accepted is kept as it was: later reads of the snapshot never change.
      changes.snapshot = JSON.stringify(await buildReport(trx, actor, row));
    }
    const result = await trx
      .updateTable('report')
      .set({ ...changes, version: version + 1 })
      .where('id', '=', reportId)
      .where('version', '=', version)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) throw conflict();
    await writeTransition(trx, actor, reportId, current.status, move.to, move.comment ?? null);
    // Difficulties raised in a submitted report become items of the register (SPEC §4).
    if (move.to === 'submitted') await raiseReportDifficulty(trx, reportId, current.difficulties, actor.now);
    await recordAudit(trx, actor, {
      action: move.to === 'submitted' ? 'submit' : move.to === 'returned' ? 'return' : 'accept',
      entity: 'report',
      entityId: reportId,
      before: { status: current.status },
      after: { status: move.to, comment: move.comment ?? null },
    });
  });
  return getPeriodReport(db, actor, row.periodId);
}

export const submitReport = (db: Db, actor: Actor, reportId: string, version: number) =>
  transition(db, actor, reportId, version, { to: 'submitted', from: ['draft', 'returned'], who: 'writer' });
export const returnReport = (db: Db, actor: Actor, reportId: string, version: number, comment: string) =>
  transition(db, actor, reportId, version, { to: 'returned', from: ['submitted'], who: 'reviewer', comment });
export const acceptReport = (db: Db, actor: Actor, reportId: string, version: number) =>
  transition(db, actor, reportId, version, { to: 'accepted', from: ['submitted'], who: 'reviewer' });

/** For evidence files: the report, if the actor may see it (404) and, for changes, write it (403/422). */
export async function requireReportAccess(db: Db, actor: Actor, reportId: string, mode: 'read' | 'write') {
  const row = await findPeriodOfReport(db, actor, reportId);
  if (!row) throw notFound(REPORT_NOT_FOUND);
  if (mode === 'write') {
    if (!canWrite(actor, row)) throw new AppError('FORBIDDEN');
    if (row.status !== 'draft' && row.status !== 'returned') throw new AppError('INVALID_STATE', LOCKED);
  }
  return row;
}
