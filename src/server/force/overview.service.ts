import { vietnamToday } from '../../domain/common/dates.ts';
import { sql } from 'kysely';
import { totalRequired } from '../../domain/force/criteria.ts';
import type { ForceTotals, Overview, OverviewQuery } from '../../domain/force/force-api.schemas.ts';
import type { Db } from '../db/database.ts';
import type { Actor } from '../http/actor.ts';
import { notFound } from '../http/errors.ts';
import { isPathInScope, subtreeRange } from '../http/scope.ts';
import { provinceIdOf, unitIdInScope } from './force-scope.ts';
import { loadRequirements } from './requirements.ts';
import { evaluateVillages } from './villages.service.ts';

const UNIT_NOT_FOUND = { vi: 'Không tìm thấy đơn vị.', en: 'Unit not found.' };

const emptyTotals = (): ForceTotals => ({
  villages: 0,
  teams: 0,
  members: 0,
  byRole: { to_truong: 0, to_pho: 0, to_vien: 0 },
  byOrigin: { bao_ve_dan_pho: 0, cong_an_xa_ban_chuyen_trach: 0, dan_phong: 0, new: 0 },
  trained: 0,
  requiredTeams: 0,
  requiredMembers: 0,
  shortfall: 0,
  villagesShort: 0,
  villagesWithoutTeam: 0,
});

function addInto(sum: ForceTotals, part: ForceTotals) {
  sum.villages += part.villages;
  sum.teams += part.teams;
  sum.members += part.members;
  for (const key of Object.keys(sum.byRole) as (keyof ForceTotals['byRole'])[])
    sum.byRole[key] += part.byRole[key];
  for (const key of Object.keys(sum.byOrigin) as (keyof ForceTotals['byOrigin'])[])
    sum.byOrigin[key] += part.byOrigin[key];
  sum.trained += part.trained;
  sum.requiredTeams += part.requiredTeams;
  sum.requiredMembers += part.requiredMembers;
  sum.shortfall += part.shortfall;
  sum.villagesShort += part.villagesShort;
  sum.villagesWithoutTeam += part.villagesWithoutTeam;
}

/** The root of the view: a unit in scope (404 outside), by default the actor's own scope. */
async function requireRoot(db: Db, actor: Actor, unitId: string | undefined) {
  const query = db.selectFrom('unit').select(['id', 'code', 'name', 'kind', 'path']);
  const root = unitId
    ? await query.where('id', '=', unitId).executeTakeFirst()
    : await query.where('path', '=', actor.scopePath).executeTakeFirst();
  if (!root || !isPathInScope(actor, root.path)) throw notFound(UNIT_NOT_FOUND);
  return root;
}

/**
 * Totals of the force under a unit (province, district or commune), commune by commune and district by
 * district: villages, teams, members by role and origin, trained, and the gaps against the rule set in force.
 */
