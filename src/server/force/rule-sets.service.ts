import { addDays, vietnamToday } from '../../domain/common/dates.ts';
import { randomUUID } from 'node:crypto';
import type { CriteriaRuleSet } from '../../domain/force/criteria.schemas.ts';
import { findShippedRuleSet, SHIPPED_RULE_SETS } from '../../domain/force/criteria-rule-sets.ts';
import type { RuleSet, RuleSetChoose, ShippedRuleSet } from '../../domain/force/force-api.schemas.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { Db } from '../db/database.ts';
import type { Actor, SystemActor } from '../http/actor.ts';
import { requireRole } from '../http/auth.ts';
import { AppError, notFound } from '../http/errors.ts';
import { isPathInScope } from '../http/scope.ts';
import { provinceIdOf, scopeOf } from './force-scope.ts';
import {
  closeRuleSetsBefore,
  findStoredRuleSets,
  insertRuleSet,
  type StoredRuleSetRow,
} from './rule-sets.repo.ts';

const PROVINCE_NOT_FOUND = { vi: 'Không tìm thấy tỉnh.', en: 'Province not found.' };

const ddmmyyyy = (date: string) => date.split('-').reverse().join('/');

/** "Nghị quyết số 10/2024/NQ-HĐND ngày 05/7/2024 của HĐND tỉnh Nghệ An", as far as the source gives it. */
export function resolutionText(set: CriteriaRuleSet): string {
  const { number, date, issuer } = set.resolution;
  return [
    'Nghị quyết',
    number ? `số ${number}` : null,
    date ? `ngày ${ddmmyyyy(date)}` : null,
    `của ${issuer}`,
  ]
    .filter(Boolean)
    .join(' ');
}

export function listShippedRuleSets(): { items: ShippedRuleSet[] } {
  return { items: SHIPPED_RULE_SETS.map((set) => ({ ...set, resolutionText: resolutionText(set) })) };
}

/** A province the actor may see: their own province (every user reads the criteria that apply to them). */
async function requireProvince(db: Db, actor: Actor | SystemActor, provinceId: string | undefined) {
  const id = provinceId ?? provinceIdOf(scopeOf(actor).scopePath);
  const unit = await db
    .selectFrom('unit')
    .select(['id', 'code', 'name', 'kind', 'path'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!unit || unit.kind !== 'province') throw notFound(PROVINCE_NOT_FOUND);
  const scope = scopeOf(actor);
  // A commune's user reads its own province's criteria; nobody reads another province's.
  if (!isPathInScope(scope, unit.path) && !scope.scopePath.startsWith(unit.path))
    throw notFound(PROVINCE_NOT_FOUND);
  return unit;
}

function toRuleSet(row: StoredRuleSetRow, today: string): RuleSet {
  return {
    id: row.id,
    province: { id: row.unitId, code: row.unitCode, name: row.unitName },
    sourceKey: row.sourceKey,
    name: row.name,
    resolution: row.resolution,
    isExample: row.isExample === 1,
    effectiveFrom: row.effectiveFrom,
    effectiveTo: row.effectiveTo,
    inForce: row.effectiveFrom <= today && (row.effectiveTo === null || row.effectiveTo >= today),
    ruleSet: JSON.parse(row.rules) as CriteriaRuleSet,
    createdAt: row.createdAt,
  };
}

export async function listRuleSets(db: Db, actor: Actor, provinceId?: string) {
  const province = await requireProvince(db, actor, provinceId);
  const today = vietnamToday(actor.now);
  return { items: (await findStoredRuleSets(db, province.id)).map((row) => toRuleSet(row, today)) };
}

export async function getRuleSet(db: Db, actor: Actor, id: string): Promise<RuleSet> {
  const row = await db.selectFrom('criteriaRuleSet').select('unitId').where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound();
  const province = await requireProvince(db, actor, row.unitId);
  const found = (await findStoredRuleSets(db, province.id)).find((r) => r.id === id);
  if (!found) throw notFound();
  return toRuleSet(found, vietnamToday(actor.now));
}

/**
 * The province's choice (admins and coordinators): a stored copy of a shipped set or of its own, in force
 * from `effectiveFrom`; the set in force before it ends the day before. Later changes to the shipped sets do
 * not change a copy.
 */
export async function chooseRuleSet(
  db: Db,
  actor: Actor | SystemActor,
  input: RuleSetChoose,
): Promise<RuleSet> {
  if ('role' in actor) requireRole(actor, 'admin', 'coordinator');
  const province = await requireProvince(db, actor, input.provinceId);
  if ('role' in actor && !isPathInScope(actor, province.path)) throw new AppError('FORBIDDEN');
  const source = input.sourceKey ? findShippedRuleSet(input.sourceKey) : input.ruleSet;
  if (!source) {
    throw new AppError('VALIDATION_FAILED', undefined, [
      { path: '/sourceKey', message: 'Không có bộ tiêu chí mẫu với mã này' },
    ]);
  }
  const copy: CriteriaRuleSet = { ...source, effectiveFrom: input.effectiveFrom, effectiveTo: null };
  const id = randomUUID();
  await db.transaction().execute(async (trx) => {
    const later = await trx
      .selectFrom('criteriaRuleSet')
      .select('effectiveFrom')
      .where('unitId', '=', province.id)
      .where('effectiveFrom', '>=', input.effectiveFrom)
      .executeTakeFirst();
    if (later) {
      throw new AppError(
        'INVALID_STATE',
        {
          vi: `Tỉnh đã có bộ tiêu chí áp dụng từ ngày ${ddmmyyyy(later.effectiveFrom)}: chọn ngày áp dụng sau ngày đó.`,
          en: `The province has a rule set from ${later.effectiveFrom}: choose a later date.`,
        },
        [{ path: '/effectiveFrom', message: `Phải sau ngày ${ddmmyyyy(later.effectiveFrom)}` }],
      );
    }
    await closeRuleSetsBefore(trx, province.id, input.effectiveFrom, addDays(input.effectiveFrom, -1));
    await insertRuleSet(trx, {
      id,
      unitId: province.id,
      sourceKey: input.sourceKey ?? 'custom',
      name: source.title,
      resolution: input.resolution ?? resolutionText(source),
      isExample: (input.isExample ?? source.isExample) ? 1 : 0,
      effectiveFrom: input.effectiveFrom,
      effectiveTo: null,
      rules: JSON.stringify(copy),
      createdBy: actor.userId,
      createdAt: actor.now,
    });
    await recordAudit(trx, actor, {
      action: 'choose',
      entity: 'criteria_rule_set',
      entityId: id,
      after: {
        provinceId: province.id,
        sourceKey: input.sourceKey ?? 'custom',
        effectiveFrom: input.effectiveFrom,
      },
    });
  });
  const stored = (await findStoredRuleSets(db, province.id)).find((r) => r.id === id);
  if (!stored) throw new AppError('INTERNAL');
  return toRuleSet(stored, vietnamToday(actor.now));
}
