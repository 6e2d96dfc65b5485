import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Procedure } from '../../domain/force/force-api.schemas.ts';
import type { Dashboard } from '../../domain/reports/dashboard.schemas.ts';
import { createTestContext, type TestContext } from '../test/context.ts';

// Issue 5: the late steps of the force's procedures (Thông tư 14/2024 deadlines in working days) show on the
// dashboard of the commune that runs them, as a count above it, and nowhere else.
describe.each(inject('testDialects'))('late procedure steps on the dashboard on %s', (dialect) => {
  let t: TestContext;
  let procedure: Procedure;
  beforeAll(async () => {
    t = await createTestContext(dialect, inject('postgresUrl'), {
      clock: () => new Date('2025-03-10T03:00:00.000Z'),
    });
    const hs = await t.as('ca.hungson');
    // Started 03/02/2025: the plan's approval was due five working days later (10/02) and is still not done.
    const created = await hs({
      method: 'POST',
      url: '/api/procedures',
      payload: {
        kind: 'selection',
        unitId: await t.unitId('05761'),
        title: 'Tuyển chọn thành viên Tổ bảo vệ ANTT xóm Trễ Hạn',
        startedOn: '2025-02-03',
      },
    });
    expect(created.statusCode).toBe(201);
    procedure = created.json<Procedure>();
  });
  afterAll(() => t.close());

  const dashboardAs = async (username: string) => {
    const user = await t.as(username);
    const res = await user({ method: 'GET', url: '/api/dashboard' });
    expect(res.statusCode).toBe(200);
    return res.json<Dashboard>().lateProcedureSteps;
  };

  it("lists the commune's late step with its procedure, counts it above, and hides it from another commune", async () => {
    const own = await dashboardAs('ca.hungson');
    const step = own.items.find((s) => s.procedureId === procedure.id);
    expect(step).toEqual({
      procedureId: procedure.id,
      procedureTitle: 'Tuyển chọn thành viên Tổ bảo vệ ANTT xóm Trễ Hạn',
      kind: 'selection',
      unit: { id: await t.unitId('05761'), name: expect.stringContaining('Hùng Sơn') as string },
      stepTitle: 'UBND xã phê duyệt kế hoạch tuyển chọn',
      dueDate: '2025-02-10',
      // 11/02 … 10/03/2025: 20 working days.
      workingDaysLate: 20,
    });
    expect(own.total).toBeGreaterThanOrEqual(1);
    expect(own.communes).toBe(1);

    const district = await dashboardAs('ubnd.daitu');
    expect(district.total).toBe(own.total);
    expect(district.communes).toBe(1);
    const province = await dashboardAs('congantinh');
    expect(province.total).toBe(own.total);

    const other = await dashboardAs('ca.quantrieu');
    expect(other).toEqual({ total: 0, communes: 0, items: [] });
  });

  it('drops the step on the next look once the procedure is cancelled (a write clears the cached dashboard)', async () => {
    expect((await dashboardAs('ca.hungson')).total).toBeGreaterThan(0);
    const hs = await t.as('ca.hungson');
    const cancelled = await hs({
      method: 'PATCH',
      url: `/api/procedures/${procedure.id}`,
      payload: { version: procedure.version, status: 'cancelled' },
    });
    expect(cancelled.statusCode).toBe(200);
    expect(await dashboardAs('ca.hungson')).toEqual({ total: 0, communes: 0, items: [] });
    expect((await dashboardAs('congantinh')).total).toBe(0);
  });
});
