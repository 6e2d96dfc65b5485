import { vietnamToday } from '../../domain/common/dates.ts';
import { randomUUID } from 'node:crypto';
import { foldText } from '../../domain/common/text.ts';
import { villageGap, type RequiredMembers } from '../../domain/force/criteria.ts';
import type { AreaType, VillageClass } from '../../domain/force/force.schemas.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { Db } from '../db/database.ts';
import type { VillageTable } from '../db/schema.ts';
import type { Insertable } from 'kysely';
import type { Actor, SystemActor } from '../http/actor.ts';
import { AppError, conflict, notFound } from '../http/errors.ts';
import type {
  Village,
  VillageCreate,
  VillageListQuery,
  VillageUpdate,
} from '../../domain/force/force-api.schemas.ts';
import {
  parseJsonArray,
  provinceIdOf,
  requireCommuneInScope,
  requireForceWriter,
  resolveUnitFilter,
  scopeOf,
} from './force-scope.ts';
import { requirementsCache } from './requirements.ts';
import {
  countActiveMembersByTeam,
  countActiveMembersByTeamInScope,
  findTeamsByVillage,
  findVillageByName,
  findVillages,
  type VillageFilter,
  type VillageRow,
} from './villages.repo.ts';

export const VILLAGE_NOT_FOUND = { vi: 'Không tìm thấy thôn, tổ dân phố.', en: 'Village not found.' };

type Scope = Actor | SystemActor;

function requirementView(required: RequiredMembers | null) {
  if (!required) return null;
  return {
    teams: required.teams,
    members: required.members,
    maximumMembers: required.maximumMembers,
    villagesPerTeam: required.villagesPerTeam,
    rule: required.ruleApplied?.label.vi ?? null,
    explanation: required.explanation.vi,
  };
}

/** Villages with what the rules require, who is in post and what to fix; sorted, not yet paginated. */
export async function evaluateVillages(db: Db, actor: Scope, filter: VillageFilter, asOf: string) {
  const scope = scopeOf(actor);
  const [rows, teams] = await Promise.all([
    findVillages(db, scope, filter),
    findTeamsByVillage(db, scope, filter),
  ]);
  const teamIds = [...new Set([...teams.values()].flat().map((t) => t.id))];
  // One village: its teams' members; a whole commune, district or province: every team's, in one pass.
  const membersOfTeam = filter.id
    ? await countActiveMembersByTeam(db, teamIds)
    : await countActiveMembersByTeamInScope(db, scope, filter.unitPath);
  const inPost = new Map(
    [...teams].map(([villageId, list]) => [
      villageId,
      list.reduce((n, t) => n + (membersOfTeam.get(t.id) ?? 0), 0),
    ]),
  );
  const requirementsOf = requirementsCache(db, asOf);
  const villages: Village[] = [];
  for (const row of rows) {
    const requirements = await requirementsOf(provinceIdOf(row.unitPath));
    const required = requirements.forVillage(toRuleFacts(row), row.unitName);
    villages.push(toVillage(row, teams.get(row.id) ?? [], inPost.get(row.id) ?? 0, required));
  }
  return villages;
}

function toRuleFacts(row: VillageRow) {
  return {
    kind: row.kind,
    households: row.households,
    population: row.population,
    villageClass: row.villageClass as VillageClass | null,
    areaTypes: parseJsonArray<AreaType>(row.areaTypes),
    securityRating: row.securityRating,
  };
}

