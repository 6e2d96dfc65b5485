import type { Db } from '../db/database.ts';
import type { Actor } from '../http/actor.ts';
import { unitIdInScope } from '../force/force-scope.ts';

type Scope = Pick<Actor, 'scopePath'>;

/** The attendance list of one event, members with their commune and team, by name. */
export function findAttendance(db: Db, eventId: string) {
  return db
    .selectFrom('eventAttendance')
    .innerJoin('member', 'member.id', 'eventAttendance.memberId')
    .innerJoin('unit', 'unit.id', 'member.unitId')
    .leftJoin('team', 'team.id', 'member.teamId')
    .select([
      'eventAttendance.memberId',
      'eventAttendance.result',
      'eventAttendance.certificateNo',
      'eventAttendance.createdAt',
      'eventAttendance.updatedAt',
      'member.fullName',
      'member.dateOfBirth',
      'member.status as memberStatus',
      'unit.id as unitId',
      'unit.code as unitCode',
      'unit.name as unitName',
      'team.id as teamId',
      'team.name as teamName',
    ])
    .where('eventAttendance.eventId', '=', eventId)
    .orderBy('member.searchName')
    .orderBy('member.id')
    .execute();
}
export type AttendanceRow = Awaited<ReturnType<typeof findAttendance>>[number];

/**
 * Members of the register the organiser may list: in the actor's scope and under the organiser's own
 * subtree (`organiserPath`), by folded name.
 */
export function findMemberOptions(
  db: Db,
  actor: Scope,
  input: { eventId: string; organiserPath: string; folded?: string; limit: number },
) {
  let query = db
    .selectFrom('member')
    .innerJoin('unit', 'unit.id', 'member.unitId')
    .leftJoin('team', 'team.id', 'member.teamId')
    .select([
      'member.id',
      'member.fullName',
      'member.dateOfBirth',
      'member.status',
      'unit.id as unitId',
      'unit.name as unitName',
      'team.id as teamId',
      'team.name as teamName',
    ])
    .where(unitIdInScope(actor, 'member.unitId', input.organiserPath))
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('eventAttendance')
            .select('eventAttendance.memberId')
            .where('eventAttendance.eventId', '=', input.eventId)
            .whereRef('eventAttendance.memberId', '=', 'member.id'),
        ),
      ),
    );
  if (input.folded) query = query.where('member.searchName', 'like', `%${input.folded}%`);
  return query.orderBy('member.searchName').orderBy('member.id').limit(input.limit).execute();
}

/** Of `memberIds`, those the organiser may list (same rule as above). */
export async function findListableMemberIds(
  db: Db,
  actor: Scope,
  organiserPath: string,
  memberIds: string[],
): Promise<Set<string>> {
  const found = new Set<string>();
  for (let i = 0; i < memberIds.length; i += 500) {
    const rows = await db
      .selectFrom('member')
      .select('member.id')
      .where('member.id', 'in', memberIds.slice(i, i + 500))
      .where(unitIdInScope(actor, 'member.unitId', organiserPath))
      .execute();
    for (const row of rows) found.add(row.id);
  }
  return found;
}
