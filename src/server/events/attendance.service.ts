/**
 * Members at force training, drills and contests (issue 7, item 3). The organiser picks members of the force
 * register under its own unit; each attendance is also the member's training record (`member_training`, one
 * row per member and event), written in the same transaction, so that it counts toward the member's training
 * and the training-day allowance. Absent members have no training record.
 */
import { randomUUID } from 'node:crypto';
import { foldText } from '../../domain/common/text.ts';
import {
  type AttendanceList,
  type AttendanceSet,
  type Attendee,
  MAX_ATTENDEES,
  type MemberOption,
  passedOf,
  takesAttendance,
  trainingKindOf,
} from '../../domain/events/attendance.ts';
import type { EventKind } from '../../domain/events/constants.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { Db } from '../db/database.ts';
import type { Actor } from '../http/actor.ts';
import { AppError, conflict, notFound } from '../http/errors.ts';
import { parentPathOf } from '../http/scope.ts';
import { requireForceWriter } from '../force/force-scope.ts';
import {
  type AttendanceRow,
  findAttendance,
  findListableMemberIds,
  findMemberOptions,
} from './attendance.repo.ts';
import { findScopedEvent } from './events.repo.ts';

const EVENT_NOT_FOUND = { vi: 'Không tìm thấy sự kiện.', en: 'Event not found.' };
const MEMBER_NOT_FOUND = {
  vi: 'Không tìm thấy thành viên trong lực lượng của đơn vị tổ chức.',
  en: 'Member not found in the organising unit’s force.',
};
const NO_ATTENDANCE = {
  vi: 'Chỉ ghi danh sách học viên cho lớp huấn luyện, bồi dưỡng lực lượng, diễn tập và hội thi; đổi loại sự kiện trước.',
  en: 'Only force training, drills and contests keep an attendance list; change the event’s kind first.',
};

/** Leaders and agencies read; those who keep the force register record attendance (their training). */
const canWrite = (actor: Actor) =>
  actor.role === 'commune_police' || actor.role === 'coordinator' || actor.role === 'admin';

/**
 * The event and the subtree its members come from: the organiser's own unit, or — for an agency such as
 * Công an tỉnh — the level it serves (its parent), as for its users' scope.
 */
async function requireEvent(db: Db, actor: Actor, eventId: string) {
  const event = await findScopedEvent(db, actor, eventId);
  if (!event) throw notFound(EVENT_NOT_FOUND);
  const unit = await db
    .selectFrom('unit')
    .select(['kind', 'path'])
    .where('id', '=', event.unitId)
    .executeTakeFirstOrThrow();
  const parent = parentPathOf(unit.path);
  const organiserPath = unit.kind === 'agency' && parent !== '/' ? parent : unit.path;
  return { event, organiserPath };
}

async function requireWritableEvent(db: Db, actor: Actor, eventId: string) {
  const found = await requireEvent(db, actor, eventId);
  requireForceWriter(actor);
  if (!takesAttendance(found.event.kind)) throw conflict(NO_ATTENDANCE);
  return found;
}

function toAttendee(row: AttendanceRow): Attendee {
  return {
    memberId: row.memberId,
    fullName: row.fullName,
    dateOfBirth: row.dateOfBirth,
    unit: { id: row.unitId, code: row.unitCode, name: row.unitName },
    team: row.teamId && row.teamName ? { id: row.teamId, name: row.teamName } : null,
    memberStatus: row.memberStatus,
    result: row.result ?? 'attended',
    certificateNo: row.certificateNo,
    updatedAt: row.updatedAt,
  };
}

export async function listAttendance(db: Db, actor: Actor, eventId: string): Promise<AttendanceList> {
  const { event } = await requireEvent(db, actor, eventId);
  const items = (await findAttendance(db, eventId)).map(toAttendee);
  const counts = { attended: 0, passed: 0, failed: 0, absent: 0 };
  for (const item of items) counts[item.result] += 1;
  return {
    takesAttendance: takesAttendance(event.kind),
    canEdit: canWrite(actor) && takesAttendance(event.kind),
    items,
    counts,
  };
}

