import { randomUUID } from 'node:crypto';
import { foldText } from '../../domain/common/text.ts';
import type { User, UserCreate, UserListQuery, UserUpdate } from '../../domain/users/users.schemas.ts';
import type { Db } from '../db/database.ts';
import type { AppUserUpdate } from '../db/schema.ts';
import type { Actor, SystemActor } from '../http/actor.ts';
import { requireRole } from '../http/auth.ts';
import { AppError, conflict, notFound } from '../http/errors.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { deleteSessionsOfUser } from '../auth/auth.repo.ts';
import { hashPassword } from '../auth/password.ts';
import { requireUnitInScope } from '../org/org.service.ts';
import {
  findScopedUser,
  findUserById,
  findUserIdByUsername,
  findUserPage,
  insertUser,
  streamUsers,
  updateUserIfVersion,
  type UserRowWithUnit,
} from './users.repo.ts';

const USER_NOT_FOUND = { vi: 'Không tìm thấy người dùng.', en: 'User not found.' };

function toUser(row: UserRowWithUnit): User {
  return {
    id: row.id,
    username: row.username,
    displayName: row.displayName,
    email: row.email,
    role: row.role,
    active: row.active === 1,
    unit: { id: row.unitId, code: row.unitCode, name: row.unitName },
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    version: row.version,
  };
}

/** What the audit log keeps of a user: never the password hash. */
const auditView = (user: User) => ({
  username: user.username,
  displayName: user.displayName,
  email: user.email,
  role: user.role,
  active: user.active,
  unitId: user.unit.id,
  unitName: user.unit.name,
});

export async function listUsers(db: Db, actor: Actor, query: UserListQuery) {
  requireRole(actor, 'admin');
  const { rows, total } = await findUserPage(db, actor, {
    ...query,
    folded: query.q ? foldText(query.q) : undefined,
  });
  return { items: rows.map(toUser), total };
}

/** Names to filter the audit log by: the users in scope, for admins and coordinators (who read the log). */
export async function listUserOptions(db: Db, actor: Actor, q: string | undefined) {
  requireRole(actor, 'admin', 'coordinator');
  const query = { q, sort: 'displayName' as const, order: 'asc' as const, limit: 30, offset: 0 };
  const { rows } = await findUserPage(db, actor, { ...query, folded: q ? foldText(q) : undefined });
  return { items: rows.map((row) => ({ id: row.id, username: row.username, displayName: row.displayName })) };
}

export function exportUsers(
  db: Db,
  actor: Actor,
  filter: Omit<UserListQuery, 'limit' | 'offset'>,
): AsyncIterable<User> {
  requireRole(actor, 'admin');
  const rows = streamUsers(db, actor, { ...filter, folded: filter.q ? foldText(filter.q) : undefined });
  return (async function* () {
    for await (const row of rows) yield toUser(row);
  })();
}

async function requireFreeUsername(db: Db, username: string) {
  if (await findUserIdByUsername(db, username)) {
    throw conflict(
      { vi: `Tên đăng nhập "${username}" đã được dùng.`, en: `Username "${username}" is taken.` },
      [{ path: '/username', message: 'Tên đăng nhập đã được dùng, vui lòng chọn tên khác' }],
    );
  }
}

/** Creates a user; `actor` is an admin whose subtree holds the new user's unit, or the system (CLI, demo). */
export async function createUser(db: Db, actor: Actor | SystemActor, input: UserCreate): Promise<User> {
  if ('role' in actor) {
    requireRole(actor, 'admin');
    await requireUnitInScope(db, actor, input.unitId);
  }
  const passwordHash = await hashPassword(input.password);
  return db.transaction().execute(async (trx) => {
    await requireFreeUsername(trx, input.username);
    const unit = await trx.selectFrom('unit').select('id').where('id', '=', input.unitId).executeTakeFirst();
    if (!unit) throw notFound({ vi: 'Không tìm thấy đơn vị.', en: 'Unit not found.' });
    const id = randomUUID();
    await insertUser(trx, {
      id,
      username: input.username,
      displayName: input.displayName,
      email: input.email ?? null,
      role: input.role,
      unitId: input.unitId,
      passwordHash,
      createdAt: actor.now,
      updatedAt: actor.now,
    });
    const created = await findUserById(trx, id);
    if (!created) throw new AppError('INTERNAL');
    const user = toUser(created);
    await recordAudit(trx, actor, { action: 'create', entity: 'user', entityId: id, after: auditView(user) });
    return user;
  });
}

export async function updateUser(db: Db, actor: Actor, id: string, input: UserUpdate): Promise<User> {
  requireRole(actor, 'admin');
  if (input.unitId) await requireUnitInScope(db, actor, input.unitId);
  const passwordHash = input.password ? await hashPassword(input.password) : undefined;
  return db.transaction().execute(async (trx) => {
    const current = await findScopedUser(trx, actor, id);
    if (!current) throw notFound(USER_NOT_FOUND);
    if (current.version !== input.version) throw conflict();
    if (id === actor.userId && (input.active === false || (input.role && input.role !== 'admin'))) {
      throw new AppError('INVALID_STATE', {
        vi: 'Bạn không thể tự khóa hoặc tự bỏ quyền quản trị của chính mình.',
        en: 'You cannot deactivate yourself or remove your own admin role.',
      });
    }
    const changes: AppUserUpdate = { updatedAt: actor.now };
    if (input.displayName !== undefined) changes.displayName = input.displayName;
    if (input.email !== undefined) changes.email = input.email ?? null;
    if (input.role !== undefined) changes.role = input.role;
    if (input.unitId !== undefined) changes.unitId = input.unitId;
    if (input.active !== undefined) changes.active = input.active ? 1 : 0;
    if (passwordHash) changes.passwordHash = passwordHash;
    if (!(await updateUserIfVersion(trx, id, input.version, changes))) throw conflict();
    // A deactivated user, or one whose password was reset, is signed out everywhere.
    if (input.active === false || passwordHash) await deleteSessionsOfUser(trx, id);
    const updated = await findScopedUser(trx, actor, id);
    if (!updated) throw notFound(USER_NOT_FOUND);
    const before = toUser(current);
    const after = toUser(updated);
    await recordAudit(trx, actor, {
      action: passwordHash ? 'update_password' : 'update',
      entity: 'user',
      entityId: id,
      before: auditView(before),
      after: { ...auditView(after), ...(passwordHash ? { passwordReset: true } : {}) },
    });
    return after;
  });
}
