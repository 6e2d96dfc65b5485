import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Plan } from '../../domain/plans/plan-api.schemas.ts';
import type { Regime } from '../../domain/plans/regimes.ts';
import { readWorkbook } from '../test/xlsx.ts';
import { auditRowsFor, createTestContext, type TestContext } from '../test/context.ts';

const newRegime = {
  title: 'Báo cáo 6 tháng kết quả tuyên truyền',
  reportersText: 'Các xã của huyện Đại Từ',
  receiverText: 'UBND huyện Đại Từ',
  frequency: 'half_yearly',
  unitDeadlineText: 'Trước ngày 10/6 và 10/12 hằng năm',
  cutoffText: 'Số liệu 6 tháng đến hết ngày 09/6 và 09/12',
  schedule: {
    kind: 'periodic',
    date: null,
    year: null,
    quarter: null,
    half: null,
    month: null,
    day: null,
    everyMonths: 6,
    text: 'định kỳ 6 tháng',
  },
};

describe.each(inject('testDialects'))('reporting regimes API on %s', (dialect) => {
  let t: TestContext;
  let seedPlanId: string;
  let districtPlan: Plan;
  beforeAll(async () => {
    t = await createTestContext(dialect, inject('postgresUrl'), {
      clock: () => new Date('2024-07-01T03:00:00Z'),
    });
    seedPlanId = (
      await t.db.selectFrom('plan').select('id').where('number', '=', '71/KH-UBND').executeTakeFirstOrThrow()
    ).id;
    const district = await t.as('ubnd.daitu');
    const res = await district({
      method: 'POST',
      url: '/api/plans',
      payload: {
        number: '40/KH-UBND',
        title: 'Kế hoạch tuyên truyền Luật trên địa bàn huyện Đại Từ',
        tasks: [
          {
            code: '1',
            title: 'Tuyên truyền Luật tại các xóm',
            assignments: [{ role: 'lead', nameText: 'UBND các xã', groupKey: 'commune_people_committees' }],
            children: [],
          },
        ],
      },
    });
    expect(res.statusCode).toBe(201);
    districtPlan = res.json<Plan>();
  });
  afterAll(() => t.close());

  it("creates the seed's annual and legal-review regimes with the imported plan", async () => {
    const as = await t.as('sotuphap');
    const res = await as({ method: 'GET', url: `/api/plans/${seedPlanId}/regimes` });
    expect(res.statusCode).toBe(200);
    const regimes = res.json<{ items: Regime[] }>().items;
    expect(regimes).toHaveLength(2);
    const [annual, review] = regimes;
    expect(annual).toMatchObject({
      task: null,
      frequency: 'yearly',
      receiverText: 'UBND tỉnh (qua Công an tỉnh)',
      schedule: { kind: 'annual', month: 11, day: 15 },
    });
    expect(review).toMatchObject({
      task: { code: '2' },
      frequency: 'once',
      unitDeadlineText: 'trước ngày 30/5/2024',
      consolidationDate: '2024-06-20',
      consolidationDeadlineText: expect.stringContaining('Bộ Công an'),
    });
  });

  it('exports the regimes as .xlsx', async () => {
    const as = await t.as('congantinh');
    const res = await as({ method: 'GET', url: `/api/plans/${seedPlanId}/regimes.xlsx` });
    expect(res.statusCode).toBe(200);
    const sheet = (await readWorkbook(res.rawPayload)).getWorksheet('Chế độ báo cáo')!;
    expect(sheet.getRow(1).getCell(1).value).toBe('Tên báo cáo');
    expect(sheet.getRow(2).getCell(7).value).toBe('Hằng năm');
    expect(sheet.getRow(3).getCell(9).value).toBe('trước ngày 30/5/2024');
    expect(sheet.rowCount).toBe(3);
  });

  it('lets the plan owner add, change and delete a regime, auditing each change', async () => {
    const as = await t.as('ubnd.daitu');
    const created = await as({
      method: 'POST',
      url: `/api/plans/${districtPlan.id}/regimes`,
      payload: { ...newRegime, taskId: districtPlan.tasks[0]!.id },
    });
    expect(created.statusCode).toBe(201);
    const regime = created.json<Regime>();
    expect(regime).toMatchObject({ task: { code: '1' }, frequency: 'half_yearly', version: 1 });

    const patched = await as({
      method: 'PATCH',
      url: `/api/regimes/${regime.id}`,
      payload: { version: 1, receiverText: 'UBND huyện Đại Từ (qua Công an huyện)' },
    });
    expect(patched.statusCode).toBe(200);
    expect(patched.json()).toMatchObject({
      receiverText: 'UBND huyện Đại Từ (qua Công an huyện)',
      title: newRegime.title,
      version: 2,
    });
    const stale = await as({
      method: 'PATCH',
      url: `/api/regimes/${regime.id}`,
      payload: { version: 1, title: 'Cũ' },
    });
    expect(stale.statusCode).toBe(409);
    expect(await auditRowsFor(t.db, 'reporting_regime', regime.id)).toHaveLength(2);

    const removed = await as({ method: 'DELETE', url: `/api/regimes/${regime.id}?version=2` });
    expect(removed.statusCode).toBe(204);
    const list = await as({ method: 'GET', url: `/api/plans/${districtPlan.id}/regimes` });
    expect(list.json().items).toEqual([]);
  });

  it('gives a task without a schedule one period per cycle of its regime', async () => {
    const as = await t.as('ubnd.daitu');
    await as({ method: 'POST', url: `/api/plans/${districtPlan.id}/regimes`, payload: newRegime });
    const first = await as({
      method: 'POST',
      url: `/api/plans/${districtPlan.id}/periods`,
      payload: { until: '2025-12-31' },
    });
    expect(first.statusCode).toBe(200);
    // The plan has no date: from 1/1 of this year (2024) to the end of 2025, every 6 months, for 29 communes.
    expect(first.json().created).toBe(29 * 4);
    const labels = await t.db
      .selectFrom('reportingPeriod')
      .innerJoin('assignment', 'assignment.id', 'reportingPeriod.assignmentId')
      .innerJoin('task', 'task.id', 'assignment.taskId')
      .select('reportingPeriod.dueDate')
      .distinct()
      .where('task.planId', '=', districtPlan.id)
      .orderBy('reportingPeriod.dueDate')
      .execute();
    expect(labels.map((p) => p.dueDate)).toEqual(['2024-06-30', '2024-12-31', '2025-06-30', '2025-12-31']);
    const again = await as({
      method: 'POST',
      url: `/api/plans/${districtPlan.id}/periods`,
      payload: { until: '2025-12-31' },
    });
    expect(again.json().created).toBe(0);
  });

  it('rejects a regime without its required parts, or naming a task of another plan (400)', async () => {
    const as = await t.as('ubnd.daitu');
    const empty = await as({
      method: 'POST',
      url: `/api/plans/${districtPlan.id}/regimes`,
      payload: { ...newRegime, title: ' ', frequency: 'weekly' },
    });
    expect(empty.statusCode).toBe(400);
    const paths = empty.json().errors.map((e: { path: string }) => e.path);
    expect(paths).toEqual(expect.arrayContaining(['/title', '/frequency']));
    const seedTask = await t.db
      .selectFrom('task')
      .select('id')
      .where('planId', '=', seedPlanId)
      .executeTakeFirstOrThrow();
    const foreign = await as({
      method: 'POST',
      url: `/api/plans/${districtPlan.id}/regimes`,
      payload: { ...newRegime, taskId: seedTask.id },
    });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().errors).toEqual([
      { path: '/taskId', message: 'Nhiệm vụ này không thuộc kế hoạch' },
    ]);
  });

  it('hides a plan’s regimes from units outside it (404) and keeps leaders read-only (403)', async () => {
    const outsider = await t.as('ca.quantrieu');
    expect((await outsider({ method: 'GET', url: `/api/plans/${districtPlan.id}/regimes` })).statusCode).toBe(
      404,
    );
    const regimeId = (
      await t.db
        .selectFrom('reportingRegime')
        .select('id')
        .where('planId', '=', districtPlan.id)
        .executeTakeFirstOrThrow()
    ).id;
    const patch = await outsider({
      method: 'PATCH',
      url: `/api/regimes/${regimeId}`,
      payload: { version: 1, title: 'Đổi' },
    });
    expect(patch.statusCode).toBe(404);
    const leader = await t.as('ubndtinh');
    const seedRegimes = (await leader({ method: 'GET', url: `/api/plans/${seedPlanId}/regimes` })).json()
      .items;
    const write = await leader({
      method: 'PATCH',
      url: `/api/regimes/${seedRegimes[0].id}`,
      payload: { version: 1, title: 'Đổi' },
    });
    expect(write.statusCode).toBe(403);
  });
});
