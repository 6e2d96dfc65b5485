import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Dashboard } from '../../domain/reports/dashboard.schemas.ts';
import type { PeriodSummary, Report } from '../../domain/reports/reports.schemas.ts';
import { createTestContext, type TestContext } from '../test/context.ts';

// The dashboard is kept a few seconds per scope (dashboard-cache.ts): these tests hold that a write through the
// API shows on the very next look, that each scope gets its own figures, and that a browser gets it gzipped.
describe.each(inject('testDialects'))('dashboard answers on %s', (dialect) => {
  let t: TestContext;
  let url: string;
  let period: PeriodSummary;
  beforeAll(async () => {
    t = await createTestContext(dialect, inject('postgresUrl'), {
      clock: () => new Date('2024-07-05T03:00:00.000Z'),
    });
    const planId = (
      await t.db.selectFrom('plan').select('id').where('number', '=', '71/KH-UBND').executeTakeFirstOrThrow()
    ).id;
    url = `/api/dashboard?planId=${planId}&from=2024-01-01&to=2024-12-31`;
    const coordinator = await t.as('congantinh');
    await coordinator({
      method: 'POST',
      url: `/api/plans/${planId}/periods`,
      payload: { until: '2024-12-31' },
    });
    const agency = await t.as('sotuphap');
    const periods = (await agency({ method: 'GET', url: `/api/periods?planId=${planId}&limit=200` })).json<{
      items: PeriodSummary[];
    }>().items;
    const found = periods.find((p) => p.taskCode === '1.1');
    if (!found) throw new Error('no period for Sở Tư pháp on task 1.1');
    period = found;
  });
  afterAll(() => t.close());

  const dashboardAs = async (username: string) => {
    const user = await t.as(username);
    const res = await user({ method: 'GET', url });
    expect(res.statusCode).toBe(200);
    return res.json<Dashboard>();
  };

  it('counts a report submitted a moment ago, for every scope that holds the unit', async () => {
    const before = await dashboardAs('congantinh');
    const ownBefore = await dashboardAs('sotuphap');
    expect(ownBefore.byUnit.map((u) => u.name)).toEqual(['Sở Tư pháp']);
    const agency = await t.as('sotuphap');
    const saved = await agency({
      method: 'PUT',
      url: `/api/periods/${period.periodId}/report`,
      payload: { version: 0, progress: 70, done: 'Đã tổ chức hội nghị quán triệt.' },
    });
    const report = saved.json<Report>();
    const sent = await agency({
      method: 'POST',
      url: `/api/reports/${report.id}/submit`,
      payload: { version: report.version },
    });
    expect(sent.statusCode).toBe(200);
    const after = await dashboardAs('congantinh');
    expect(after.totals.submitted).toBe(before.totals.submitted + 1);
    expect(after.totals.notStarted).toBe(before.totals.notStarted - 1);
    const cell = after.heat.rows
      .find((r) => r.name === 'Sở Tư pháp')
      ?.cells.find((c) => c.taskId === period.taskId);
    expect(cell).toMatchObject({ status: 'submitted', progress: 70 });
    const ownAfter = await dashboardAs('sotuphap');
    expect(ownAfter.totals.submitted).toBe(ownBefore.totals.submitted + 1);
    expect(ownAfter.totals.periods).toBe(ownBefore.totals.periods);
    // Another scope's figures are not a copy of these.
    const commune = await dashboardAs('ca.hungson');
    expect(commune.byUnit.map((u) => u.name)).not.toContain('Sở Tư pháp');
  });

  it('sends the same JSON gzipped to a client that accepts it', async () => {
    const leader = await t.as('ubndtinh');
    const plain = await leader({ method: 'GET', url });
    const gzipped = await leader({ method: 'GET', url, headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect(plain.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(gzipped.headers['content-encoding']).toBe('gzip');
    expect(gzipped.headers.vary).toContain('accept-encoding');
    expect(gzipped.rawPayload.length).toBeLessThan(plain.rawPayload.length / 3);
    expect(JSON.parse(gunzipSync(gzipped.rawPayload).toString('utf8'))).toEqual(plain.json());
  });

  it('answers 404 for a plan outside the scope, and 400 for a bad date, uncached', async () => {
    const outsider = await t.as('ca.quantrieu');
    for (let i = 0; i < 2; i++)
      expect((await outsider({ method: 'GET', url: '/api/dashboard?planId=khong-co' })).statusCode).toBe(404);
    const bad = await outsider({ method: 'GET', url: '/api/dashboard?from=2024-13-01' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toBe('/from');
  });
});
