import type { Db } from '../db/database.ts';
import type { CriteriaRuleSetTable } from '../db/schema.ts';

/** The province's set in force on `asOf`: of several, the one that took effect last. */
export async function findStoredRuleSetInForce(db: Db, provinceId: string, asOf: string) {
  return db
    .selectFrom('criteriaRuleSet')
    .selectAll()
    .where('unitId', '=', provinceId)
    .where('effectiveFrom', '<=', asOf)
    .where((eb) => eb.or([eb('effectiveTo', 'is', null), eb('effectiveTo', '>=', asOf)]))
    .orderBy('effectiveFrom', 'desc')
    .limit(1)
    .executeTakeFirst();
}

export async function findStoredRuleSets(db: Db, provinceId: string) {
  return db
    .selectFrom('criteriaRuleSet')
    .innerJoin('unit', 'unit.id', 'criteriaRuleSet.unitId')
    .selectAll('criteriaRuleSet')
    .select(['unit.code as unitCode', 'unit.name as unitName'])
    .where('criteriaRuleSet.unitId', '=', provinceId)
    .orderBy('criteriaRuleSet.effectiveFrom', 'desc')
    .execute();
}
export type StoredRuleSetRow = Awaited<ReturnType<typeof findStoredRuleSets>>[number];

export async function insertRuleSet(db: Db, row: CriteriaRuleSetTable) {
  await db.insertInto('criteriaRuleSet').values(row).execute();
}

/** Ends, the day before `from`, every set of the province still in force then. */
export async function closeRuleSetsBefore(db: Db, provinceId: string, from: string, dayBefore: string) {
  await db
    .updateTable('criteriaRuleSet')
    .set({ effectiveTo: dayBefore })
    .where('unitId', '=', provinceId)
    .where('effectiveFrom', '<', from)
    .where((eb) => eb.or([eb('effectiveTo', 'is', null), eb('effectiveTo', '>=', from)]))
    .execute();
}
