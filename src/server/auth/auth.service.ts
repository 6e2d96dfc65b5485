import { createHash, randomBytes } from 'node:crypto';
import type { Login, Me } from '../../domain/auth/auth.schemas.ts';
import type { Db } from '../db/database.ts';
import type { Actor } from '../http/actor.ts';
import { AppError } from '../http/errors.ts';
import { scopePathOf } from '../http/scope.ts';
import { recordAudit } from '../audit/audit.service.ts';
import {
  deleteExpiredSessions,
  deleteSession,
  extendSession,
  findSessionActor,
  findUserForLogin,
  insertSession,
} from './auth.repo.ts';
import { DUMMY_PASSWORD_HASH, verifyPassword } from './password.ts';

const WRONG_CREDENTIALS = {
  vi: 'Tên đăng nhập hoặc mật khẩu không đúng. Vui lòng kiểm tra lại.',
  en: 'Wrong username or password. Please check and try again.',
};

/** The cookie holds a random token; the table holds only its hash. */
export function sessionIdOf(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

const addHours = (iso: string, hours: number) => new Date(Date.parse(iso) + hours * 3_600_000).toISOString();

export interface LoginContext {
  now: string;
  requestId: string;
  ttlHours: number;
  userAgent: string | null;
  ip: string | null;
}

/** Checks the password and opens a session; the same answer (and about the same time) for unknown users. */
export async function login(
  db: Db,
  input: Login,
  context: LoginContext,
): Promise<{ token: string; expiresAt: string }> {
  const user = await findUserForLogin(db, input.username);
  const isValid = await verifyPassword(input.password, user?.passwordHash ?? DUMMY_PASSWORD_HASH);
  if (!user || !isValid || user.active !== 1) throw new AppError('UNAUTHENTICATED', WRONG_CREDENTIALS);
  const token = randomBytes(32).toString('base64url');
  const expiresAt = addHours(context.now, context.ttlHours);
  await db.transaction().execute(async (trx) => {
    await deleteExpiredSessions(trx, context.now);
    await insertSession(trx, {
      id: sessionIdOf(token),
      userId: user.id,
      createdAt: context.now,
      expiresAt,
      lastSeenAt: context.now,
      userAgent: context.userAgent?.slice(0, 300) ?? null,
      ip: context.ip,
    });
    await recordAudit(
      trx,
      { userId: user.id, unitId: user.unitId, requestId: context.requestId, now: context.now },
      { action: 'login', entity: 'session', entityId: null, after: { ip: context.ip } },
    );
  });
  return { token, expiresAt };
}

export async function logout(db: Db, actor: Actor, token: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await deleteSession(trx, sessionIdOf(token));
    await recordAudit(trx, actor, { action: 'logout', entity: 'session', entityId: null });
  });
}

export interface ResolvedSession {
  actor: Omit<Actor, 'requestId'>;
  me: Me;
}

/**
 * The actor behind a session token, or undefined. Sessions slide: a session used after a quarter of its
 * lifetime is extended, so an official working all day is not logged out mid-form.
 */
export async function resolveSession(
  db: Db,
  token: string,
  now: string,
  ttlHours: number,
): Promise<ResolvedSession | undefined> {
  const row = await findSessionActor(db, sessionIdOf(token), now);
  if (!row) return undefined;
  if (Date.parse(now) - Date.parse(row.lastSeenAt) > (ttlHours * 3_600_000) / 4) {
    await extendSession(db, row.sessionId, now, addHours(now, ttlHours));
  }
  const role = row.role;
  return {
    actor: {
      userId: row.userId,
      username: row.username,
      displayName: row.displayName,
      role,
      unitId: row.unitId,
      scopePath: scopePathOf(role, row.unitKind, row.unitPath),
      now,
    },
    me: {
      id: row.userId,
      username: row.username,
      displayName: row.displayName,
      role,
      unit: { id: row.unitId, code: row.unitCode, name: row.unitName, kind: row.unitKind },
    },
  };
}
