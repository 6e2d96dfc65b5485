import { type Expression, type SqlBool, sql } from 'kysely';
import type { Db } from '../db/database.ts';
import type { Actor, SystemActor } from '../http/actor.ts';
import { AppError, notFound } from '../http/errors.ts';
import { inScope, isPathInScope, subtreeRange } from '../http/scope.ts';

export const COMMUNE_NOT_FOUND = { vi: 'Không tìm thấy xã, phường, thị trấn.', en: 'Commune not found.' };

/** The system (demo loader, CLI) sees everything. */
export const everything = { scopePath: '/' };
export const scopeOf = (actor: Actor | SystemActor) => ('role' in actor ? actor : everything);

/**
 * Who keeps the force register: the commune police of the commune, and coordinators and admins above it
 * (always within their scope). Agencies and leaders read (403 on any change).
 */
export function requireForceWriter(actor: Actor | SystemActor): void {
  if (!('role' in actor)) return;
  if (actor.role !== 'commune_police' && actor.role !== 'coordinator' && actor.role !== 'admin') {
    throw new AppError('FORBIDDEN');
  }
}

export interface CommuneUnit {
  id: string;
  code: string;
  name: string;
  path: string;
  parentId: string | null;
}

/** A commune that the actor may see: 404 outside the scope, like a commune that does not exist. */
export async function requireCommuneInScope(
  db: Db,
  actor: Actor | SystemActor,
  unitId: string,
): Promise<CommuneUnit> {
  const unit = await db
    .selectFrom('unit')
    .select(['id', 'code', 'name', 'path', 'kind', 'parentId'])
    .where('id', '=', unitId)
    .executeTakeFirst();
  if (!unit || !isPathInScope(scopeOf(actor), unit.path)) throw notFound(COMMUNE_NOT_FOUND);
  if (unit.kind !== 'commune') {
    throw new AppError('VALIDATION_FAILED', {
      vi: `"${unit.name}" không phải là xã, phường, thị trấn: thôn, tổ, thành viên thuộc về một xã.`,
      en: `"${unit.name}" is not a commune: villages, teams and members belong to a commune.`,
    });
  }
  return { id: unit.id, code: unit.code, name: unit.name, path: unit.path, parentId: unit.parentId };
}

/** The province of a unit path: its first id. */
export function provinceIdOf(path: string): string {
  return path.split('/')[1] ?? '';
}

/** SQLite answers numbers, PostgreSQL's count() a string. */
export const num = (value: unknown): number => Number(value ?? 0);

/** A unit a list is narrowed to (province, district or commune): its path, 404 outside the scope. */
export async function resolveUnitFilter(db: Db, actor: Actor, unitId: string | undefined) {
  if (!unitId) return undefined;
  const unit = await db.selectFrom('unit').select(['id', 'path']).where('id', '=', unitId).executeTakeFirst();
  if (!unit || !isPathInScope(actor, unit.path))
    throw notFound({ vi: 'Không tìm thấy đơn vị.', en: 'Unit not found.' });
  return unit.path;
}

/** Parses a JSON array column, tolerating an empty or damaged value. */
export function parseJsonArray<T>(text: string | null | undefined): T[] {
  if (!text) return [];
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) ? (value as T[]) : [];
  } catch {
    return [];
  }
}

/**
 * `where(unitIdInScope(actor, 'member.unitId'))`: the row's commune is in the actor's scope (the one scope
 * filter, `inScope`, applied to the units), and under `unitPath` when given. Written as `unit_id in (units of
 * the subtree)` so that both engines read the subtree's units by the path index, then the rows by their
 * unit index — joining first would scan the register (100,000 villages, 400,000 members) without statistics.
 */
export function unitIdInScope(
  actor: Pick<Actor, 'scopePath'>,
  column: string,
  unitPath?: string,
): Expression<SqlBool> {
  const narrowed = unitPath
    ? sql`and scope_unit.path >= ${subtreeRange(unitPath).from} and scope_unit.path < ${subtreeRange(unitPath).to}`
    : sql``;
  return sql<SqlBool>`${sql.ref(column)} in (select scope_unit.id from unit as scope_unit where ${inScope(actor, 'scope_unit.path')} ${narrowed})`;
}
