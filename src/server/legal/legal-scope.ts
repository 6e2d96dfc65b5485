import { type Expression, type SqlBool, sql } from 'kysely';
import type { Actor } from '../http/actor.ts';
import { inScope } from '../http/scope.ts';

/**
 * The province a user works in: the first segment of their scope path (the tree's roots are provinces).
 * Legal documents of HĐND and UBND tỉnh bind the whole province, so every user of the province reads its
 * register, whatever their own subtree (a commune police user reads the province's resolutions too).
 */
export function provinceIdOf(actor: Pick<Actor, 'scopePath'>): string {
  return actor.scopePath.split('/')[1] ?? '';
}

/** `where(inProvinceOf(actor, 'province.path'))`: the actor's own province, or provinces in their scope. */
export function inProvinceOf(
  actor: Pick<Actor, 'scopePath'>,
  provincePathColumn: string,
): Expression<SqlBool> {
  const own = `/${provinceIdOf(actor)}/`;
  return sql<SqlBool>`(${sql.ref(provincePathColumn)} = ${own} or ${inScope(actor, provincePathColumn)})`;
}