/** Rows of the .xlsx export, in the list's order. */
export async function* exportAttendance(db: Db, actor: Actor, eventId: string) {
  const { event } = await requireEvent(db, actor, eventId);
  for (const row of await findAttendance(db, eventId)) yield { event, attendee: toAttendee(row) };
}

export async function listMemberOptions(
  db: Db,
  actor: Actor,
  eventId: string,
  query: { q?: string; limit: number },
): Promise<{ items: MemberOption[] }> {
  const { organiserPath } = await requireEvent(db, actor, eventId);
  const rows = await findMemberOptions(db, actor, {
    eventId,
    organiserPath,
    folded: query.q ? foldText(query.q) : undefined,
    limit: query.limit,
  });
  return {
    items: rows.map((row) => ({
      id: row.id,
      fullName: row.fullName,
      dateOfBirth: row.dateOfBirth,
      status: row.status,
      unit: { id: row.unitId, name: row.unitName },
      team: row.teamId && row.teamName ? { id: row.teamId, name: row.teamName } : null,
    })),
  };
}

/** The training record an event gives, without its keys. */
function trainingOf(event: { kind: EventKind; title: string; startsOn: string; endsOn: string }) {
  return {
    kind: trainingKindOf(event.kind, event.title) ?? 'training',
    title: event.title,
    startedOn: event.startsOn,
    endedOn: event.endsOn,
  };
}

/** Adds members or changes their result and certificate: the whole batch or nothing. */
export async function setAttendance(
  db: Db,
  actor: Actor,
  eventId: string,
  input: AttendanceSet,
): Promise<AttendanceList> {
  const { event, organiserPath } = await requireWritableEvent(db, actor, eventId);
  const ids = input.items.map((item) => item.memberId);
  const listable = await findListableMemberIds(db, actor, organiserPath, ids);
  const missing = input.items.flatMap((item, index) =>
    listable.has(item.memberId) ? [] : [{ path: `/items/${index}/memberId`, message: MEMBER_NOT_FOUND.vi }],
  );
  if (missing.length > 0) throw new AppError('NOT_FOUND', MEMBER_NOT_FOUND, missing);

  await db.transaction().execute(async (trx) => {
    const existing = new Map(
      (await trx.selectFrom('eventAttendance').selectAll().where('eventId', '=', eventId).execute()).map(
        (row) => [row.memberId, row],
      ),
    );
    const newcomers = ids.filter((id) => !existing.has(id)).length;
    if (existing.size + newcomers > MAX_ATTENDEES)
      throw new AppError('VALIDATION_FAILED', {
        vi: `Một lớp có tối đa ${MAX_ATTENDEES} học viên; danh sách đã có ${existing.size}.`,
        en: `A course has at most ${MAX_ATTENDEES} attendees; the list has ${existing.size}.`,
      });
    // A certificate number belongs to one member of the course.
    const batch = new Set(ids);
    const taken = new Map<string, string>();
    for (const row of existing.values())
      if (row.certificateNo && !batch.has(row.memberId)) taken.set(foldText(row.certificateNo), row.memberId);
    const clashes = input.items.flatMap((item, index) =>
      item.certificateNo && taken.has(foldText(item.certificateNo))
        ? [
            {
              path: `/items/${index}/certificateNo`,
              message: `Số chứng chỉ ${item.certificateNo} đã cấp cho học viên khác của lớp`,
            },
          ]
        : [],
    );
    if (clashes.length > 0)
      throw conflict(
        { vi: 'Số chứng chỉ đã cấp cho học viên khác của lớp.', en: 'Certificate number already used.' },
        clashes,
      );

    const trainings = new Map(
      (
        await trx
          .selectFrom('memberTraining')
          .select(['id', 'memberId', 'createdBy', 'createdAt'])
          .where('eventId', '=', eventId)
          .where('memberId', 'in', ids)
          .execute()
      ).map((row) => [row.memberId, row]),
    );
    await trx
      .deleteFrom('eventAttendance')
      .where('eventId', '=', eventId)
      .where('memberId', 'in', ids)
      .execute();
    await trx
      .deleteFrom('memberTraining')
      .where('eventId', '=', eventId)
      .where('memberId', 'in', ids)
      .execute();
    await trx
      .insertInto('eventAttendance')
      .values(
        input.items.map((item) => ({
          eventId,
          memberId: item.memberId,
          result: item.result,
          certificateNo: item.certificateNo,
          createdAt: existing.get(item.memberId)?.createdAt ?? actor.now,
          updatedAt: actor.now,
        })),
      )
      .execute();
    const training = trainingOf(event);
    const records = input.items.flatMap((item) => {
      const passed = passedOf(item.result);
      if (passed === undefined) return [];
      const previous = trainings.get(item.memberId);
      return [
        {
          id: previous?.id ?? randomUUID(),
          memberId: item.memberId,
          eventId,
          ...training,
          passed,
          createdBy: previous ? previous.createdBy : actor.userId,
          createdAt: previous?.createdAt ?? actor.now,
        },
      ];
    });
    if (records.length > 0) await trx.insertInto('memberTraining').values(records).execute();
    for (const item of input.items) {
      const before = existing.get(item.memberId);
      if (before && before.result === item.result && before.certificateNo === item.certificateNo) continue;
      await recordAudit(trx, actor, {
        action: before ? 'update' : 'create',
        entity: 'event_attendance',
        entityId: `${eventId}/${item.memberId}`,
        before: before ? { result: before.result, certificateNo: before.certificateNo } : undefined,
        after: { eventId, memberId: item.memberId, result: item.result, certificateNo: item.certificateNo },
      });
    }
  });
  return listAttendance(db, actor, eventId);
}

