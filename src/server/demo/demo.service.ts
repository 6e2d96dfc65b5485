import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadDemoBudget } from '../budget/budget-demo.ts';
import type { Db } from '../db/database.ts';
import { type SystemActor, systemActor } from '../http/actor.ts';
import { draftToPlanCreate, parsePlanText } from '../plans/plan-import.service.ts';
import { createPlan } from '../plans/plans.service.ts';
import { linkDemoIndicatorSources, loadDemoActivity } from '../events/events-demo.ts';
import { loadDemoLegal } from '../legal/legal-demo.ts';
import { importCatalogue } from '../org/org.import.ts';
import { createAgencies } from '../org/org.service.ts';
import { createUser } from '../users/users.service.ts';
import { loadDemoInspections } from './demo-inspections.ts';
import { loadDemoForce } from './demo-force.ts';
import { loadDemoReports } from './demo-reports.ts';
import { loadDemoPayroll } from '../payroll/payroll-demo.ts';
import { DEMO_AGENCIES, DEMO_PASSWORD, DEMO_PROVINCE_CODE, DEMO_USERS } from './demo-data.ts';

const resourcesDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../resources');
export const CATALOGUE_2024_FILE = path.join(resourcesDir, 'admin-units/admin-units-2024.csv');
export const CATALOGUE_2025_FILE = path.join(resourcesDir, 'admin-units/admin-units-2025.csv');

export const SEED_PLAN_FILE = path.join(resourcesDir, 'seeds/ke-hoach-71-KH-UBND-thai-nguyen-2024.md');

/**
 * Kế hoạch 71/KH-UBND, imported through the same parse → match → create path that users take; its owner is
 * UBND tỉnh, the issuer.
 */
async function importSeedPlan(db: Db, actor: SystemActor, provinceId: string) {
  const owner = await db
    .selectFrom('unit')
    .select(['id', 'path'])
    .where('code', '=', '19.UBND')
    .executeTakeFirstOrThrow();
  const parsed = await parsePlanText(db, actor, await fs.readFile(SEED_PLAN_FILE, 'utf8'), `/${provinceId}/`);
  return createPlan(db, actor, draftToPlanCreate(parsed, owner.id));
}

async function isDatabaseEmpty(db: Db): Promise<boolean> {
  const row = await db.selectFrom('unit').select('id').limit(1).executeTakeFirst();
  return row === undefined;
}

/**
 * Loads the demo (SPEC §10) into an empty database: Thái Nguyên's 2024 tree from the national catalogue, the
 * provincial agencies of the seed plan, and one user per role. Does nothing on a database that has units.
 */
export async function loadDemoDataIfEmpty(
  db: Db,
  now = new Date(),
  options: { withReports?: boolean; withForce?: boolean } = {},
) {
  if (!(await isDatabaseEmpty(db))) return undefined;
  const actor = systemActor(now);
  const catalogue = await importCatalogue(db, actor, await fs.readFile(CATALOGUE_2024_FILE, 'utf8'), {
    provinceCode: DEMO_PROVINCE_CODE,
  });
  const province = await db
    .selectFrom('unit')
    .select('id')
    .where('kind', '=', 'province')
    .where('code', '=', DEMO_PROVINCE_CODE)
    .executeTakeFirstOrThrow();
  await createAgencies(
    db,
    actor,
    DEMO_AGENCIES.map((a) => ({ ...a, parentId: province.id })),
  );
  const units = await db
    .selectFrom('unit')
    .select(['id', 'code'])
    .where(
      'code',
      'in',
      DEMO_USERS.map((u) => u.unit),
    )
    .execute();
  const unitIdByCode = new Map(units.map((u) => [u.code, u.id]));
  for (const user of DEMO_USERS) {
    const unitId = unitIdByCode.get(user.unit);
    if (!unitId) throw new Error(`demo unit ${user.unit} missing`);
    await createUser(db, actor, {
      username: user.username,
      displayName: user.displayName,
      role: user.role,
      unitId,
      password: DEMO_PASSWORD,
    });
  }
  const plan = await importSeedPlan(db, actor, province.id);
  await loadDemoLegal(db, actor, plan.id, province.id);
  await loadDemoActivity(db, actor, plan.id);
  const reports = options.withReports === false ? 0 : await loadDemoReports(db, actor, plan.id);
  const inspections = options.withReports === false ? 0 : await loadDemoInspections(db, actor, plan.id);
  if (options.withReports !== false) await linkDemoIndicatorSources(db, actor, plan.id);
  const budgetEntries = options.withReports === false ? 0 : await loadDemoBudget(db, actor, plan.id);
  const force = options.withForce === false ? undefined : await loadDemoForce(db, actor);
  if (force) await loadDemoPayroll(db, actor, DEMO_PROVINCE_CODE);
  return {
    units: catalogue.created + DEMO_AGENCIES.length,
    users: DEMO_USERS.length,
    planTasks: plan.taskCount,
    reports,
    inspections,
    forceMembers: force?.members ?? 0,
    budgetEntries,
  };
}
