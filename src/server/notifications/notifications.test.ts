import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createTestContext, type TestContext } from '../test/context.ts';
import { deliverInApp } from './delivery.service.ts';
import { queueReminders } from './reminders.service.ts';
import { seedPeriod, setEmail, TEST_REMINDER_SETTINGS } from './test-fixtures.ts';

describe.each(inject('testDialects'))('notifications API on %s', (dialect) => {
  let t: TestContext;
  const now = new Date('2024-06-30T02:00:00.000Z');
  let planId: string;

  beforeAll(async () => {
    t = await createTestContext(dialect, inject('postgresUrl'), { clock: () => now });
    await setEmail(t.db, 'sotuphap', 'sotuphap@example.vn');
    ({ planId } = await seedPeriod(t.db, { unitCode: '19.STP' }));
    await seedPeriod(t.db, {
      unitCode: '19.STP',
      taskCode: '1.3',
      dueDate: '2024-06-27',
      label: 'Tháng 6/2024',
    });
    await queueReminders(t.db, now, TEST_REMINDER_SETTINGS);
    await deliverInApp(t.db, now);
  });
  afterAll(() => t.close());

  it('lists the signed-in user’s own notifications with the unread count, newest first', async () => {
    const sotuphap = await t.as('sotuphap');
    const res = await sotuphap({ method: 'GET', url: '/api/notifications' });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ total: 2, unread: 2 });
    expect(body.items.map((n: { title: string }) => n.title).sort()).toEqual(
      [
        'Hôm nay đến hạn báo cáo nhiệm vụ 1.1 (Kế hoạch số 71/KH-UBND) – hạn 30/06/2024',
        'Quá hạn báo cáo nhiệm vụ 1.3 (Kế hoạch số 71/KH-UBND) – hạn 27/06/2024',
      ].sort(),
    );
    expect(body.items[0]).toMatchObject({ link: `/plans/${planId}`, readAt: null });
    expect(body.items[0].body).toContain('Sở Tư pháp chưa gửi báo cáo kỳ này');

    const page = await sotuphap({ method: 'GET', url: '/api/notifications?limit=1&offset=1' });
    expect(page.json()).toMatchObject({ total: 2, unread: 2 });
    expect(page.json().items).toHaveLength(1);

    const other = await (await t.as('ubnd.daitu'))({ method: 'GET', url: '/api/notifications' });
    expect(other.json()).toEqual({ items: [], total: 0, unread: 0 });
    expect((await t.inject({ method: 'GET', url: '/api/notifications' })).statusCode).toBe(401);
  });

  it('marks one read (own only: another user’s answers 404), then all', async () => {
    const sotuphap = await t.as('sotuphap');
    const [first] = (await sotuphap({ method: 'GET', url: '/api/notifications' })).json().items;

    const stranger = await (
      await t.as('congantinh')
    )({
      method: 'POST',
      url: `/api/notifications/${first.id}/read`,
    });
    expect(stranger.statusCode).toBe(404);
    expect(stranger.json().code).toBe('NOT_FOUND');
    const missing = await sotuphap({ method: 'POST', url: '/api/notifications/khong-co/read' });
    expect(missing.statusCode).toBe(404);

    const read = await sotuphap({ method: 'POST', url: `/api/notifications/${first.id}/read` });
    expect(read.statusCode).toBe(200);
    expect(read.json()).toMatchObject({ id: first.id, readAt: now.toISOString() });
    const unread = await sotuphap({ method: 'GET', url: '/api/notifications?unreadOnly=true' });
    expect(unread.json()).toMatchObject({ total: 1, unread: 1 });
    expect(unread.json().items[0].id).not.toBe(first.id);

    const all = await sotuphap({ method: 'POST', url: '/api/notifications/read-all' });
    expect(all.json()).toEqual({ updated: 1 });
    const after = await sotuphap({ method: 'GET', url: '/api/notifications' });
    expect(after.json()).toMatchObject({ total: 2, unread: 0 });
  });

  it('rejects bad query strings with 400', async () => {
    const sotuphap = await t.as('sotuphap');
    for (const query of ['limit=0', 'limit=abc', 'unreadOnly=maybe', 'offset=-1']) {
      const res = await sotuphap({ method: 'GET', url: `/api/notifications?${query}` });
      expect(res.statusCode, query).toBe(400);
      expect(res.json().code).toBe('VALIDATION_FAILED');
    }
  });

  it('shows coordinators the outbox of their scope, and nobody else', async () => {
    const coordinator = await t.as('congantinh');
    const res = await coordinator({ method: 'GET', url: '/api/outbox?channel=email&status=pending' });
    expect(res.statusCode).toBe(200);
    expect(res.json().total).toBe(2);
    expect(res.json().items[0]).toMatchObject({
      channel: 'email',
      status: 'pending',
      attempts: 0,
      toAddress: 'sotuphap@example.vn',
      recipient: { username: 'sotuphap', unit: { name: 'Sở Tư pháp' } },
    });
    const sent = await coordinator({ method: 'GET', url: '/api/outbox?channel=in_app&status=sent' });
    expect(sent.json().total).toBe(2);

    const admin = await t.as('admin');
    await admin({
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
    const district = await t.as('dieuphoi.daitu', 'mat-khau-moi');
    expect((await district({ method: 'GET', url: '/api/outbox' })).json()).toEqual({ items: [], total: 0 });

    for (const username of ['sotuphap', 'ubndtinh', 'ca.hungson']) {
      const res = await (await t.as(username))({ method: 'GET', url: '/api/outbox' });
      expect(res.statusCode, username).toBe(403);
      expect(res.json().code).toBe('FORBIDDEN');
    }
    const bad = await coordinator({ method: 'GET', url: '/api/outbox?status=lost' });
    expect(bad.statusCode).toBe(400);
  });
});