function toVillage(
  row: VillageRow,
  teams: { id: string; name: string }[],
  inPost: number,
  required: RequiredMembers | null,
): Village {
  const gap = required
    ? villageGap(required, inPost)
    : villageGap({ members: null, maximumMembers: null }, inPost);
  const problems: string[] = [];
  if (teams.length === 0) problems.push('Chưa có Tổ bảo vệ an ninh, trật tự phụ trách.');
  if (!required) problems.push('Tỉnh chưa chọn bộ tiêu chí: chưa tính được số thành viên cần có.');
  else if (required.members === null) problems.push(required.explanation.vi);
  if (gap.status === 'short') problems.push(`Thiếu ${gap.shortfall} thành viên so với tiêu chí.`);
  if (gap.status === 'over') problems.push(`Vượt ${gap.excess} thành viên so với mức tối đa.`);
  return {
    id: row.id,
    unit: { id: row.unitId, code: row.unitCode, name: row.unitName },
    name: row.name,
    kind: row.kind,
    households: row.households,
    population: row.population,
    areaHectares: row.areaHectares,
    villageClass: row.villageClass as VillageClass | null,
    areaTypes: parseJsonArray<AreaType>(row.areaTypes),
    securityRating: row.securityRating,
    validFrom: row.validFrom,
    validTo: row.validTo,
    note: row.note,
    teams,
    requirement: requirementView(required),
    inPost,
    gap: { shortfall: gap.shortfall, excess: gap.excess, status: gap.status },
    problems,
    version: row.version,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

const collator = new Intl.Collator('vi');
const compareText = (a: string, b: string) => collator.compare(a, b);

export async function listVillages(db: Db, actor: Actor, query: VillageListQuery) {
  const unitPath = await resolveUnitFilter(db, actor, query.unitId);
  const folded = query.q ? foldText(query.q) : undefined;
  let villages = await evaluateVillages(
    db,
    actor,
    { unitPath, folded: folded || undefined, kind: query.kind },
    vietnamToday(actor.now),
  );
  if (query.gapsOnly) villages = villages.filter((v) => v.gap.status === 'short' || v.gap.status === 'over');
  const direction = query.order === 'desc' ? -1 : 1;
  const key: Record<VillageListQuery['sort'], (v: Village) => number | string> = {
    name: (v) => `${v.unit.name}\u0000${v.name}`,
    households: (v) => v.households ?? -1,
    population: (v) => v.population ?? -1,
    // Most short first when ascending: the gap as in post minus required.
    gap: (v) => (v.gap.status === 'unknown' ? Number.MAX_SAFE_INTEGER : v.gap.excess - v.gap.shortfall),
  };
  const of = key[query.sort];
  villages.sort((a, b) => {
    const x = of(a);
    const y = of(b);
    const order = typeof x === 'string' && typeof y === 'string' ? compareText(x, y) : Number(x) - Number(y);
    return order * direction || compareText(a.name, b.name);
  });
  return { items: villages.slice(query.offset, query.offset + query.limit), total: villages.length };
}

export async function getVillage(db: Db, actor: Scope, id: string): Promise<Village> {
  const [village] = await evaluateVillages(db, actor, { id }, vietnamToday(actor.now));
  if (!village) throw notFound(VILLAGE_NOT_FOUND);
  return village;
}

function duplicateName(name: string) {
  return conflict(
    {
      vi: `Xã đã có thôn, tổ dân phố tên "${name}".`,
      en: `The commune already has a village named "${name}".`,
    },
    [{ path: '/name', message: 'Tên đã có trong xã, vui lòng kiểm tra lại' }],
  );
}

function checkValidity(input: { validFrom?: string | null; validTo?: string | null }) {
  if (input.validFrom && input.validTo && input.validTo < input.validFrom) {
    throw new AppError('VALIDATION_FAILED', undefined, [
      { path: '/validTo', message: 'Ngày hết hiệu lực phải sau ngày bắt đầu' },
    ]);
  }
}

/** The columns of a village from its input (shared by create, update and import). */
export function villageColumns(input: Omit<VillageCreate, 'unitId'>) {
  return {
    name: input.name,
    searchName: foldText(input.name),
    kind: input.kind,
    households: input.households,
    population: input.population,
    areaHectares: input.areaHectares,
    villageClass: input.villageClass,
    areaTypes: JSON.stringify(input.areaTypes),
    securityRating: input.securityRating,
    validFrom: input.validFrom ?? null,
    validTo: input.validTo ?? null,
    note: input.note ?? null,
  };
}

export async function createVillage(db: Db, actor: Scope, input: VillageCreate): Promise<Village> {
  requireForceWriter(actor);
  await requireCommuneInScope(db, actor, input.unitId);
  checkValidity(input);
  const id = randomUUID();
  await db.transaction().execute(async (trx) => {
    if (await findVillageByName(trx, input.unitId, foldText(input.name))) throw duplicateName(input.name);
    const row: Insertable<VillageTable> = {
      id,
      unitId: input.unitId,
      previousUnitId: null,
      ...villageColumns(input),
      createdAt: actor.now,
      updatedAt: actor.now,
    };
    await trx.insertInto('village').values(row).execute();
    await recordAudit(trx, actor, { action: 'create', entity: 'village', entityId: id, after: input });
  });
  return getVillage(db, actor, id);
}

export async function updateVillage(
  db: Db,
  actor: Actor,
  id: string,
  input: VillageUpdate,
): Promise<Village> {
  requireForceWriter(actor);
  const current = await getVillage(db, actor, id);
  const { version, ...changes } = input;
  const merged = {
    name: changes.name ?? current.name,
    kind: changes.kind ?? current.kind,
    households: changes.households !== undefined ? changes.households : current.households,
    population: changes.population !== undefined ? changes.population : current.population,
    areaHectares: changes.areaHectares !== undefined ? changes.areaHectares : current.areaHectares,
    villageClass: changes.villageClass !== undefined ? changes.villageClass : current.villageClass,
    areaTypes: changes.areaTypes ?? current.areaTypes,
    securityRating: changes.securityRating ?? current.securityRating,
    validFrom: changes.validFrom !== undefined ? changes.validFrom : current.validFrom,
    validTo: changes.validTo !== undefined ? changes.validTo : current.validTo,
    note: changes.note !== undefined ? changes.note : current.note,
  };
  checkValidity(merged);
  await db.transaction().execute(async (trx) => {
    if (merged.name !== current.name) {
      const other = await findVillageByName(trx, current.unit.id, foldText(merged.name));
      if (other && other.id !== id) throw duplicateName(merged.name);
    }
    const result = await trx
      .updateTable('village')
      .set({ ...villageColumns(merged), updatedAt: actor.now, version: version + 1 })
      .where('id', '=', id)
      .where('version', '=', version)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) throw conflict();
    await recordAudit(trx, actor, {
      action: 'update',
      entity: 'village',
      entityId: id,
      before: auditView(current),
      after: merged,
    });
  });
  return getVillage(db, actor, id);
}

function auditView(village: Village) {
  return {
    name: village.name,
    kind: village.kind,
    households: village.households,
    population: village.population,
    areaHectares: village.areaHectares,
    villageClass: village.villageClass,
    areaTypes: village.areaTypes,
    securityRating: village.securityRating,
    validFrom: village.validFrom,
    validTo: village.validTo,
  };
}

/** A village no team covers and no member names can be deleted (a typo); otherwise end its validity. */
export async function deleteVillage(db: Db, actor: Actor, id: string): Promise<void> {
  requireForceWriter(actor);
  const current = await getVillage(db, actor, id);
  await db.transaction().execute(async (trx) => {
    const [team, member] = await Promise.all([
      trx.selectFrom('teamVillage').select('teamId').where('villageId', '=', id).limit(1).executeTakeFirst(),
      trx.selectFrom('member').select('id').where('villageId', '=', id).limit(1).executeTakeFirst(),
    ]);
    if (team || member) {
      throw new AppError('INVALID_STATE', {
        vi: 'Thôn, tổ dân phố đã có Tổ hoặc thành viên nên không xóa được; hãy nhập ngày hết hiệu lực thay vì xóa.',
        en: 'The village has teams or members and cannot be deleted; set the date it ceased instead.',
      });
    }
    await trx.deleteFrom('village').where('id', '=', id).execute();
    await recordAudit(trx, actor, {
      action: 'delete',
      entity: 'village',
      entityId: id,
      before: auditView(current),
    });
  });
}
