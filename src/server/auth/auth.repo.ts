import type { Db } from '../db/database.ts';

export async function findUserForLogin(db: Db, username: string) {
  return db
    .selectFrom('appUser')
    .innerJoin('unit', 'unit.id', 'appUser.unitId')
    .select(['appUser.id', 'appUser.username', 'appUser.passwordHash', 'appUser.active', 'appUser.unitId'])
    .where('appUser.username', '=', username)
    .executeTakeFirst();
}

export async function insertSession(
  db: Db,
  row: {
    id: string;
    userId: string;
    createdAt: string;
    expiresAt: string;
    lastSeenAt: string;
    userAgent: string | null;
    ip: string | null;
  },
) {
  await db.insertInto('session').values(row).execute();
}

/** The signed-in user behind a session id, if the session is live and the user active. */
export async function findSessionActor(db: Db, sessionId: string, now: string) {
  return db
    .selectFrom('session')
    .innerJoin('appUser', 'appUser.id', 'session.userId')
    .innerJoin('unit', 'unit.id', 'appUser.unitId')
    .select([
      'session.id as sessionId',
      'session.expiresAt',
      'session.lastSeenAt',
      'appUser.id as userId',
      'appUser.username',
      'appUser.displayName',
      'appUser.role',
      'unit.id as unitId',
      'unit.code as unitCode',
      'unit.name as unitName',
      'unit.kind as unitKind',
      'unit.path as unitPath',
    ])
    .where('session.id', '=', sessionId)
    .where('session.expiresAt', '>', now)
    .where('appUser.active', '=', 1)
    .executeTakeFirst();
}

export async function extendSession(db: Db, sessionId: string, lastSeenAt: string, expiresAt: string) {
  await db.updateTable('session').set({ lastSeenAt, expiresAt }).where('id', '=', sessionId).execute();
}

export async function deleteSession(db: Db, sessionId: string) {
  await db.deleteFrom('session').where('id', '=', sessionId).execute();
}

export async function deleteSessionsOfUser(db: Db, userId: string) {
  await db.deleteFrom('session').where('userId', '=', userId).execute();
}

export async function deleteExpiredSessions(db: Db, now: string) {
  await db.deleteFrom('session').where('expiresAt', '<=', now).execute();
}
