import { randomUUID } from 'node:crypto';
import { foldText } from '../../domain/common/text.ts';
import {
  DIFFICULTY_STATE_LABELS,
  type Difficulty,
  type DifficultyAction,
  type DifficultyAnswer,
  type DifficultyClose,
  type DifficultyDetail,
  type DifficultyFilter,
  type DifficultyListQuery,
} from '../../domain/difficulties/difficulties.schemas.ts';
import { nextDifficultyState } from '../../domain/difficulties/difficulty-rules.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { Db } from '../db/database.ts';
import type { DifficultyTable } from '../db/schema.ts';
import type { Actor } from '../http/actor.ts';
import { AppError, conflict, notFound } from '../http/errors.ts';
import { isPathInScope } from '../http/scope.ts';
import { deliverInApp } from '../notifications/delivery.service.ts';
import { insertOutboxIgnoringDuplicates } from '../notifications/outbox.repo.ts';
import {
  type DifficultyRow,
  findDifficultyEvents,
  findDifficultyInScope,
  findDifficultyPage,
  findUnitUserIds,
  insertDifficultyEvent,
  streamDifficulties,
  updateDifficulty,
} from './difficulties.repo.ts';

const DIFFICULTY_NOT_FOUND = { vi: 'Không tìm thấy khó khăn, vướng mắc.', en: 'Difficulty not found.' };

/** Coordinators and administrators whose scope holds the unit answer and close its difficulties. */
const isReviewer = (actor: Actor, row: DifficultyRow) =>
  (actor.role === 'coordinator' || actor.role === 'admin') && isPathInScope(actor, row.unitPath);
/** The unit that raised it confirms it solved (close) or not (reopen); a leader only reads. */
const isRaiser = (actor: Actor, row: DifficultyRow) => actor.role !== 'leader' && actor.unitId === row.unitId;

const MAY: Record<DifficultyAction, (actor: Actor, row: DifficultyRow) => boolean> = {
  answer: isReviewer,
  close: (actor, row) => isReviewer(actor, row) || isRaiser(actor, row),
  reopen: (actor, row) => isReviewer(actor, row) || isRaiser(actor, row),
};

const can = (action: DifficultyAction, actor: Actor, row: DifficultyRow) =>
  MAY[action](actor, row) && nextDifficultyState(action, row.state) !== null;

const userRef = (id: string | null, name: string | null) => (id && name ? { id, displayName: name } : null);

function toDifficulty(actor: Actor, row: DifficultyRow): Difficulty {
  return {
    id: row.id,
    text: row.text,
    state: row.state,
    raisedAt: row.createdAt,
    answer: row.answer,
    answeredAt: row.answeredAt,
    answeredBy: userRef(row.answeredBy, row.answeredByName),
    closedAt: row.closedAt,
    closedBy: userRef(row.closedBy, row.closedByName),
    closeNote: row.closeNote,
    report: { id: row.reportId, status: row.reportStatus },
    period: { id: row.periodId, label: row.periodLabel, dueDate: row.dueDate },
    plan: { id: row.planId, number: row.planNumber, title: row.planTitle },
    task: { id: row.taskId, code: row.taskCode, title: row.taskTitle },
    unit: { id: row.unitId, code: row.unitCode, name: row.unitName },
    canAnswer: can('answer', actor, row),
    canClose: can('close', actor, row),
    canReopen: can('reopen', actor, row),
    version: row.version,
  };
}

/** The register in the actor's scope: a unit sees what it (and units below it) raised; a coordinator, the scope. */
export async function listDifficulties(db: Db, actor: Actor, query: DifficultyListQuery) {
  const { rows, total } = await findDifficultyPage(db, actor, query);
  return { items: rows.map((row) => toDifficulty(actor, row)), total };
}

export function exportDifficulties(
  db: Db,
  actor: Actor,
  filter: DifficultyFilter,
): AsyncIterable<Difficulty> {
  const rows = streamDifficulties(db, actor, filter);
  return (async function* () {
    for await (const row of rows) yield toDifficulty(actor, row);
  })();
}

export async function getDifficulty(db: Db, actor: Actor, id: string): Promise<DifficultyDetail> {
  const row = await findDifficultyInScope(db, actor, id);
  if (!row) throw notFound(DIFFICULTY_NOT_FOUND);
  const events = await findDifficultyEvents(db, id);
  return {
    ...toDifficulty(actor, row),
    history: events.map((e) => ({
      action: e.action,
      fromState: e.fromState,
      toState: e.toState,
      note: e.note,
      user: userRef(e.userId, e.displayName),
      at: e.at,
    })),
  };
}

