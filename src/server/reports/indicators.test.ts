import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Plan } from '../../domain/plans/plan-api.schemas.ts';
import type { Indicator } from '../../domain/reports/reports.schemas.ts';
import { auditRowsFor, createTestContext, type TestContext } from '../test/context.ts';

describe.each(inject('testDialects'))('task indicators on %s', (dialect) => {
  let t: TestContext;
  let taskId: string;
  let indicator: Indicator;
  beforeAll(async () => {
    t = await createTestContext(dialect, inject('postgresUrl'), { withDemoReports: true });
    const district = await t.as('ubnd.daitu');
    const res = await district({
      method: 'POST',
      url: '/api/plans',
      payload: {
        title: 'Kế hoạch huấn luyện lực lượng tham gia bảo vệ ANTT ở cơ sở huyện Đại Từ',
        tasks: [{ code: '1', title: 'Huấn luyện Tổ bảo vệ ANTT', assignments: [], children: [] }],
      },
    });
    taskId = res.json<Plan>().tasks[0]!.id;
  });
  afterAll(() => t.close());

  it('lets the plan owner define, rename and delete an indicator, auditing each change', async () => {
    const as = await t.as('ubnd.daitu');
    const created = await as({
      method: 'POST',
      url: `/api/tasks/${taskId}/indicators`,
      payload: { name: 'Lớp huấn luyện', unitLabel: 'lớp', kind: 'count' },
    });
    expect(created.statusCode).toBe(201);
    indicator = created.json<Indicator>();
    const renamed = await as({
      method: 'PATCH',
      url: `/api/indicators/${indicator.id}`,
      payload: { name: 'Lớp huấn luyện đã mở', unitLabel: 'lớp' },
    });
    expect(renamed.statusCode).toBe(200);
    const list = await as({ method: 'GET', url: `/api/tasks/${taskId}/indicators` });
    expect(list.json().items).toEqual([
      expect.objectContaining({ name: 'Lớp huấn luyện đã mở', kind: 'count' }),
    ]);
    expect(await auditRowsFor(t.db, 'indicator', indicator.id)).toHaveLength(2);
  });

  it('rejects an empty name or an unknown kind (400 naming the field)', async () => {
    const as = await t.as('ubnd.daitu');
    const res = await as({
      method: 'PATCH',
      url: `/api/indicators/${indicator.id}`,
      payload: { name: ' ', kind: 'kg' },
    });
    expect(res.statusCode).toBe(400);
    expect(
      res
        .json()
        .errors.map((e: { path: string }) => e.path)
        .sort(),
    ).toEqual(['/kind', '/name']);
  });

  it('hides the indicator from units outside the plan (404) and keeps leaders read-only (403)', async () => {
    const outsider = await t.as('ca.quantrieu');
    const patch = {
      method: 'PATCH' as const,
      url: `/api/indicators/${indicator.id}`,
      payload: { name: 'X' },
    };
    expect((await outsider(patch)).statusCode).toBe(404);
    expect((await outsider({ method: 'DELETE', url: `/api/indicators/${indicator.id}` })).statusCode).toBe(
      404,
    );
    const leader = await t.as('ubndtinh');
    expect((await leader(patch)).statusCode).toBe(403);
  });

  it('refuses to delete an indicator that reports already carry (409), but deletes an unused one', async () => {
    const used = await t.db
      .selectFrom('reportIndicatorValue')
      .select('indicatorId')
      .executeTakeFirstOrThrow();
    const coordinator = await t.as('congantinh');
    const res = await coordinator({ method: 'DELETE', url: `/api/indicators/${used.indicatorId}` });
    expect(res.statusCode).toBe(409);
    expect(res.json().detail).toMatch(/đã có số liệu/);
    const kind = await coordinator({
      method: 'PATCH',
      url: `/api/indicators/${used.indicatorId}`,
      payload: { kind: 'vnd' },
    });
    expect(kind.statusCode).toBe(409);
    const owner = await t.as('ubnd.daitu');
    expect((await owner({ method: 'DELETE', url: `/api/indicators/${indicator.id}` })).statusCode).toBe(204);
    expect((await owner({ method: 'GET', url: `/api/tasks/${taskId}/indicators` })).json().items).toEqual([]);
  });
});
