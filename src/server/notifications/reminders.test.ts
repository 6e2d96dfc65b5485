import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { createTestContext, type TestContext } from '../test/context.ts';
import { deliverInApp } from './delivery.service.ts';
import { queueReminders } from './reminders.service.ts';
import {
  outboxOfPeriod,
  seedPeriod,
  setEmail,
  setReportStatus,
  TEST_REMINDER_SETTINGS,
} from './test-fixtures.ts';

/** 09:00 in Vietnam on the given day. */
const at = (date: string) => new Date(`${date}T02:00:00.000Z`);

describe.each(inject('testDialects'))('reminder job on %s', (dialect) => {
  let t: TestContext;
  let periodId: string;
  let planId: string;
  const queue = (date: string | Date) =>
    queueReminders(t.db, typeof date === 'string' ? at(date) : date, TEST_REMINDER_SETTINGS);
  /** "user step channel" of every message about the period, sorted; Sở Tư pháp's only unless asked. */
  const steps = async (usernames = ['sotuphap']) =>
    (await outboxOfPeriod(t.db, periodId))
      .filter((row) => usernames.includes(row.username))
      .map((row) => `${row.username} ${row.dedupeKey.split(':')[1]} ${row.channel}`)
      .sort();

  beforeAll(async () => {
    t = await createTestContext(dialect, inject('postgresUrl'));
    await setEmail(t.db, 'sotuphap', 'sotuphap@example.vn');
    ({ periodId, planId } = await seedPeriod(t.db, { unitCode: '19.STP' }));
    // Two more users of Sở Tư pháp: one without an e-mail address, one deactivated.
    const admin = await t.as('admin');
    const unitId = await t.unitId('19.STP');
    const base = { displayName: 'Cán bộ Sở Tư pháp', role: 'agency', unitId, password: 'mat-khau-moi' };
    await admin({ method: 'POST', url: '/api/users', payload: { ...base, username: 'stp.canbo' } });
    const left = await admin({
      method: 'POST',
      url: '/api/users',
      payload: { ...base, username: 'stp.nghi' },
    });
    await admin({
      method: 'PATCH',
      url: `/api/users/${left.json().id}`,
      payload: { version: 1, active: false },
    });
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    await t.db.deleteFrom('outbox').execute();
    await t.db.deleteFrom('notification').execute();
    await t.db.deleteFrom('report').where('periodId', '=', periodId).execute();
  });

  it('reminds Sở Tư pháp 3 days before, on the due date and every 3 days after, each once', async () => {
    await queue('2024-06-26');
    expect(await steps()).toEqual([]);

    expect(await queue('2024-06-27')).toBeGreaterThanOrEqual(2);
    expect(await steps()).toEqual(['sotuphap before email', 'sotuphap before in_app']);
    await queue('2024-06-27');
    await queue('2024-06-29');
    expect(await steps()).toHaveLength(2);

    // 00:30 on 30/06 in Vietnam is still 29/06 in UTC: the day counts as Vietnam counts it.
    await queue(new Date('2024-06-29T17:30:00.000Z'));
    expect((await steps()).filter((s) => s.includes(' due '))).toEqual([
      'sotuphap due email',
      'sotuphap due in_app',
    ]);

    await queue('2024-07-01');
    await queue('2024-07-02');
    expect(await steps()).toHaveLength(4);
    await queue('2024-07-03');
    await queue('2024-07-04');
    await queue('2024-07-06');
    await queue('2024-07-06');
    expect((await steps()).filter((s) => s.includes('overdue'))).toEqual([
      'sotuphap overdue-1 email',
      'sotuphap overdue-1 in_app',
      'sotuphap overdue-2 email',
      'sotuphap overdue-2 in_app',
    ]);
  });

  it('writes the reminder in Vietnamese with the plan number, task, period, due date and link', async () => {
    await queue('2024-06-27');
    const rows = await outboxOfPeriod(t.db, periodId);
    const email = rows.find((row) => row.channel === 'email');
    const inApp = rows.find((row) => row.channel === 'in_app');
    expect(email).toMatchObject({
      toAddress: 'sotuphap@example.vn',
      status: 'pending',
      attempts: 0,
      subject: '[ANTT Cơ sở] Sắp đến hạn báo cáo nhiệm vụ 1.1 (Kế hoạch số 71/KH-UBND) – hạn 30/06/2024',
      link: `/plans/${planId}`,
    });
    expect(email?.body).toContain('Kính gửi: Sở Tư pháp');
    expect(email?.body).toContain('đơn vị được giao chủ trì nhiệm vụ 1.1 "Tổ chức quán triệt, tuyên truyền');
    expect(email?.body).toContain('Kỳ báo cáo: Quý II năm 2024; hạn gửi báo cáo: 30/06/2024 (còn 3 ngày)');
    expect(email?.body).toContain(`https://antt.example.vn/plans/${planId}`);
    expect(inApp).toMatchObject({
      toAddress: null,
      subject: 'Sắp đến hạn báo cáo nhiệm vụ 1.1 (Kế hoạch số 71/KH-UBND) – hạn 30/06/2024',
      link: `/plans/${planId}`,
    });

    await queue('2024-07-03');
    const overdue = (await outboxOfPeriod(t.db, periodId)).find((row) => row.dedupeKey.includes('overdue-1'));
    expect(overdue?.subject).toContain('Quá hạn báo cáo nhiệm vụ 1.1');
    expect(overdue?.body).toContain('đã quá hạn 3 ngày');
  });

  it('puts the in-app reminders in the bell of every active user of the unit, e-mail only to addresses', async () => {
    await queue('2024-06-30');
    expect(await steps(['sotuphap', 'stp.canbo', 'stp.nghi'])).toEqual([
      'sotuphap due email',
      'sotuphap due in_app',
      'stp.canbo due in_app',
    ]);
    expect(await deliverInApp(t.db, at('2024-06-30'))).toBeGreaterThanOrEqual(2);
    const bell = await t.db
      .selectFrom('notification')
      .innerJoin('appUser', 'appUser.id', 'notification.userId')
      .select(['appUser.username', 'notification.title', 'notification.link'])
      .where('notification.link', '=', `/plans/${planId}`)
      .orderBy('appUser.username')
      .execute();
    expect(bell.map((n) => n.username)).toEqual(['sotuphap', 'stp.canbo']);
    expect(bell[0]?.title).toBe(
      'Hôm nay đến hạn báo cáo nhiệm vụ 1.1 (Kế hoạch số 71/KH-UBND) – hạn 30/06/2024',
    );
    // Delivered once: a second run finds nothing pending.
    await deliverInApp(t.db, at('2024-06-30'));
    expect(await t.db.selectFrom('notification').select('id').execute()).toHaveLength(bell.length);
  });

  it('stops once the report is submitted or accepted, and starts again when it is returned', async () => {
    await setReportStatus(t.db, periodId, 'draft');
    await queue('2024-07-03');
    expect(await steps()).toHaveLength(2);

    await setReportStatus(t.db, periodId, 'submitted');
    await queue('2024-07-06');
    expect(await steps()).toHaveLength(2);

    await setReportStatus(t.db, periodId, 'returned');
    await queue('2024-07-06');
    expect((await steps()).filter((s) => s.includes('overdue-2'))).toHaveLength(2);

    await setReportStatus(t.db, periodId, 'accepted');
    await queue('2024-07-09');
    expect((await steps()).filter((s) => s.includes('overdue-3'))).toEqual([]);
  });

  it('sends nothing for a closed plan', async () => {
    await t.db.updateTable('plan').set({ status: 'closed' }).where('id', '=', planId).execute();
    await queue('2024-06-30');
    expect(await steps()).toEqual([]);
    await t.db.updateTable('plan').set({ status: 'active' }).where('id', '=', planId).execute();
  });
});
