import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { PeriodSummary } from '../../domain/reports/reports.schemas.ts';
import { createTestContext, type TestContext } from '../test/context.ts';
import { readWorkbook } from '../test/xlsx.ts';

describe.each(inject('testDialects'))('the periods list on %s', (dialect) => {
  let t: TestContext;
  beforeAll(async () => {
    t = await createTestContext(dialect, inject('postgresUrl'), { withDemoReports: true });
  });
  afterAll(() => t.close());

  it('sorts by progress, highest first, with stable ties', async () => {
    const as = await t.as('congantinh');
    const res = await as({
      method: 'GET',
      url: '/api/periods?sort=progress&order=desc&status=accepted&limit=50',
    });
    expect(res.statusCode).toBe(200);
    const progress = res.json<{ items: PeriodSummary[] }>().items.map((p) => p.progress);
    expect(progress.length).toBeGreaterThan(1);
    expect(progress).toEqual([...progress].sort((a, b) => (b ?? 0) - (a ?? 0)));
  });

  it('finds a unit by its name without diacritics, or a task by its code', async () => {
    const as = await t.as('congantinh');
    const byName = await as({ method: 'GET', url: '/api/periods?q=so%20tu%20phap&limit=200' });
    const names = new Set(byName.json<{ items: PeriodSummary[] }>().items.map((p) => p.unit.name));
    expect(names).toEqual(new Set(['Sở Tư pháp']));
    const byCode = await as({ method: 'GET', url: '/api/periods?q=1.1&limit=200' });
    const codes = new Set(byCode.json<{ items: PeriodSummary[] }>().items.map((p) => p.taskCode));
    expect(codes).toEqual(new Set(['1.1']));
  });

  it('exports the filtered list as .xlsx', async () => {
    const as = await t.as('congantinh');
    const res = await as({ method: 'GET', url: '/api/periods/export.xlsx?q=so%20tu%20phap&sort=dueDate' });
    expect(res.statusCode).toBe(200);
    const sheet = (await readWorkbook(res.rawPayload)).getWorksheet('Kỳ báo cáo')!;
    expect(sheet.getRow(1).values).toEqual(expect.arrayContaining(['Đơn vị', 'Hạn báo cáo', 'Trạng thái']));
    const list = await as({ method: 'GET', url: '/api/periods?q=so%20tu%20phap&limit=1' });
    expect(sheet.rowCount - 1).toBe(list.json().total);
    expect(sheet.getRow(2).getCell(4).value).toBe('Sở Tư pháp');
    expect(sheet.getRow(2).getCell(7).text).toMatch(/^\d{2}\/\d{2}\/\d{4}$/);
  });

  it("keeps another unit's periods out of a commune's list and export", async () => {
    const commune = await t.as('ca.hungson');
    const res = await commune({ method: 'GET', url: '/api/periods?q=so%20tu%20phap' });
    expect(res.json().total).toBe(0);
    const file = await commune({ method: 'GET', url: '/api/periods/export.xlsx?q=so%20tu%20phap' });
    expect((await readWorkbook(file.rawPayload)).getWorksheet('Kỳ báo cáo')!.rowCount).toBe(1);
  });

  it('rejects an unknown sort field with a clear message (400)', async () => {
    const as = await t.as('congantinh');
    const res = await as({ method: 'GET', url: '/api/periods?sort=colour' });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].path).toBe('/sort');
  });
});
