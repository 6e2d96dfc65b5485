import type { UserListQuery } from '../../domain/users/users.schemas.ts';
import type { Db } from '../db/database.ts';
import type { AppUserUpdate } from '../db/schema.ts';
import type { Actor } from '../http/actor.ts';
import { inScope } from '../http/scope.ts';

const userColumns = [
  'appUser.id',
  'appUser.username',
  'appUser.displayName',
  'appUser.email',
  'appUser.role',
  'appUser.active',
  'appUser.createdAt',
  'appUser.updatedAt',
  'appUser.version',
  'unit.id as unitId',
  'unit.code as unitCode',
  'unit.name as unitName',
  'unit.path as unitPath',
] as const;

type UserFilter = Omit<UserListQuery, 'limit' | 'offset'> & { folded?: string };

function scopedUsers(db: Db, actor: Actor, filter: UserFilter) {
  let query = db
    .selectFrom('appUser')
    .innerJoin('unit', 'unit.id', 'appUser.unitId')
    .where(inScope(actor, 'unit.path'));
  if (filter.q) {
    const like = `%${filter.q.toLowerCase()}%`;
    const folded = `%${filter.folded ?? ''}%`;
    query = query.where((eb) =>
      eb.or([
        eb('appUser.username', 'like', like),
        eb('unit.searchName', 'like', folded),
        eb(eb.fn('lower', ['appUser.displayName']), 'like', like),
      ]),
    );
  }
  if (filter.role) query = query.where('appUser.role', '=', filter.role);
  if (filter.unitId) query = query.where('appUser.unitId', '=', filter.unitId);
  if (filter.active !== undefined) query = query.where('appUser.active', '=', filter.active ? 1 : 0);
  return query;
}

const SORT_COLUMNS = {
  username: 'appUser.username',
  displayName: 'appUser.displayName',
  role: 'appUser.role',
  createdAt: 'appUser.createdAt',
} as const;

export async function findUserPage(db: Db, actor: Actor, query: UserListQuery & { folded?: string }) {
  const base = scopedUsers(db, actor, query);
  const [rows, count] = await Promise.all([
    base
      .select(userColumns)
      .orderBy(SORT_COLUMNS[query.sort], query.order)
      .orderBy('appUser.id')
      .limit(query.limit)
      .offset(query.offset)
      .execute(),
    base.select((eb) => eb.fn.countAll<number | string>().as('total')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.total) };
}

export async function* streamUsers(db: Db, actor: Actor, filter: UserFilter) {
  for (let offset = 0; ; offset += 2000) {
    const rows = await scopedUsers(db, actor, filter)
      .select(userColumns)
      .orderBy(SORT_COLUMNS[filter.sort], filter.order)
      .orderBy('appUser.id')
      .limit(2000)
      .offset(offset)
      .execute();
    yield* rows;
    if (rows.length < 2000) return;
  }
}

/** A user in the actor's scope, or undefined (outside scope looks the same as missing). */
export async function findScopedUser(db: Db, actor: Actor, id: string) {
  return db
    .selectFrom('appUser')
    .innerJoin('unit', 'unit.id', 'appUser.unitId')
    .select(userColumns)
    .where('appUser.id', '=', id)
    .where(inScope(actor, 'unit.path'))
    .executeTakeFirst();
}

export async function findUserById(db: Db, id: string) {
  return db
    .selectFrom('appUser')
    .innerJoin('unit', 'unit.id', 'appUser.unitId')
    .select(userColumns)
    .where('appUser.id', '=', id)
    .executeTakeFirst();
}

export async function findUserIdByUsername(db: Db, username: string) {
  return db.selectFrom('appUser').select('id').where('username', '=', username).executeTakeFirst();
}

export async function insertUser(
  db: Db,
  row: {
    id: string;
    username: string;
    displayName: string;
    email: string | null;
    role: Actor['role'];
    unitId: string;
    passwordHash: string;
    createdAt: string;
    updatedAt: string;
  },
) {
  await db
    .insertInto('appUser')
    .values({ ...row, active: 1 })
    .execute();
}

/** Updates when the version still matches; returns false when someone else changed the row first. */
export async function updateUserIfVersion(
  db: Db,
  id: string,
  version: number,
  changes: AppUserUpdate,
): Promise<boolean> {
  const result = await db
    .updateTable('appUser')
    .set({ ...changes, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export type UserRowWithUnit = NonNullable<Awaited<ReturnType<typeof findScopedUser>>>;