export async function getOverview(db: Db, actor: Actor, query: OverviewQuery): Promise<Overview> {
  const root = await requireRoot(db, actor, query.unitId);
  const asOf = query.asOf ?? vietnamToday(actor.now);
  const { from, to } = subtreeRange(root.path);
  const [units, villages, teams, members, trained, requirements] = await Promise.all([
    db
      .selectFrom('unit')
      .select(['id', 'code', 'name', 'kind', 'parentId'])
      .where('path', '>=', from)
      .where('path', '<', to)
      .where('kind', 'in', ['district', 'commune'])
      .orderBy('searchName')
      .execute(),
    evaluateVillages(db, actor, { unitPath: root.path }, asOf),
    db
      .selectFrom('team')
      .select(['team.unitId', (eb) => eb.fn.countAll<number | string>().as('n')])
      .where(unitIdInScope(actor, 'team.unitId', root.path))
      .where('team.status', '=', 'active')
      .groupBy('team.unitId')
      .execute(),
    db
      .selectFrom('member')
      .select([
        'member.unitId',
        'member.role',
        'member.origin',
        (eb) => eb.fn.countAll<number | string>().as('n'),
      ])
      .where(unitIdInScope(actor, 'member.unitId', root.path))
      .where('member.status', '=', 'active')
      .groupBy(['member.unitId', 'member.role', 'member.origin'])
      .execute(),
    db
      .selectFrom('member')
      .select(['member.unitId', (eb) => eb.fn.countAll<number | string>().as('n')])
      .where(unitIdInScope(actor, 'member.unitId', root.path))
      .where('member.status', '=', 'active')
      .where((eb) =>
        eb.exists(
          eb
            .selectFrom('memberTraining')
            .select(sql.lit(1).as('one'))
            .whereRef('memberTraining.memberId', '=', 'member.id')
            .where('memberTraining.kind', 'in', ['training', 'refresher'])
            .where('memberTraining.passed', '=', 1),
        ),
      )
      .groupBy('member.unitId')
      .execute(),
    loadRequirements(db, provinceIdOf(root.path), asOf),
  ]);

  const byCommune = new Map<string, ForceTotals>();
  const totalsOf = (unitId: string) => {
    let found = byCommune.get(unitId);
    if (!found) {
      found = emptyTotals();
      byCommune.set(unitId, found);
    }
    return found;
  };
  const requiredByCommune = new Map<
    string,
    { teams: number | null; members: number | null; villagesPerTeam: number }[]
  >();
  for (const village of villages) {
    const totals = totalsOf(village.unit.id);
    totals.villages += 1;
    if (village.teams.length === 0) totals.villagesWithoutTeam += 1;
    if (village.gap.status === 'short') {
      totals.villagesShort += 1;
      // A team shared by N villages is short once, not N times.
      totals.shortfall += village.gap.shortfall * (village.requirement?.teams ?? 1);
    }
    if (village.requirement) {
      const list = requiredByCommune.get(village.unit.id) ?? [];
      list.push({
        teams: village.requirement.teams,
        members: village.requirement.members,
        villagesPerTeam: village.requirement.villagesPerTeam,
      });
      requiredByCommune.set(village.unit.id, list);
    }
  }
  for (const [unitId, list] of requiredByCommune) {
    const required = totalRequired(list);
    const totals = totalsOf(unitId);
    totals.requiredTeams = required.teams;
    totals.requiredMembers = required.members;
    totals.shortfall = Math.ceil(totals.shortfall - 1e-9);
  }
  for (const row of teams) totalsOf(row.unitId).teams = Number(row.n);
  for (const row of members) {
    const totals = totalsOf(row.unitId);
    const n = Number(row.n);
    totals.members += n;
    totals.byRole[row.role] += n;
    totals.byOrigin[row.origin] += n;
  }
  for (const row of trained) totalsOf(row.unitId).trained = Number(row.n);

  const ref = (u: { id: string; code: string; name: string }) => ({ id: u.id, code: u.code, name: u.name });
  const communes = units.filter((u) => u.kind === 'commune');
  const communeRows = communes.map((c) => ({
    ...totalsOf(c.id),
    unit: ref(c),
    kind: 'commune' as const,
    parentId: c.parentId,
  }));
  const districts = units
    .filter((u) => u.kind === 'district')
    .map((d) => {
      const own = communeRows.filter((c) => c.parentId === d.id);
      const totals = emptyTotals();
      for (const c of own) addInto(totals, c);
      return {
        ...totals,
        unit: ref(d),
        kind: 'district' as const,
        communes: own.map(({ parentId: _parentId, ...rest }) => rest),
      };
    });
  const districtIds = new Set(districts.map((d) => d.unit.id));
  const total = emptyTotals();
  for (const c of communeRows) addInto(total, c);
  return {
    root: ref(root),
    asOf,
    ruleSet: requirements.ruleSet,
    totals: total,
    districts,
    communes: communeRows
      .filter((c) => !c.parentId || !districtIds.has(c.parentId))
      .map(({ parentId: _parentId, ...rest }) => rest),
  };
}
