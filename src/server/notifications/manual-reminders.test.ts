import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { auditRowsFor, createTestContext, type TestContext } from '../test/context.ts';
import { seedPeriod, setEmail, setReportStatus } from './test-fixtures.ts';

describe.each(inject('testDialects'))('manual reminders (POST /api/reminders) on %s', (dialect) => {
  let t: TestContext;
  let now = new Date('2024-07-03T02:00:00.000Z');
  let planId: string;
  let stpUnitId: string;

  const titles = async (username: string): Promise<string[]> => {
    const res = await (await t.as(username))({ method: 'GET', url: '/api/notifications?limit=100' });
    const items: { title: string }[] = res.json().items;
    return items.map((n) => n.title);
  };

  beforeAll(async () => {
    t = await createTestContext(dialect, inject('postgresUrl'), {
      clock: () => now,
      // The clock moves on by days between requests: sessions must outlast it.
      config: { sessionTtlHours: 24 * 365 },
    });
    await setEmail(t.db, 'sotuphap', 'sotuphap@example.vn');
    stpUnitId = await t.unitId('19.STP');
    ({ planId } = await seedPeriod(t.db, { unitCode: '19.STP' }));
    await seedPeriod(t.db, { unitCode: '171' });
    // Not late: due later, or already submitted.
    await seedPeriod(t.db, {
      unitCode: '19.STP',
      taskCode: '1.3',
      dueDate: '2024-07-20',
      label: 'Tháng 7/2024',
    });
    const submitted = await seedPeriod(t.db, { unitCode: '171', taskCode: '2.a', dueDate: '2024-05-30' });
    await setReportStatus(t.db, submitted.periodId, 'submitted');
    await (
      await t.as('admin')
    )({
      method: 'POST',
      url: '/api/users',
      payload: {
        username: 'dieuphoi.daitu',
        displayName: 'Điều phối Đại Từ',
        role: 'coordinator',
        unitId: await t.unitId('171'),
        password: 'mat-khau-moi',
      },
    });
  });
  afterAll(() => t.close());

  it('reminds one unit at once in the bell and by e-mail, audited; again the same day adds nothing', async () => {
    const coordinator = await t.as('congantinh');
    const res = await coordinator({
      method: 'POST',
      url: '/api/reminders',
      payload: { planId, unitId: stpUnitId },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ queued: 2, units: 1 });

    expect(await titles('sotuphap')).toEqual([
      'Đôn đốc báo cáo nhiệm vụ 1.1 (Kế hoạch số 71/KH-UBND) – hạn 30/06/2024',
    ]);
    const [note] = (await (await t.as('sotuphap'))({ method: 'GET', url: '/api/notifications' })).json()
      .items;
    expect(note.body).toContain(
      'Nguyễn Văn Điều (Công an tỉnh) đề nghị đơn vị khẩn trương cập nhật kết quả và gửi báo cáo',
    );
    expect(note.body).toContain('hạn gửi báo cáo: 30/06/2024 (đã quá hạn 3 ngày)');
    const outbox = await coordinator({ method: 'GET', url: '/api/outbox?channel=email' });
    expect(outbox.json().items[0]).toMatchObject({
      toAddress: 'sotuphap@example.vn',
      status: 'pending',
      subject: '[ANTT Cơ sở] Đôn đốc báo cáo nhiệm vụ 1.1 (Kế hoạch số 71/KH-UBND) – hạn 30/06/2024',
    });

    const audit = (await auditRowsFor(t.db, 'plan', planId)).filter((row) => row.action === 'remind');
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      userId: await t.userId('congantinh'),
      requestId: res.headers['x-request-id'],
    });
    expect(JSON.parse(audit[0]?.after ?? '{}')).toEqual({ unitId: stpUnitId, queued: 2, units: 1 });

    const again = await coordinator({
      method: 'POST',
      url: '/api/reminders',
      payload: { planId, unitId: stpUnitId },
    });
    expect(again.json()).toEqual({ queued: 0, units: 0 });
    now = new Date('2024-07-04T02:00:00.000Z');
    const nextDay = await coordinator({
      method: 'POST',
      url: '/api/reminders',
      payload: { planId, unitId: stpUnitId },
    });
    expect(nextDay.json()).toEqual({ queued: 2, units: 1 });
    expect(await titles('sotuphap')).toHaveLength(2);
  });

  it('reminds every late unit of the plan in the coordinator’s scope when no unit is named', async () => {
    now = new Date('2024-07-05T02:00:00.000Z');
    const res = await (
      await t.as('congantinh')
    )({ method: 'POST', url: '/api/reminders', payload: { planId } });
    // Sở Tư pháp (in-app + e-mail) and both users of Huyện Đại Từ (in-app: no address); not what is due 20/07.
    expect(res.json()).toEqual({ queued: 4, units: 2 });
    expect(await titles('ubnd.daitu')).toEqual([
      'Đôn đốc báo cáo nhiệm vụ 1.1 (Kế hoạch số 71/KH-UBND) – hạn 30/06/2024',
    ]);

    now = new Date('2024-07-06T02:00:00.000Z');
    const district = await t.as('dieuphoi.daitu', 'mat-khau-moi');
    const own = await district({ method: 'POST', url: '/api/reminders', payload: { planId } });
    expect(own.json()).toEqual({ queued: 2, units: 1 });
  });

  it('answers 403 to other roles, 404 outside the scope, 400 to bad input, 401 without a session', async () => {
    for (const username of ['sotuphap', 'ubndtinh', 'ca.hungson']) {
      const res = await (
        await t.as(username)
      )({ method: 'POST', url: '/api/reminders', payload: { planId } });
      expect(res.statusCode, username).toBe(403);
      expect(res.json().code).toBe('FORBIDDEN');
    }
    const coordinator = await t.as('congantinh');
    const noPlan = await coordinator({
      method: 'POST',
      url: '/api/reminders',
      payload: { planId: 'khong-co' },
    });
    expect(noPlan.statusCode).toBe(404);
    expect(noPlan.json().code).toBe('NOT_FOUND');
    const noUnit = await coordinator({
      method: 'POST',
      url: '/api/reminders',
      payload: { planId, unitId: 'khong-co' },
    });
    expect(noUnit.statusCode).toBe(404);
    const district = await t.as('dieuphoi.daitu', 'mat-khau-moi');
    const outside = await district({
      method: 'POST',
      url: '/api/reminders',
      payload: { planId, unitId: stpUnitId },
    });
    expect(outside.statusCode).toBe(404);

    const bad = await coordinator({ method: 'POST', url: '/api/reminders', payload: { unitId: 7 } });
    expect(bad.statusCode).toBe(400);
    expect(
      bad
        .json()
        .errors.map((e: { path: string }) => e.path)
        .sort(),
    ).toEqual(['/planId', '/unitId']);
    const anonymous = await t.inject({ method: 'POST', url: '/api/reminders', payload: { planId } });
    expect(anonymous.statusCode).toBe(401);
  });
});
