import { randomUUID } from 'node:crypto';
import { foldText } from '../../domain/common/text.ts';
import { checkTeamLeaders } from '../../domain/force/eligibility.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { Db } from '../db/database.ts';
import type { Actor, SystemActor } from '../http/actor.ts';
import { AppError, conflict, notFound } from '../http/errors.ts';
import type {
  Team,
  TeamCreate,
  TeamDissolve,
  TeamListQuery,
  TeamUpdate,
} from '../../domain/force/force-api.schemas.ts';
import { requireCommuneInScope, requireForceWriter, resolveUnitFilter, scopeOf } from './force-scope.ts';
import {
  findTeamByName,
  findTeamInScope,
  findTeamMemberCounts,
  findTeamPage,
  findVillagesOfTeams,
  type TeamRow,
} from './teams.repo.ts';

export const TEAM_NOT_FOUND = { vi: 'Không tìm thấy Tổ bảo vệ an ninh, trật tự.', en: 'Team not found.' };

type Scope = Actor | SystemActor;

async function toTeams(db: Db, rows: TeamRow[]): Promise<Team[]> {
  const ids = rows.map((r) => r.id);
  const [villages, { counts, leaders }] = await Promise.all([
    findVillagesOfTeams(db, ids),
    findTeamMemberCounts(db, ids),
  ]);
  return rows.map((row) => {
    const teamLeaders = leaders.get(row.id) ?? [];
    const problems =
      row.status === 'active'
        ? checkTeamLeaders(
            teamLeaders.map((l) => ({
              fullName: l.name,
              role: 'to_truong' as const,
              status: 'active' as const,
            })),
          ).map((p) => p.message.vi)
        : [];
    return {
      id: row.id,
      unit: { id: row.unitId, code: row.unitCode, name: row.unitName },
      name: row.name,
      status: row.status,
      villages: villages.get(row.id) ?? [],
      decisionNumber: row.decisionNumber,
      decisionDate: row.decisionDate,
      decisionSigner: row.decisionSigner,
      dissolutionDecisionNumber: row.dissolutionDecisionNumber,
      dissolutionDecisionDate: row.dissolutionDecisionDate,
      dissolutionDecisionSigner: row.dissolutionDecisionSigner,
      dissolutionNote: row.dissolutionNote,
      note: row.note,
      members: counts.get(row.id) ?? { total: 0, to_truong: 0, to_pho: 0, to_vien: 0 },
      leader: teamLeaders[0] ?? null,
      problems,
      version: row.version,
      createdAt: row.createdAt,
      updatedAt: row.updatedAt,
    };
  });
}

export async function listTeams(db: Db, actor: Actor, query: TeamListQuery) {
  const unitPath = await resolveUnitFilter(db, actor, query.unitId);
  const folded = query.q ? foldText(query.q) : undefined;
  const { rows, total } = await findTeamPage(
    db,
    actor,
    { unitPath, villageId: query.villageId, status: query.status, folded: folded || undefined },
    query,
  );
  return { items: await toTeams(db, rows), total };
}

export async function getTeam(db: Db, actor: Scope, id: string): Promise<Team> {
  const row = await findTeamInScope(db, scopeOf(actor), id);
  if (!row) throw notFound(TEAM_NOT_FOUND);
  const [team] = await toTeams(db, [row]);
  if (!team) throw notFound(TEAM_NOT_FOUND);
  return team;
}

/** The villages named for a team: all of one commune in the actor's scope (else 404 / 422). */
async function requireVillagesOfOneCommune(db: Db, actor: Scope, villageIds: string[]) {
  const unique = [...new Set(villageIds)];
  const rows = await db
    .selectFrom('village')
    .select(['id', 'unitId', 'name'])
    .where('id', 'in', unique)
    .execute();
  if (rows.length !== unique.length) {
    const missing = unique.findIndex((id) => !rows.some((r) => r.id === id));
    throw new AppError('VALIDATION_FAILED', undefined, [
      { path: `/villageIds/${missing}`, message: 'Không tìm thấy thôn, tổ dân phố này' },
    ]);
  }
  const communes = new Set(rows.map((r) => r.unitId));
  if (communes.size !== 1) {
    throw new AppError(
      'VALIDATION_FAILED',
      {
        vi: 'Một Tổ chỉ phụ trách các thôn, tổ dân phố của cùng một xã (Điều 14 khoản 2 Luật 30/2023/QH15).',
        en: 'A team covers villages of one commune only (Law 30/2023, Art. 14(2)).',
      },
      [{ path: '/villageIds', message: 'Các thôn, tổ dân phố phải thuộc cùng một xã' }],
    );
  }
  const commune = await requireCommuneInScope(db, actor, rows[0]?.unitId ?? '');
  return { commune, villageIds: unique };
}

function duplicateTeam(name: string) {
  return conflict(
    {
      vi: `Xã đã có Tổ tên "${name}" đang hoạt động.`,
      en: `The commune already has an active team "${name}".`,
    },
    [{ path: '/name', message: 'Tên Tổ đã có trong xã' }],
  );
}

