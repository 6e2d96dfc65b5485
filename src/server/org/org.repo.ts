import { type ExpressionBuilder, sql } from 'kysely';
import type { Db } from '../db/database.ts';
import type { Database, NewUnit, UnitRow } from '../db/schema.ts';

const KIND_ORDER = sql<number>`case unit.kind when 'province' then 0 when 'district' then 1 when 'commune' then 2 when 'village' then 3 else 4 end`;

const hasChildren = (eb: ExpressionBuilder<Database, 'unit'>) =>
  eb
    .exists(
      eb.selectFrom('unit as child').select(sql.lit(1).as('one')).whereRef('child.parentId', '=', 'unit.id'),
    )
    .as('hasChildren');

const unitColumns = [
  'unit.id',
  'unit.code',
  'unit.name',
  'unit.kind',
  'unit.category',
  'unit.parentId',
  'unit.path',
  'unit.validFrom',
  'unit.validTo',
] as const;

/**
 * Units (of the table or alias `table`) in force at some time from `from` to `to` (inclusive dates; a unit
 * without dates is always in force). The 2024 and 2025 catalogues live side by side: this picks one.
 */
export function inForceBetween(table: string, from: string, to: string) {
  const validFrom = sql.ref(`${table}.validFrom`);
  const validTo = sql.ref(`${table}.validTo`);
  return sql<boolean>`((${validFrom} is null or ${validFrom} <= ${to}) and (${validTo} is null or ${validTo} >= ${from}))`;
}

