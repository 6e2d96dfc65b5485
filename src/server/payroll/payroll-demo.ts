// The demo's payroll figures (SPEC §10): the province applies the example rate set labelled "Ví dụ — thay bằng
// nghị quyết của HĐND tỉnh Thái Nguyên" from 01/7/2024, and Hùng Sơn's members have a few duty days in the
// month of loading and the month before, so that computing either gives a sensible payroll.
import { vietnamToday } from '../../domain/common/dates.ts';
import { randomUUID } from 'node:crypto';
import { addMonths } from '../../domain/payroll/calendar.ts';
import { EXAMPLE_RATE_SETS } from '../../domain/payroll/rate-sets.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { Db } from '../db/database.ts';
import type { SystemActor } from '../http/actor.ts';
import { loadCommuneMonths } from './payroll-inputs.ts';

export const DEMO_RATE_SET_TITLE = 'Ví dụ — thay bằng nghị quyết của HĐND tỉnh Thái Nguyên';

export async function loadDemoPayroll(db: Db, actor: SystemActor, provinceCode: string) {
  const example = EXAMPLE_RATE_SETS.find((s) => s.id === 'vd-thai-nguyen-demo');
  if (!example) throw new Error('demo rate set missing');
  const province = await db
    .selectFrom('unit')
    .select('id')
    .where('kind', '=', 'province')
    .where('code', '=', provinceCode)
    .executeTakeFirstOrThrow();
  const rateSetId = randomUUID();
  const assignmentId = randomUUID();
  const thisMonth = vietnamToday(actor.now).slice(0, 7);
  const months = [addMonths(thisMonth, -1), thisMonth];
  const hungSon = await db
    .selectFrom('unit')
    .select(['id', 'code', 'name', 'path', 'parentId'])
    .where('code', '=', '05761')
    .executeTakeFirstOrThrow();
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('payrollRateSet')
      .values({
        id: rateSetId,
        provinceId: province.id,
        exampleKey: example.id,
        title: DEMO_RATE_SET_TITLE,
        provinceName: example.province,
        resolutionNumber: null,
        resolutionDate: null,
        resolutionIssuer: null,
        source: example.source,
        isExample: 1,
        effectiveFrom: example.effectiveFrom,
        effectiveTo: example.effectiveTo,
        rates: JSON.stringify(example.rates),
        notes: JSON.stringify(example.notes),
        createdBy: null,
        createdAt: actor.now,
        updatedAt: actor.now,
      })
      .execute();
    await trx
      .insertInto('payrollRateAssignment')
      .values({
        id: assignmentId,
        provinceId: province.id,
        rateSetId,
        fromDate: example.effectiveFrom,
        toDate: null,
        createdBy: null,
        createdAt: actor.now,
      })
      .execute();
    await recordAudit(trx, actor, {
      action: 'create',
      entity: 'payroll_rate_set',
      entityId: rateSetId,
      after: { title: DEMO_RATE_SET_TITLE, provinceId: province.id, assignedFrom: example.effectiveFrom },
    });
    let days = 0;
    for (const month of months) {
      const [communeMonth] = await loadCommuneMonths(trx, [hungSon], month);
      const rows = (communeMonth?.members ?? [])
        .filter((m) => m.posts.length > 0)
        .map((m, i) => ({
          unitId: hungSon.id,
          month,
          memberId: m.memberId,
          dutyAssigned: 0,
          dutyNight: 2 + (i % 4),
          dutyHoliday: i % 3 === 0 ? 1 : 0,
          dutyHazardous: 0,
          trainingDays: null,
          updatedBy: null,
          updatedAt: actor.now,
        }));
      if (rows.length > 0) await trx.insertInto('payrollDays').values(rows).execute();
      days += rows.length;
    }
    await recordAudit(trx, actor, {
      action: 'update',
      entity: 'payroll_days',
      entityId: `${hungSon.id}/${months.join(',')}`,
      after: { rows: days },
    });
  });
  return { rateSets: 1, months };
}