/** Takes a member off the list, and the training record the course gave them. */
export async function removeAttendance(db: Db, actor: Actor, eventId: string, memberId: string) {
  const { organiserPath } = await requireWritableEvent(db, actor, eventId);
  if (!(await findListableMemberIds(db, actor, organiserPath, [memberId])).has(memberId))
    throw notFound(MEMBER_NOT_FOUND);
  await db.transaction().execute(async (trx) => {
    const before = await trx
      .selectFrom('eventAttendance')
      .selectAll()
      .where('eventId', '=', eventId)
      .where('memberId', '=', memberId)
      .executeTakeFirst();
    if (!before)
      throw notFound({
        vi: 'Thành viên không có trong danh sách học viên.',
        en: 'Not on the attendance list.',
      });
    await trx
      .deleteFrom('eventAttendance')
      .where('eventId', '=', eventId)
      .where('memberId', '=', memberId)
      .execute();
    await trx
      .deleteFrom('memberTraining')
      .where('eventId', '=', eventId)
      .where('memberId', '=', memberId)
      .execute();
    await recordAudit(trx, actor, {
      action: 'delete',
      entity: 'event_attendance',
      entityId: `${eventId}/${memberId}`,
      before: { result: before.result, certificateNo: before.certificateNo },
    });
  });
}

/**
 * Called by the event's update in its transaction: the members' training records follow the event's kind,
 * title and dates. An event with attendees cannot become a kind that keeps none.
 */
export async function syncTrainingWithEvent(
  trx: Db,
  event: { id: string; kind: EventKind; title: string; startsOn: string; endsOn: string },
): Promise<void> {
  if (!takesAttendance(event.kind)) {
    const any = await trx
      .selectFrom('eventAttendance')
      .select('memberId')
      .where('eventId', '=', event.id)
      .executeTakeFirst();
    if (any)
      throw conflict({
        vi: 'Lớp đã có danh sách học viên: xóa học viên trước khi đổi sang loại sự kiện không ghi học viên.',
        en: 'The course has attendees: remove them before changing to a kind without attendance.',
      });
    return;
  }
  await trx.updateTable('memberTraining').set(trainingOf(event)).where('eventId', '=', event.id).execute();
}

/** Called by the event's deletion in its transaction: the training records the course gave go with it. */
export async function deleteEventTrainings(trx: Db, eventId: string): Promise<void> {
  await trx.deleteFrom('memberTraining').where('eventId', '=', eventId).execute();
}