export async function createTeam(db: Db, actor: Scope, input: TeamCreate): Promise<Team> {
  requireForceWriter(actor);
  const { commune, villageIds } = await requireVillagesOfOneCommune(db, actor, input.villageIds);
  const id = randomUUID();
  await db.transaction().execute(async (trx) => {
    if (await findTeamByName(trx, commune.id, foldText(input.name))) throw duplicateTeam(input.name);
    await trx
      .insertInto('team')
      .values({
        id,
        unitId: commune.id,
        previousUnitId: null,
        name: input.name,
        searchName: foldText(input.name),
        status: 'active',
        decisionNumber: input.decisionNumber,
        decisionDate: input.decisionDate,
        decisionSigner: input.decisionSigner,
        dissolutionDecisionNumber: null,
        dissolutionDecisionDate: null,
        dissolutionDecisionSigner: null,
        dissolutionNote: null,
        note: input.note ?? null,
        createdAt: actor.now,
        updatedAt: actor.now,
      })
      .execute();
    await trx
      .insertInto('teamVillage')
      .values(villageIds.map((villageId) => ({ teamId: id, villageId })))
      .execute();
    await recordAudit(trx, actor, { action: 'create', entity: 'team', entityId: id, after: input });
  });
  return getTeam(db, actor, id);
}

const DISSOLVED = {
  vi: 'Tổ đã giải thể, không sửa được; quyết định giải thể được lưu cùng Tổ.',
  en: 'The team is dissolved and cannot be changed; its dissolution decision is kept with it.',
};

export async function updateTeam(db: Db, actor: Actor, id: string, input: TeamUpdate): Promise<Team> {
  requireForceWriter(actor);
  const current = await getTeam(db, actor, id);
  if (current.status === 'dissolved') throw new AppError('INVALID_STATE', DISSOLVED);
  let villageIds: string[] | undefined;
  if (input.villageIds) {
    const chosen = await requireVillagesOfOneCommune(db, actor, input.villageIds);
    if (chosen.commune.id !== current.unit.id) {
      throw new AppError('VALIDATION_FAILED', undefined, [
        { path: '/villageIds', message: 'Các thôn, tổ dân phố phải thuộc xã của Tổ' },
      ]);
    }
    villageIds = chosen.villageIds;
  }
  const name = input.name ?? current.name;
  await db.transaction().execute(async (trx) => {
    if (name !== current.name) {
      const other = await findTeamByName(trx, current.unit.id, foldText(name));
      if (other && other.id !== id) throw duplicateTeam(name);
    }
    const result = await trx
      .updateTable('team')
      .set({
        name,
        searchName: foldText(name),
        decisionNumber: input.decisionNumber ?? current.decisionNumber,
        decisionDate: input.decisionDate ?? current.decisionDate,
        decisionSigner: input.decisionSigner ?? current.decisionSigner,
        note: input.note !== undefined ? input.note : current.note,
        updatedAt: actor.now,
        version: input.version + 1,
      })
      .where('id', '=', id)
      .where('version', '=', input.version)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) throw conflict();
    if (villageIds) {
      await trx.deleteFrom('teamVillage').where('teamId', '=', id).execute();
      await trx
        .insertInto('teamVillage')
        .values(villageIds.map((villageId) => ({ teamId: id, villageId })))
        .execute();
    }
    await recordAudit(trx, actor, {
      action: 'update',
      entity: 'team',
      entityId: id,
      before: { name: current.name, villageIds: current.villages.map((v) => v.id) },
      after: input,
    });
  });
  return getTeam(db, actor, id);
}

/** Dissolving keeps the team with its decision; its members must first move to another team or leave. */
export async function dissolveTeam(db: Db, actor: Actor, id: string, input: TeamDissolve): Promise<Team> {
  requireForceWriter(actor);
  const current = await getTeam(db, actor, id);
  if (current.status === 'dissolved') throw new AppError('INVALID_STATE', DISSOLVED);
  await db.transaction().execute(async (trx) => {
    const remaining = await trx
      .selectFrom('member')
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .where('teamId', '=', id)
      .where('status', '!=', 'left')
      .executeTakeFirstOrThrow();
    if (Number(remaining.n) > 0) {
      throw new AppError('INVALID_STATE', {
        vi: `Tổ còn ${Number(remaining.n)} thành viên chưa thôi tham gia: chuyển họ sang Tổ khác hoặc làm thủ tục thôi tham gia trước khi giải thể.`,
        en: `The team still has ${Number(remaining.n)} members: move them to another team or record their leaving first.`,
      });
    }
    const result = await trx
      .updateTable('team')
      .set({
        status: 'dissolved',
        dissolutionDecisionNumber: input.decisionNumber,
        dissolutionDecisionDate: input.decisionDate,
        dissolutionDecisionSigner: input.decisionSigner,
        dissolutionNote: input.note,
        updatedAt: actor.now,
        version: input.version + 1,
      })
      .where('id', '=', id)
      .where('version', '=', input.version)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) throw conflict();
    await recordAudit(trx, actor, {
      action: 'dissolve',
      entity: 'team',
      entityId: id,
      before: { status: 'active' },
      after: { status: 'dissolved', ...input },
    });
  });
  return getTeam(db, actor, id);
}
