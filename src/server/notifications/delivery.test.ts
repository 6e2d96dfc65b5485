import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { createTestContext, type TestContext } from '../test/context.ts';
import { deliverOutbox, retryDelayMs } from './delivery.service.ts';
import { createSmtpMailer, SMTP_NOT_CONFIGURED } from './mailer.ts';
import { queueReminders } from './reminders.service.ts';
import { findClosedPort, startTestSmtpServer, type TestSmtpServer } from './smtp-test-server.ts';
import { outboxOfPeriod, seedPeriod, setEmail, TEST_REMINDER_SETTINGS } from './test-fixtures.ts';

const DAY_BEFORE = new Date('2024-06-27T02:00:00.000Z');
const FROM = 'ANTT Cơ sở <no-reply@antt.example.vn>';

describe.each(inject('testDialects'))('outbox delivery on %s', (dialect) => {
  let t: TestContext;
  let smtp: TestSmtpServer;
  let periodId: string;
  const emailRow = async () => (await outboxOfPeriod(t.db, periodId)).find((row) => row.channel === 'email');

  beforeAll(async () => {
    t = await createTestContext(dialect, inject('postgresUrl'));
    smtp = await startTestSmtpServer();
    await setEmail(t.db, 'sotuphap', 'sotuphap@example.vn');
    ({ periodId } = await seedPeriod(t.db, { unitCode: '19.STP' }));
  });
  afterAll(async () => {
    await smtp.close();
    await t.close();
  });
  beforeEach(async () => {
    await t.db.deleteFrom('outbox').execute();
    await t.db.deleteFrom('notification').execute();
    smtp.received.length = 0;
    await queueReminders(t.db, DAY_BEFORE, TEST_REMINDER_SETTINGS);
  });

  it('sends the e-mail through a real SMTP server and marks it sent', async () => {
    const mailer = createSmtpMailer({ url: smtp.url, from: FROM });
    const result = await deliverOutbox(t.db, mailer, DAY_BEFORE);
    mailer.close();
    expect(result).toMatchObject({ sent: 1, retrying: 0, failed: 0 });
    expect(result.notified).toBeGreaterThanOrEqual(1);

    expect(smtp.received).toHaveLength(1);
    const [mail] = smtp.received;
    expect(mail?.to).toEqual(['sotuphap@example.vn']);
    expect(mail?.from).toBe('no-reply@antt.example.vn');
    expect(mail?.subject).toBe(
      '[ANTT Cơ sở] Sắp đến hạn báo cáo nhiệm vụ 1.1 (Kế hoạch số 71/KH-UBND) – hạn 30/06/2024',
    );
    expect(mail?.text).toContain('Kính gửi: Sở Tư pháp');
    expect(mail?.text).toContain('hạn gửi báo cáo: 30/06/2024 (còn 3 ngày)');
    expect(mail?.text).toContain('Kỳ báo cáo: Quý II năm 2024');

    expect(await emailRow()).toMatchObject({
      status: 'sent',
      attempts: 1,
      sentAt: DAY_BEFORE.toISOString(),
      lastError: null,
    });
    // Sent once: the next run sends nothing.
    await deliverOutbox(t.db, createSmtpMailer({ url: smtp.url, from: FROM }), DAY_BEFORE);
    expect(smtp.received).toHaveLength(1);
  });

  it('keeps e-mails pending, with the reason, while SMTP_URL is not set; in-app ones still arrive', async () => {
    const result = await deliverOutbox(t.db, null, DAY_BEFORE);
    expect(result).toMatchObject({ sent: 0, waiting: 1 });
    expect(await emailRow()).toMatchObject({
      status: 'pending',
      attempts: 0,
      sentAt: null,
      lastError: SMTP_NOT_CONFIGURED,
    });
    const notes = await t.db
      .selectFrom('notification')
      .innerJoin('appUser', 'appUser.id', 'notification.userId')
      .select('notification.title')
      .where('appUser.username', '=', 'sotuphap')
      .execute();
    expect(notes.map((n) => n.title)).toEqual([
      'Sắp đến hạn báo cáo nhiệm vụ 1.1 (Kế hoạch số 71/KH-UBND) – hạn 30/06/2024',
    ]);

    // Once a server is configured the waiting e-mail goes out.
    await deliverOutbox(t.db, createSmtpMailer({ url: smtp.url, from: FROM }), DAY_BEFORE);
    expect(smtp.received).toHaveLength(1);
    expect(await emailRow()).toMatchObject({ status: 'sent', lastError: null });
  });

  it('retries an unreachable server after 1, 5, 25 and 125 minutes, then marks the e-mail failed', async () => {
    const mailer = createSmtpMailer({ url: `smtp://127.0.0.1:${await findClosedPort()}`, from: FROM });
    let now = DAY_BEFORE.getTime();
    for (let attempt = 1; attempt <= 4; attempt += 1) {
      expect(await deliverOutbox(t.db, mailer, new Date(now))).toMatchObject({ retrying: 1, sent: 0 });
      const row = await emailRow();
      expect(row).toMatchObject({ status: 'pending', attempts: attempt });
      expect(row?.lastError).toMatch(/ECONNREFUSED|connect/i);
      expect(Date.parse(row?.nextAttemptAt ?? '') - now).toBe(retryDelayMs(attempt));
      // Not again before the wait is over.
      await deliverOutbox(t.db, mailer, new Date(now + retryDelayMs(attempt) - 1000));
      expect(await emailRow()).toMatchObject({ attempts: attempt });
      now += retryDelayMs(attempt);
    }
    expect(await deliverOutbox(t.db, mailer, new Date(now))).toMatchObject({ failed: 1 });
    expect(await emailRow()).toMatchObject({ status: 'failed', attempts: 5, sentAt: null });
    await deliverOutbox(t.db, mailer, new Date(now + 86_400_000));
    expect(await emailRow()).toMatchObject({ status: 'failed', attempts: 5 });
    mailer.close();
    expect([1, 5, 25, 125].map((minutes) => minutes * 60_000)).toEqual([1, 2, 3, 4].map(retryDelayMs));
  });
});