const ACTION_TEXT: Record<DifficultyAction, { vi: string; en: string }> = {
  answer: { vi: 'trả lời', en: 'answered' },
  close: { vi: 'đóng', en: 'closed' },
  reopen: { vi: 'mở lại', en: 'reopened' },
};

/** The fields an action sets, besides the state. */
function changesOf(
  action: DifficultyAction,
  actor: Actor,
  row: DifficultyRow,
  note: string | null,
): Partial<DifficultyTable> {
  if (action === 'answer')
    return {
      answer: note,
      answeredBy: actor.userId,
      answeredAt: actor.now,
      searchText: foldText(`${row.text} ${note ?? ''}`),
    };
  if (action === 'close') return { closedBy: actor.userId, closedAt: actor.now, closeNote: note };
  return { closedBy: null, closedAt: null, closeNote: null };
}

/** Tells the raising unit's users, in the bell, that their difficulty was answered. */
async function notifyAnswer(db: Db, actor: Actor, row: DifficultyRow, answer: string, version: number) {
  const userIds = await findUnitUserIds(db, row.unitId);
  const plan = row.planNumber ? `Kế hoạch số ${row.planNumber}` : `Kế hoạch "${row.planTitle}"`;
  const short = answer.length > 300 ? `${answer.slice(0, 297)}…` : answer;
  const ids = await insertOutboxIgnoringDuplicates(
    db,
    userIds.map((userId) => ({
      id: randomUUID(),
      channel: 'in_app' as const,
      userId,
      toAddress: null,
      subject: `Khó khăn, vướng mắc đã được trả lời – nhiệm vụ ${row.taskCode} (${plan})`,
      body: `Kỳ báo cáo ${row.periodLabel}. Khó khăn: ${row.text}\nTrả lời của ${actor.displayName}: ${short}`,
      link: `/reports/${row.periodId}`,
      status: 'pending' as const,
      nextAttemptAt: actor.now,
      lastError: null,
      sentAt: null,
      dedupeKey: `difficulty:answer:${row.id}:${version}:${userId}:in_app`,
      createdAt: actor.now,
    })),
  );
  await deliverInApp(db, new Date(actor.now), ids);
}

async function act(
  db: Db,
  actor: Actor,
  id: string,
  action: DifficultyAction,
  input: { version: number; note: string | null },
): Promise<DifficultyDetail> {
  const row = await findDifficultyInScope(db, actor, id);
  if (!row) throw notFound(DIFFICULTY_NOT_FOUND);
  if (!MAY[action](actor, row)) throw new AppError('FORBIDDEN');
  await db.transaction().execute(async (trx) => {
    const current = await findDifficultyInScope(trx, actor, id);
    if (!current || current.version !== input.version) throw conflict();
    const to = nextDifficultyState(action, current.state);
    if (!to) {
      throw new AppError('INVALID_STATE', {
        vi: `Không thể ${ACTION_TEXT[action].vi} khó khăn, vướng mắc ở trạng thái "${DIFFICULTY_STATE_LABELS[current.state].vi}".`,
        en: `A difficulty that is ${current.state} cannot be ${ACTION_TEXT[action].en}.`,
      });
    }
    const changes = { ...changesOf(action, actor, current, input.note), state: to, updatedAt: actor.now };
    if (!(await updateDifficulty(trx, id, input.version, changes))) throw conflict();
    await insertDifficultyEvent(trx, {
      difficultyId: id,
      action,
      fromState: current.state,
      toState: to,
      note: input.note,
      userId: actor.userId,
      at: actor.now,
    });
    await recordAudit(trx, actor, {
      action,
      entity: 'difficulty',
      entityId: id,
      before: { state: current.state, answer: current.answer },
      after: { state: to, ...(input.note === null ? {} : { note: input.note }) },
    });
    if (action === 'answer' && input.note)
      await notifyAnswer(trx, actor, current, input.note, input.version + 1);
  });
  return getDifficulty(db, actor, id);
}

export const answerDifficulty = (db: Db, actor: Actor, id: string, input: DifficultyAnswer) =>
  act(db, actor, id, 'answer', { version: input.version, note: input.answer });
export const closeDifficulty = (db: Db, actor: Actor, id: string, input: DifficultyClose) =>
  act(db, actor, id, 'close', { version: input.version, note: input.note || null });
export const reopenDifficulty = (db: Db, actor: Actor, id: string, input: DifficultyClose) =>
  act(db, actor, id, 'reopen', { version: input.version, note: input.note || null });
