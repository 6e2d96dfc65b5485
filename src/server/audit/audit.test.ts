import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { vietnamToday } from '../../domain/common/dates.ts';
import { createTestContext, type TestContext } from '../test/context.ts';
import { readWorkbook } from '../test/xlsx.ts';

describe.each(inject('testDialects'))('audit API on %s', (dialect) => {
  let t: TestContext;
  let day: string;
  beforeAll(async () => {
    t = await createTestContext(dialect, inject('postgresUrl'));
    const admin = await t.as('admin');
    await admin({
      method: 'POST',
      url: '/api/users',
      payload: {
        username: 'nk.kiemtra',
        displayName: 'Kiểm Tra Nhật Ký',
        role: 'agency',
        unitId: await t.unitId('05761'),
        password: 'kiem-tra-nhat-ky',
      },
    });
    day = vietnamToday();
  });
  afterAll(() => t.close());

  it('lists entries newest first with who, unit, before and after, filtered by entity and date', async () => {
    const admin = await t.as('admin');
    const res = await admin({
      method: 'GET',
      url: `/api/audit?entity=user&action=create&from=${day}&to=${day}&limit=5`,
    });
    expect(res.statusCode).toBe(200);
    const [entry] = res.json().items;
    expect(entry).toMatchObject({
      action: 'create',
      entity: 'user',
      user: { username: 'admin' },
      unit: { name: 'Tỉnh Thái Nguyên' },
      after: { username: 'nk.kiemtra', role: 'agency' },
      requestId: expect.any(String),
    });
    const earlier = await admin({ method: 'GET', url: '/api/audit?entity=user&action=create&to=2020-01-01' });
    expect(earlier.json().total).toBe(0);
    const byUser = await admin({ method: 'GET', url: `/api/audit?userId=${await t.userId('admin')}` });
    expect(
      byUser.json().items.every((e: { user: { username: string } }) => e.user.username === 'admin'),
    ).toBe(true);
  });

  it('shows the coordinator the province but not system rows; refuses other roles with 403', async () => {
    const coordinator = await t.as('congantinh');
    const res = await coordinator({ method: 'GET', url: '/api/audit?limit=500' });
    expect(res.statusCode).toBe(200);
    expect(
      res.json().items.some((e: { user: { username: string } | null }) => e.user?.username === 'admin'),
    ).toBe(true);
    expect(res.json().items.some((e: { user: unknown }) => e.user === null)).toBe(false);
    for (const username of ['sotuphap', 'ca.hungson', 'ubndtinh']) {
      const as = await t.as(username);
      expect((await as({ method: 'GET', url: '/api/audit' })).statusCode, username).toBe(403);
      expect((await as({ method: 'GET', url: '/api/audit/export.xlsx' })).statusCode, username).toBe(403);
    }
  });

  it('keeps a commune-level admin to their commune (nothing from the province)', async () => {
    const admin = await t.as('admin');
    await admin({
      method: 'POST',
      url: '/api/users',
      payload: {
        username: 'qt.hungson',
        displayName: 'Quản Trị Xã',
        role: 'admin',
        unitId: await t.unitId('05761'),
        password: 'quan-tri-hung-son',
      },
    });
    const communeAdmin = await t.as('qt.hungson', 'quan-tri-hung-son');
    const res = await communeAdmin({ method: 'GET', url: '/api/audit?entity=user&limit=500' });
    expect(
      res
        .json()
        .items.every(
          (e: { unit: { name: string } | null }) => e.unit === null || e.unit.name === 'Thị trấn Hùng Sơn',
        ),
    ).toBe(true);
    expect(
      res.json().items.some((e: { user: { username: string } | null }) => e.user?.username === 'admin'),
    ).toBe(false);
  });

  it('rejects a malformed date with 400', async () => {
    const admin = await t.as('admin');
    const res = await admin({ method: 'GET', url: '/api/audit?from=15/11/2024' });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].path).toBe('/from');
  });

  it('exports the filtered log as a real .xlsx', async () => {
    const admin = await t.as('admin');
    const file = await admin({ method: 'GET', url: '/api/audit/export.xlsx?entity=user&action=create' });
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-disposition']).toContain('nhat-ky-he-thong.xlsx');
    const workbook = await readWorkbook(file.rawPayload);
    const sheet = workbook.getWorksheet('Nhật ký');
    expect(sheet?.getRow(1).values).toEqual(
      expect.arrayContaining(['Thời gian', 'Người thực hiện', 'Thao tác', 'Sau']),
    );
    const afterCells: string[] = [];
    sheet?.eachRow((row, index) => {
      if (index > 1) afterCells.push(row.getCell(8).text);
    });
    expect(afterCells.some((cell) => cell.includes('nk.kiemtra'))).toBe(true);
    expect(sheet?.getRow(2).getCell(1).text).toMatch(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}:\d{2}$/);
  });
});

describe.each(inject('testDialects'))('audit dates and user options on %s', (dialect) => {
  it('reads from/to as Vietnam calendar days, both inclusive', async () => {
    // 01:00 on 15/11/2024 in Hà Nội is still 14/11 in UTC.
    const t = await createTestContext(dialect, inject('postgresUrl'), {
      clock: () => new Date('2024-11-14T18:00:00.000Z'),
    });
    try {
      const admin = await t.as('admin');
      const onTheDay = await admin({
        method: 'GET',
        url: '/api/audit?action=login&from=2024-11-15&to=2024-11-15',
      });
      expect(onTheDay.json().total).toBe(1);
      const dayBefore = await admin({
        method: 'GET',
        url: '/api/audit?action=login&from=2024-11-14&to=2024-11-14',
      });
      expect(dayBefore.json().total).toBe(0);
    } finally {
      await t.close();
    }
  });

  it('offers coordinators the users in their scope to filter by, and nobody else', async () => {
    const t = await createTestContext(dialect, inject('postgresUrl'));
    try {
      const coordinator = await t.as('congantinh');
      const res = await coordinator({
        method: 'GET',
        url: `/api/users/options?q=${encodeURIComponent('tư pháp')}`,
      });
      expect(res.statusCode).toBe(200);
      expect(res.json().items).toEqual([
        { id: await t.userId('sotuphap'), username: 'sotuphap', displayName: expect.any(String) },
      ]);
      const communePolice = await t.as('ca.hungson');
      expect((await communePolice({ method: 'GET', url: '/api/users/options' })).statusCode).toBe(403);
      const tooLong = await coordinator({ method: 'GET', url: `/api/users/options?q=${'x'.repeat(300)}` });
      expect(tooLong.statusCode).toBe(400);
    } finally {
      await t.close();
    }
  });
});
