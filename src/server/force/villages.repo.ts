import { sql } from 'kysely';
import type { Db } from '../db/database.ts';
import type { Actor } from '../http/actor.ts';
import { unitIdInScope } from './force-scope.ts';

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
    .where(unitIdInScope(actor, 'village.unitId', filter.unitPath));
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

/** Active members of each team of the communes in scope (under `unitPath`), from the members' index. */
export async function countActiveMembersByTeamInScope(db: Db, actor: Scope, unitPath?: string) {
  const rows = await db
    .selectFrom('member')
    .select(['teamId', (eb) => eb.fn.countAll<number | string>().as('n')])
    .where(unitIdInScope(actor, 'member.unitId', unitPath))
    .where('status', '=', 'active')
    .groupBy('teamId')
    .execute();
  return new Map(rows.map((r) => [r.teamId, Number(r.n)]));
}

/** Active members of each team (the teams covering a village give its members in post). */
export async function countActiveMembersByTeam(db: Db, teamIds: string[]) {
  const counts = new Map<string, number>();
  for (let i = 0; i < teamIds.length; i += 500) {
    const rows = await db
      .selectFrom('member')
      .select(['teamId', (eb) => eb.fn.countAll<number | string>().as('n')])
      .where('teamId', 'in', teamIds.slice(i, i + 500))
      .where('status', '=', 'active')
      .groupBy('teamId')
      .execute();
    for (const row of rows) counts.set(row.teamId, Number(row.n));
  }
  return counts;
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