export interface UnitFilter {
  folded?: string;
  kind?: UnitRow['kind'];
  parentId?: string;
  rootsOnly?: boolean;
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

function filteredUnits(db: Db, filter: UnitFilter) {
  let query = db.selectFrom('unit');
  if (filter.folded)
    query = query.where(sql<boolean>`unit.search_name like ${`%${escapeLike(filter.folded)}%`} escape '\\'`);
  if (filter.kind) query = query.where('unit.kind', '=', filter.kind);
  if (filter.parentId) query = query.where('unit.parentId', '=', filter.parentId);
  if (filter.rootsOnly) query = query.where('unit.parentId', 'is', null);
  return query;
}

/** A page of units: best search matches first (whole name, then prefix), then by level and name. */
export async function findUnitPage(db: Db, filter: UnitFilter, page: { limit: number; offset: number }) {
  const base = filteredUnits(db, filter);
  let listQuery = base.select(unitColumns).select(hasChildren);
  if (filter.folded) {
    listQuery = listQuery
      .orderBy(
        sql`case when unit.search_name = ${filter.folded} then 0 when unit.search_name like ${`${escapeLike(filter.folded)}%`} escape '\\' then 1 else 2 end`,
      )
      .orderBy(sql`length(unit.name)`);
  }
  const [rows, count] = await Promise.all([
    listQuery
      .orderBy(KIND_ORDER)
      .orderBy('unit.searchName')
      .orderBy('unit.id')
      .limit(page.limit)
      .offset(page.offset)
      .execute(),
    base.select((eb) => eb.fn.countAll<number | string>().as('total')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.total) };
}

export async function findChildren(db: Db, parentId: string) {
  return db
    .selectFrom('unit')
    .select(unitColumns)
    .select(hasChildren)
    .where('unit.parentId', '=', parentId)
    .orderBy(KIND_ORDER)
    .orderBy('unit.searchName')
    .execute();
}

export async function findUnitById(db: Db, id: string) {
  return db
    .selectFrom('unit')
    .select(unitColumns)
    .select(hasChildren)
    .where('unit.id', '=', id)
    .executeTakeFirst();
}

export async function findUnitName(db: Db, id: string) {
  return db.selectFrom('unit').select(['id', 'name']).where('id', '=', id).executeTakeFirst();
}

export async function findSuccessions(db: Db, unitId: string) {
  const base = db.selectFrom('unitSuccession');
  const [predecessors, successors] = await Promise.all([
    base
      .innerJoin('unit', 'unit.id', 'unitSuccession.oldUnitId')
      .select(['unit.id', 'unit.code', 'unit.name', 'unitSuccession.effectiveDate'])
      .where('unitSuccession.newUnitId', '=', unitId)
      .orderBy('unit.searchName')
      .execute(),
    base
      .innerJoin('unit', 'unit.id', 'unitSuccession.newUnitId')
      .select(['unit.id', 'unit.code', 'unit.name', 'unitSuccession.effectiveDate'])
      .where('unitSuccession.oldUnitId', '=', unitId)
      .orderBy('unit.searchName')
      .execute(),
  ]);
  return { predecessors, successors };
}

/** Ids of every unit that was merged, directly or through a chain, into the given ones. */
export async function findPredecessorIds(db: Db, unitIds: string[]): Promise<string[]> {
  const found = new Set<string>();
  let frontier = unitIds;
  while (frontier.length > 0) {
    const rows = await db
      .selectFrom('unitSuccession')
      .select('oldUnitId')
      .where('newUnitId', 'in', frontier)
      .execute();
    frontier = rows.map((r) => r.oldUnitId).filter((id) => !found.has(id) && !unitIds.includes(id));
    frontier.forEach((id) => found.add(id));
  }
  return [...found];
}

export async function findUnitPath(db: Db, id: string) {
  return db.selectFrom('unit').select(['id', 'path', 'kind']).where('id', '=', id).executeTakeFirst();
}

/** Units in the subtree of `rootPath` that match a group rule. */
export async function findGroupMembers(
  db: Db,
  rule: { rootPath: string; kinds: UnitRow['kind'][]; categories?: string[]; maxDepth?: number },
) {
  const to = `${rule.rootPath.slice(0, -1)}0`;
  let query = db
    .selectFrom('unit')
    .select(['unit.id', 'unit.code', 'unit.name', 'unit.kind'])
    .where('unit.path', '>=', rule.rootPath)
    .where('unit.path', '<', to)
    .where('unit.kind', 'in', rule.kinds);
  if (rule.categories) query = query.where('unit.category', 'in', rule.categories);
  if (rule.maxDepth !== undefined) query = query.where('unit.depth', '<=', rule.maxDepth);
  return query.orderBy('unit.searchName').execute();
}

export async function findUnitsByKeys(db: Db, kinds: UnitRow['kind'][], validFrom: string | null) {
  let query = db
    .selectFrom('unit')
    .select(['id', 'code', 'kind', 'name', 'path', 'depth'])
    .where('kind', 'in', kinds);
  query =
    validFrom === null ? query.where('validFrom', 'is', null) : query.where('validFrom', '=', validFrom);
  return query.execute();
}

export async function findUnitsByCode(db: Db, code: string) {
  return db
    .selectFrom('unit')
    .select(['id', 'code', 'kind', 'name', 'validFrom', 'validTo'])
    .where('code', '=', code)
    .execute();
}

export async function insertUnits(db: Db, units: NewUnit[]): Promise<void> {
  // 14 columns a row: 500 rows stay well under SQLite's bound-parameter limit.
  for (let i = 0; i < units.length; i += 500) {
    await db
      .insertInto('unit')
      .values(units.slice(i, i + 500))
      .execute();
  }
}

export async function updateUnitName(db: Db, id: string, name: string, searchName: string, now: string) {
  await db
    .updateTable('unit')
    .set((eb) => ({ name, searchName, updatedAt: now, version: eb('version', '+', 1) }))
    .where('id', '=', id)
    .execute();
}

export async function insertSuccession(
  db: Db,
  row: {
    id: string;
    oldUnitId: string;
    newUnitId: string;
    effectiveDate: string;
    note: string | null;
    createdAt: string;
  },
) {
  const existing = await db
    .selectFrom('unitSuccession')
    .select('id')
    .where('oldUnitId', '=', row.oldUnitId)
    .where('newUnitId', '=', row.newUnitId)
    .executeTakeFirst();
  if (existing) return false;
  await db.insertInto('unitSuccession').values(row).execute();
  return true;
}
