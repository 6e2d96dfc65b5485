import { sql } from 'kysely';
import type { Db } from '../db/database.ts';
import type { Actor } from '../http/actor.ts';
import { inScope, subtreeRange } from '../http/scope.ts';

type Scope = Pick<Actor, 'scopePath'>;

export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

const villageColumns = [
  'village.id',
  'village.unitId',
  'village.name',
  'village.kind',
  'village.households',
  'village.population',
  'village.areaHectares',
  'village.villageClass',
  'village.areaTypes',
  'village.securityRating',
  'village.validFrom',
  'village.validTo',
  'village.note',
  'village.version',
  'village.createdAt',
  'village.updatedAt',
  'unit.code as unitCode',
  'unit.name as unitName',
  'unit.path as unitPath',
] as const;

export interface VillageFilter {
  /** Path of a unit in scope whose subtree to keep (a commune or a district). */
  unitPath?: string;
  folded?: string;
  kind?: 'thon' | 'to_dan_pho';
  id?: string;
}

export function villagesInScope(db: Db, actor: Scope, filter: VillageFilter) {
  let query = db
    .selectFrom('village')
    .innerJoin('unit', 'unit.id', 'village.unitId')
    .where(inScope(actor, 'unit.path'));
  if (filter.unitPath) {
    const { from, to } = subtreeRange(filter.unitPath);
    query = query.where('unit.path', '>=', from).where('unit.path', '<', to);
  }
  if (filter.folded)
    query = query.where(
      sql<boolean>`village.search_name like ${`%${escapeLike(filter.folded)}%`} escape '\\'`,
    );
  if (filter.kind) query = query.where('village.kind', '=', filter.kind);
  if (filter.id) query = query.where('village.id', '=', filter.id);
  return query;
}

export async function findVillages(db: Db, actor: Scope, filter: VillageFilter) {
  return villagesInScope(db, actor, filter)
    .select(villageColumns)
    .orderBy('unit.searchName')
    .orderBy('village.searchName')
    .orderBy('village.id')
    .execute();
}
export type VillageRow = Awaited<ReturnType<typeof findVillages>>[number];

/** Members in post (active, in an active team) for each of the villages, by the teams covering it. */
export async function countInPostByVillage(db: Db, actor: Scope, filter: VillageFilter) {
  const rows = await villagesInScope(db, actor, filter)
    .innerJoin('teamVillage', 'teamVillage.villageId', 'village.id')
    .innerJoin('team', (join) =>
      join.onRef('team.id', '=', 'teamVillage.teamId').on('team.status', '=', 'active'),
    )
    .innerJoin('member', (join) =>
      join.onRef('member.teamId', '=', 'team.id').on('member.status', '=', 'active'),
    )
    .select(['village.id', (eb) => eb.fn.countAll<number | string>().as('n')])
    .groupBy('village.id')
    .execute();
  return new Map(rows.map((r) => [r.id, Number(r.n)]));
}

/** The active teams covering each village. */
export async function findTeamsByVillage(db: Db, actor: Scope, filter: VillageFilter) {
  const rows = await villagesInScope(db, actor, filter)
    .innerJoin('teamVillage', 'teamVillage.villageId', 'village.id')
    .innerJoin('team', (join) =>
      join.onRef('team.id', '=', 'teamVillage.teamId').on('team.status', '=', 'active'),
    )
    .select(['village.id as villageId', 'team.id', 'team.name'])
    .orderBy('team.searchName')
    .execute();
  const byVillage = new Map<string, { id: string; name: string }[]>();
  for (const row of rows) {
    const list = byVillage.get(row.villageId) ?? [];
    list.push({ id: row.id, name: row.name });
    byVillage.set(row.villageId, list);
  }
  return byVillage;
}

export async function findVillageByName(db: Db, unitId: string, searchName: string) {
  return db
    .selectFrom('village')
    .select(['id', 'name'])
    .where('unitId', '=', unitId)
    .where('searchName', '=', searchName)
    .executeTakeFirst();
}
