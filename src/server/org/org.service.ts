import { randomUUID } from 'node:crypto';
import { foldText } from '../../domain/common/text.ts';
import type { AgencyCategory, UnitKind } from '../../domain/org/constants.ts';
import { UNIT_GROUPS } from '../../domain/org/groups.ts';
import type { UnitDetail, UnitListQuery } from '../../domain/org/org.schemas.ts';
import type { Db } from '../db/database.ts';
import type { Actor, SystemActor } from '../http/actor.ts';
import { AppError, notFound } from '../http/errors.ts';
import { isPathInScope } from '../http/scope.ts';
import { invalidateUnitDirectory, searchUnitDirectory } from './unit-directory.ts';
import { recordAudit } from '../audit/audit.service.ts';
import {
  findChildren,
  findGroupMembers,
  findPredecessorIds,
  findSuccessions,
  findUnitById,
  findUnitPage,
  findUnitPath,
  insertUnits,
} from './org.repo.ts';

const UNIT_NOT_FOUND = { vi: 'Không tìm thấy đơn vị.', en: 'Unit not found.' };

/** SQLite answers 0/1 for EXISTS, PostgreSQL true/false. */
function toUnit<T extends { hasChildren: unknown; kind: string; category: string | null }>(row: T) {
  return {
    ...row,
    hasChildren: Boolean(row.hasChildren),
    kind: row.kind as UnitKind,
    category: row.category as AgencyCategory | null,
  };
}

/** The organisation tree is readable by every signed-in user (SPEC §1–2): no scope filter here. */
export async function listUnits(db: Db, _actor: Actor, query: UnitListQuery) {
  const folded = query.q ? foldText(query.q) : undefined;
  if (folded && !query.roots) {
    return searchUnitDirectory(db, {
      folded,
      kind: query.kind,
      parentId: query.parentId,
      limit: query.limit,
      offset: query.offset,
    }).then(({ rows, total }) => ({ items: rows, total }));
  }
  const { rows, total } = await findUnitPage(
    db,
    { folded: folded || undefined, kind: query.kind, parentId: query.parentId, rootsOnly: query.roots },
    query,
  );
  return { items: rows.map(toUnit), total };
}

export async function getUnit(db: Db, _actor: Actor, id: string): Promise<UnitDetail> {
  const row = await findUnitById(db, id);
  if (!row) throw notFound(UNIT_NOT_FOUND);
  const [parent, lineage] = await Promise.all([
    row.parentId ? findUnitById(db, row.parentId) : undefined,
    findSuccessions(db, id),
  ]);
  return { ...toUnit(row), parent: parent ? { id: parent.id, name: parent.name } : null, ...lineage };
}

export async function listChildren(db: Db, _actor: Actor, id: string) {
  const unit = await findUnitPath(db, id);
  if (!unit) throw notFound(UNIT_NOT_FOUND);
  return { items: (await findChildren(db, id)).map(toUnit) };
}

/**
 * The one scope check for a unit that a request names (a user's unit, an assignment's unit …): a unit
 * outside the actor's subtree answers 404, exactly like a unit that does not exist.
 */
export async function requireUnitInScope(db: Db, actor: Actor, unitId: string) {
  const unit = await findUnitPath(db, unitId);
  if (!unit || !isPathInScope(actor, unit.path)) throw notFound(UNIT_NOT_FOUND);
  return unit;
}

/** A named group's member units under one province (or other root) unit. */
export async function resolveUnitGroup(db: Db, groupKey: string, rootUnitId: string) {
  const group = UNIT_GROUPS.find((g) => g.key === groupKey);
  const root = await findUnitPath(db, rootUnitId);
  if (!group || !root) throw notFound();
  const rootDepth = root.path.split('/').length - 2;
  return findGroupMembers(db, {
    rootPath: root.path,
    kinds: group.kinds,
    categories: group.categories,
    maxDepth: group.provincialOnly ? rootDepth + 1 : undefined,
  });
}

export async function listUnitGroups(db: Db, actor: Actor) {
  const root = actor.scopePath.split('/')[1];
  if (!root) return { items: [] };
  const counts = await Promise.all(UNIT_GROUPS.map((g) => resolveUnitGroup(db, g.key, root)));
  return {
    items: UNIT_GROUPS.map((g, i) => ({ key: g.key, name: g.name, memberCount: counts[i]?.length ?? 0 })),
  };
}

/** Every unit whose history rolls up into the given unit (merged into it, directly or in a chain). */
export async function getUnitLineageIds(db: Db, unitId: string): Promise<string[]> {
  return [unitId, ...(await findPredecessorIds(db, [unitId]))];
}

export interface AgencyInput {
  code: string;
  name: string;
  category: AgencyCategory;
  parentId: string;
}

/** Adds agencies (sở, ban, ngành …) under the units they serve, in one transaction; used by the demo loader. */
export async function createAgencies(db: Db, actor: Actor | SystemActor, agencies: AgencyInput[]) {
  const parents = new Map<string, { path: string; depth: number }>();
  for (const agency of agencies) {
    if (parents.has(agency.parentId)) continue;
    const parent = await db
      .selectFrom('unit')
      .select(['path', 'depth'])
      .where('id', '=', agency.parentId)
      .executeTakeFirst();
    if (!parent) throw new AppError('NOT_FOUND', UNIT_NOT_FOUND);
    parents.set(agency.parentId, parent);
  }
  const rows = agencies.map((agency) => {
    const id = randomUUID();
    const parent = parents.get(agency.parentId);
    if (!parent) throw new AppError('NOT_FOUND', UNIT_NOT_FOUND);
    return {
      id,
      code: agency.code,
      name: agency.name,
      searchName: foldText(agency.name),
      kind: 'agency' as const,
      category: agency.category,
      parentId: agency.parentId,
      path: `${parent.path}${id}/`,
      depth: parent.depth + 1,
      validFrom: null,
      validTo: null,
      createdAt: actor.now,
      updatedAt: actor.now,
    };
  });
  await db.transaction().execute(async (trx) => {
    await insertUnits(trx, rows);
    for (const row of rows) {
      await recordAudit(trx, actor, {
        action: 'create',
        entity: 'unit',
        entityId: row.id,
        after: { code: row.code, name: row.name, kind: row.kind },
      });
    }
  });
  invalidateUnitDirectory();
  return rows;
}
