import { type Expression, type SqlBool, sql } from 'kysely';
import type { Role } from '../../domain/auth/constants.ts';
import type { UnitKind } from '../../domain/org/constants.ts';
import type { Actor } from './actor.ts';

/**
 * The one scope filter. A user sees the subtree of their own unit: every unit whose materialised path
 * starts with the user's unit path. Paths end in '/', so the subtree is the byte range [path, path with
 * its last '/' replaced by '0') — an index range scan on both engines (PostgreSQL's column is collate "C").
 */
export function subtreeRange(scopePath: string): { from: string; to: string } {
  return { from: scopePath, to: `${scopePath.slice(0, -1)}0` };
}

/** `where(inScope(actor, 'unit.path'))`: restricts a query to rows whose unit lies in the actor's subtree. */
export function inScope(actor: Pick<Actor, 'scopePath'>, pathColumn: string): Expression<SqlBool> {
  const { from, to } = subtreeRange(actor.scopePath);
  return sql<SqlBool>`(${sql.ref(pathColumn)} >= ${from} and ${sql.ref(pathColumn)} < ${to})`;
}

export function isPathInScope(actor: Pick<Actor, 'scopePath'>, path: string): boolean {
  return path.startsWith(actor.scopePath);
}

/**
 * The root of what a user sees. Usually their own unit's subtree; but coordinators and leaders who sit in an
 * agency (Công an tỉnh, UBND tỉnh) act for the level that agency serves, so they see their parent's subtree
 * (SPEC §1: "a coordinator at province level sees the province").
 */
/** The materialised path of a unit's parent: `/a/b/` → `/a/`. */
export function parentPathOf(unitPath: string): string {
  return unitPath.replace(/[^/]+\/$/, '');
}

export function scopePathOf(role: Role, unitKind: UnitKind, unitPath: string): string {
  if ((role === 'coordinator' || role === 'leader') && unitKind === 'agency') {
    const parentPath = parentPathOf(unitPath);
    if (parentPath !== '/') return parentPath;
  }
  return unitPath;
}
