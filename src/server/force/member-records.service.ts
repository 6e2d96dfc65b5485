import { randomUUID } from 'node:crypto';
import type {
  MemberEquipmentInput,
  MemberMeritInput,
  MemberTrainingInput,
} from '../../domain/force/force.schemas.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { Db } from '../db/database.ts';
import type { Actor, SystemActor } from '../http/actor.ts';
import { AppError, notFound } from '../http/errors.ts';
import type { Member } from '../../domain/force/force-api.schemas.ts';
import { requireForceWriter, scopeOf } from './force-scope.ts';
import { MEMBER_NOT_FOUND, getMember } from './members.service.ts';
import { findMemberInScope } from './members.repo.ts';

export type RecordKind = 'trainings' | 'equipment' | 'merits';
const TABLE = { trainings: 'memberTraining', equipment: 'memberEquipment', merits: 'memberMerit' } as const;
const ENTITY = {
  trainings: 'member_training',
  equipment: 'member_equipment',
  merits: 'member_merit',
} as const;

async function requireWritableMember(db: Db, actor: Actor | SystemActor, memberId: string) {
  requireForceWriter(actor);
  const member = await findMemberInScope(db, scopeOf(actor), memberId);
  if (!member) throw notFound(MEMBER_NOT_FOUND);
  return member;
}

function checkDates(from: string, to: string | null, path: string) {
  if (to && to < from)
    throw new AppError('VALIDATION_FAILED', undefined, [
      { path, message: 'Ngày kết thúc phải sau ngày bắt đầu' },
    ]);
}

/** Training, refresher courses, drills and contests a member attended (TT 14/2024). */
export async function addTraining(
  db: Db,
  actor: Actor | SystemActor,
  memberId: string,
  input: MemberTrainingInput,
): Promise<Member> {
  await requireWritableMember(db, actor, memberId);
  checkDates(input.startedOn, input.endedOn, '/endedOn');
  const id = randomUUID();
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('memberTraining')
      .values({
        id,
        memberId,
        eventId: null,
        kind: input.kind,
        title: input.title,
        startedOn: input.startedOn,
        endedOn: input.endedOn,
        passed: input.passed === null ? null : input.passed ? 1 : 0,
        createdBy: actor.userId,
        createdAt: actor.now,
      })
      .execute();
    await recordAudit(trx, actor, {
      action: 'create',
      entity: 'member_training',
      entityId: id,
      after: { memberId, ...input },
    });
  });
  return getMember(db, actor, memberId);
}

/** Equipment and support tools issued (Nghị định 40/2024). */
export async function addEquipment(
  db: Db,
  actor: Actor,
  memberId: string,
  input: MemberEquipmentInput,
): Promise<Member> {
  await requireWritableMember(db, actor, memberId);
  checkDates(input.issuedOn, input.returnedOn, '/returnedOn');
  const id = randomUUID();
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('memberEquipment')
      .values({ id, memberId, ...input, createdBy: actor.userId, createdAt: actor.now })
      .execute();
    await recordAudit(trx, actor, {
      action: 'create',
      entity: 'member_equipment',
      entityId: id,
      after: { memberId, ...input },
    });
  });
  return getMember(db, actor, memberId);
}

/** A commendation or a disciplinary measure, with its decision. */
export async function addMerit(
  db: Db,
  actor: Actor,
  memberId: string,
  input: MemberMeritInput,
): Promise<Member> {
  await requireWritableMember(db, actor, memberId);
  const id = randomUUID();
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('memberMerit')
      .values({ id, memberId, ...input, createdBy: actor.userId, createdAt: actor.now })
      .execute();
    await recordAudit(trx, actor, {
      action: 'create',
      entity: 'member_merit',
      entityId: id,
      after: { memberId, ...input },
    });
  });
  return getMember(db, actor, memberId);
}

export async function deleteMemberRecord(
  db: Db,
  actor: Actor,
  memberId: string,
  kind: RecordKind,
  recordId: string,
): Promise<Member> {
  await requireWritableMember(db, actor, memberId);
  await db.transaction().execute(async (trx) => {
    const table = TABLE[kind];
    const existing = await trx
      .selectFrom(table)
      .selectAll()
      .where('id', '=', recordId)
      .where('memberId', '=', memberId)
      .executeTakeFirst();
    if (!existing) throw notFound();
    // A course's record follows its attendance list: it is removed there, with the attendance.
    if ('eventId' in existing && existing.eventId)
      throw new AppError('CONFLICT', {
        vi: 'Bản ghi này từ danh sách học viên của lớp: xóa thành viên khỏi danh sách học viên của lớp đó.',
        en: 'This record comes from a course’s attendance list: remove the member from that list.',
      });
    await trx.deleteFrom(table).where('id', '=', recordId).execute();
    await recordAudit(trx, actor, {
      action: 'delete',
      entity: ENTITY[kind],
      entityId: recordId,
      before: existing,
    });
  });
  return getMember(db, actor, memberId);
}
