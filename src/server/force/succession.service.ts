import { randomUUID } from 'node:crypto';
import { foldText } from '../../domain/common/text.ts';
import type { CarryForceResult } from '../../domain/force/force-api.schemas.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { Db } from '../db/database.ts';
import type { Actor, SystemActor } from '../http/actor.ts';
import { requireRole } from '../http/auth.ts';
import { AppError, notFound } from '../http/errors.ts';
import { isPathInScope } from '../http/scope.ts';
import { memberProvinceId } from './member-name-keys.ts';

const SUCCESSION_NOT_FOUND = {
  vi: 'Không có quan hệ kế thừa (sáp nhập) giữa hai đơn vị này.',
  en: 'No succession links these two units.',
};

/**
 * Moves a merged commune's force to its successor (a `unit_succession` old → new): villages, teams, members
 * and procedures take the successor's unit id and keep the old one in `previous_unit_id`; every member not yet
 * left gets a 'merger' history row on the succession's date (team, role and status unchanged), so payroll and
 * history read who served where when. A name the successor already uses gets the old commune's name added.
 * One transaction; running it again moves nothing.
 */
export async function carryForceAcrossSuccession(
  db: Db,
  actor: Actor | SystemActor,
  oldUnitId: string,
  newUnitId: string,
): Promise<CarryForceResult> {
  if ('role' in actor) requireRole(actor, 'admin');
  const succession = await db
    .selectFrom('unitSuccession')
    .innerJoin('unit as old', 'old.id', 'unitSuccession.oldUnitId')
    .innerJoin('unit as new', 'new.id', 'unitSuccession.newUnitId')
    .select([
      'unitSuccession.effectiveDate',
      'old.name as oldName',
      'old.kind as oldKind',
      'old.path as oldPath',
      'new.kind as newKind',
      'new.path as newPath',
    ])
    .where('unitSuccession.oldUnitId', '=', oldUnitId)
    .where('unitSuccession.newUnitId', '=', newUnitId)
    .executeTakeFirst();
  if (!succession) throw notFound(SUCCESSION_NOT_FOUND);
  if (
    'role' in actor &&
    (!isPathInScope(actor, succession.oldPath) || !isPathInScope(actor, succession.newPath))
  )
    throw notFound(SUCCESSION_NOT_FOUND);
  if (succession.oldKind !== 'commune' || succession.newKind !== 'commune') {
    throw new AppError('INVALID_STATE', {
      vi: 'Chỉ chuyển lực lượng giữa các đơn vị cấp xã (xã, phường, thị trấn).',
      en: 'The force moves between communes only.',
    });
  }
  const suffix = ` (${succession.oldName})`;
  return db.transaction().execute(async (trx) => {
    const [villageNames, teamNames] = await Promise.all([
      trx.selectFrom('village').select('searchName').where('unitId', '=', newUnitId).execute(),
      trx
        .selectFrom('team')
        .select('searchName')
        .where('unitId', '=', newUnitId)
        .where('status', '=', 'active')
        .execute(),
    ]);
    const takenVillages = new Set(villageNames.map((v) => v.searchName));
    const takenTeams = new Set(teamNames.map((t) => t.searchName));

    const villages = await trx
      .selectFrom('village')
      .select(['id', 'name', 'searchName'])
      .where('unitId', '=', oldUnitId)
      .execute();
    for (const village of villages) {
      const name = takenVillages.has(village.searchName) ? `${village.name}${suffix}` : village.name;
      await trx
        .updateTable('village')
        .set((eb) => ({
          unitId: newUnitId,
          previousUnitId: oldUnitId,
          name,
          searchName: foldText(name),
          updatedAt: actor.now,
          version: eb('version', '+', 1),
        }))
        .where('id', '=', village.id)
        .execute();
    }
    const teams = await trx
      .selectFrom('team')
      .select(['id', 'name', 'searchName', 'status'])
      .where('unitId', '=', oldUnitId)
      .execute();
    for (const team of teams) {
      const clash = team.status === 'active' && takenTeams.has(team.searchName);
      const name = clash ? `${team.name}${suffix}` : team.name;
      await trx
        .updateTable('team')
        .set((eb) => ({
          unitId: newUnitId,
          previousUnitId: oldUnitId,
          name,
          searchName: foldText(name),
          updatedAt: actor.now,
          version: eb('version', '+', 1),
        }))
        .where('id', '=', team.id)
        .execute();
    }
    const members = await trx
      .selectFrom('member')
      .select(['id', 'teamId', 'role', 'status'])
      .where('unitId', '=', oldUnitId)
      .execute();
    await trx
      .updateTable('member')
      .set((eb) => ({
        unitId: newUnitId,
        provinceId: memberProvinceId(succession.newPath),
        previousUnitId: oldUnitId,
        updatedAt: actor.now,
        version: eb('version', '+', 1),
      }))
      .where('unitId', '=', oldUnitId)
      .execute();
    // The name search's keys carry the commune and its province: they move too.
    for (let i = 0; i < members.length; i += 500)
      await trx
        .updateTable('memberNameKey')
        .set({ provinceId: memberProvinceId(succession.newPath), unitId: newUnitId })
        .where(
          'memberId',
          'in',
          members.slice(i, i + 500).map((m) => m.id),
        )
        .execute();
    const history = members
      .filter((m) => m.status !== 'left')
      .map((m) => ({
        id: randomUUID(),
        memberId: m.id,
        effectiveDate: succession.effectiveDate,
        change: 'merger' as const,
        unitId: newUnitId,
        teamId: m.teamId,
        role: m.role,
        status: m.status,
        decisionNumber: null,
        note: `Chuyển từ ${succession.oldName} do sắp xếp đơn vị hành chính`,
        recordedBy: actor.userId,
        recordedAt: actor.now,
      }));
    for (let i = 0; i < history.length; i += 500) {
      await trx
        .insertInto('memberHistory')
        .values(history.slice(i, i + 500))
        .execute();
    }
    const procedures = await trx
      .updateTable('procedure')
      .set({ unitId: newUnitId, updatedAt: actor.now })
      .where('unitId', '=', oldUnitId)
      .executeTakeFirst();
    const result = {
      villages: villages.length,
      teams: teams.length,
      members: members.length,
      procedures: Number(procedures.numUpdatedRows),
    };
    await recordAudit(trx, actor, {
      action: 'carry_force',
      entity: 'unit_succession',
      entityId: `${oldUnitId}→${newUnitId}`,
      after: { oldUnitId, newUnitId, effectiveDate: succession.effectiveDate, ...result },
    });
    return result;
  });
}
