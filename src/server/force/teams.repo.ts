import { sql } from 'kysely';
import type { Db } from '../db/database.ts';
import type { Actor } from '../http/actor.ts';
import { unitIdInScope } from './force-scope.ts';
import { escapeLike } from './villages.repo.ts';

type Scope = Pick<Actor, 'scopePath'>;

export interface TeamFilter {
  unitPath?: string;
  villageId?: string;
  status?: 'active' | 'dissolved';
  folded?: string;
  ids?: string[];
}

function teamsInScope(db: Db, actor: Scope, filter: TeamFilter) {
  let query = db
    .selectFrom('team')
    .innerJoin('unit', 'unit.id', 'team.unitId')
    .where(unitIdInScope(actor, 'team.unitId', filter.unitPath));
  if (filter.status) query = query.where('team.status', '=', filter.status);
  if (filter.folded)
    query = query.where(sql<boolean>`team.search_name like ${`%${escapeLike(filter.folded)}%`} escape '\\'`);
  if (filter.villageId) {
    const villageId = filter.villageId;
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom('teamVillage')
          .select('teamVillage.teamId')
          .whereRef('teamVillage.teamId', '=', 'team.id')
          .where('teamVillage.villageId', '=', villageId),
      ),
    );
  }
  if (filter.ids) query = query.where('team.id', 'in', filter.ids.length > 0 ? filter.ids : ['']);
  return query;
}

const teamColumns = [
  'team.id',
  'team.unitId',
  'team.name',
  'team.status',
  'team.decisionNumber',
  'team.decisionDate',
  'team.decisionSigner',
  'team.dissolutionDecisionNumber',
  'team.dissolutionDecisionDate',
  'team.dissolutionDecisionSigner',
  'team.dissolutionNote',
  'team.note',
  'team.version',
  'team.createdAt',
  'team.updatedAt',
  'unit.code as unitCode',
  'unit.name as unitName',
  'unit.path as unitPath',
] as const;

export async function findTeamPage(
  db: Db,
  actor: Scope,
  filter: TeamFilter,
  page: {
    limit: number;
    offset: number;
    sort?: 'name' | 'decisionDate' | 'status' | 'members';
    order?: 'asc' | 'desc';
  },
) {
  const base = teamsInScope(db, actor, filter);
  const order = page.order ?? 'asc';
  let list = base.select(teamColumns);
  if (page.sort === 'decisionDate') list = list.orderBy('team.decisionDate', order);
  else if (page.sort === 'status') list = list.orderBy('team.status', order);
  else if (page.sort === 'members')
    list = list.orderBy(
      (eb) =>
        eb
          .selectFrom('member')
          .select((m) => m.fn.countAll().as('n'))
          .whereRef('member.teamId', '=', 'team.id')
          .where('member.status', '=', 'active'),
      order,
    );
  else list = list.orderBy('unit.searchName', order);
  const [rows, count] = await Promise.all([
    list
      .orderBy('team.searchName', page.sort && page.sort !== 'name' ? 'asc' : order)
      .orderBy('team.id')
      .limit(page.limit)
      .offset(page.offset)
      .execute(),
    base.select((eb) => eb.fn.countAll<number | string>().as('total')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.total) };
}
export type TeamRow = Awaited<ReturnType<typeof findTeamPage>>['rows'][number];

export async function findTeamInScope(db: Db, actor: Scope, id: string) {
  return teamsInScope(db, actor, { ids: [id] })
    .select(teamColumns)
    .executeTakeFirst();
}

/** Villages of the teams. */
export async function findVillagesOfTeams(db: Db, teamIds: string[]) {
  const byTeam = new Map<string, { id: string; name: string }[]>();
  for (let i = 0; i < teamIds.length; i += 500) {
    const rows = await db
      .selectFrom('teamVillage')
      .innerJoin('village', 'village.id', 'teamVillage.villageId')
      .select(['teamVillage.teamId', 'village.id', 'village.name', 'village.areaTypes'])
      .where('teamVillage.teamId', 'in', teamIds.slice(i, i + 500))
      .orderBy('village.searchName')
      .execute();
    for (const row of rows) {
      const list = byTeam.get(row.teamId) ?? [];
      list.push({ id: row.id, name: row.name });
      byTeam.set(row.teamId, list);
    }
  }
  return byTeam;
}

/** Active members of the teams by role, and the names of their active Tổ trưởng. */
export async function findTeamMemberCounts(db: Db, teamIds: string[]) {
  const counts = new Map<string, { total: number; to_truong: number; to_pho: number; to_vien: number }>();
  const leaders = new Map<string, { id: string; name: string }[]>();
  for (let i = 0; i < teamIds.length; i += 500) {
    const chunk = teamIds.slice(i, i + 500);
    const [rows, leaderRows] = await Promise.all([
      db
        .selectFrom('member')
        .select(['teamId', 'role', (eb) => eb.fn.countAll<number | string>().as('n')])
        .where('teamId', 'in', chunk)
        .where('status', '=', 'active')
        .groupBy(['teamId', 'role'])
        .execute(),
      db
        .selectFrom('member')
        .select(['teamId', 'id', 'fullName'])
        .where('teamId', 'in', chunk)
        .where('status', '=', 'active')
        .where('role', '=', 'to_truong')
        .orderBy('searchName')
        .execute(),
    ]);
    for (const row of rows) {
      const entry = counts.get(row.teamId) ?? { total: 0, to_truong: 0, to_pho: 0, to_vien: 0 };
      entry[row.role] += Number(row.n);
      entry.total += Number(row.n);
      counts.set(row.teamId, entry);
    }
    for (const row of leaderRows) {
      const list = leaders.get(row.teamId) ?? [];
      list.push({ id: row.id, name: row.fullName });
      leaders.set(row.teamId, list);
    }
  }
  return { counts, leaders };
}

export async function findTeamByName(db: Db, unitId: string, searchName: string) {
  return db
    .selectFrom('team')
    .select(['id', 'name'])
    .where('unitId', '=', unitId)
    .where('searchName', '=', searchName)
    .where('status', '=', 'active')
    .executeTakeFirst();
}
