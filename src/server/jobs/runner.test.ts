import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { buildApp } from '../app.ts';
import { testConfig } from '../config.ts';
import { createSmtpMailer } from '../notifications/mailer.ts';
import { startTestSmtpServer } from '../notifications/smtp-test-server.ts';
import {
  outboxOfPeriod,
  seedPeriod,
  setEmail,
  TEST_REMINDER_SETTINGS,
} from '../notifications/test-fixtures.ts';
import { createTestContext, type TestContext } from '../test/context.ts';
import { findLease } from './lease.repo.ts';
import { createJobRunner, JOBS_LEASE, type JobRunnerOptions } from './runner.ts';

const DAY_BEFORE = new Date('2024-06-27T02:00:00.000Z');

async function waitFor<T>(probe: () => Promise<T | undefined>, timeoutMs = 10_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe.each(inject('testDialects'))('job runner on %s', (dialect) => {
  let t: TestContext;
  let now = DAY_BEFORE;
  let periodId: string;
  const runner = (holder: string, options: Partial<JobRunnerOptions> = {}) =>
    createJobRunner({
      db: t.db,
      mailer: null,
      reminders: TEST_REMINDER_SETTINGS,
      intervalSeconds: 60,
      leaseSeconds: 60,
      clock: () => now,
      holder,
      ...options,
    });
  const bellOf = (username: string) =>
    t.db
      .selectFrom('notification')
      .innerJoin('appUser', 'appUser.id', 'notification.userId')
      .select('notification.title')
      .where('appUser.username', '=', username)
      .execute();

  beforeAll(async () => {
    t = await createTestContext(dialect, inject('postgresUrl'));
    await setEmail(t.db, 'sotuphap', 'sotuphap@example.vn');
    ({ periodId } = await seedPeriod(t.db, { unitCode: '19.STP' }));
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    now = DAY_BEFORE;
    await t.db.deleteFrom('jobLease').execute();
    await t.db.deleteFrom('outbox').execute();
    await t.db.deleteFrom('notification').execute();
  });

  it('lets only one of two runners run; the other takes over when the lease expires or is given up', async () => {
    const first = runner('instance-a');
    const second = runner('instance-b');
    const results = await Promise.all([first.tick(), second.tick()]);
    expect(results.filter((r) => r !== null)).toHaveLength(1);
    const [winner, loser] = results[0] ? [first, second] : [second, first];
    expect(await findLease(t.db, JOBS_LEASE)).toMatchObject({ holder: winner.holder });
    expect(await loser.tick()).toBeNull();

    // The holder renews on every tick …
    now = new Date(DAY_BEFORE.getTime() + 50_000);
    expect(await winner.tick()).not.toBeNull();
    now = new Date(DAY_BEFORE.getTime() + 100_000);
    expect(await loser.tick()).toBeNull();
    // … and when it stops renewing (crashed), the other takes over once the lease has run out.
    now = new Date(DAY_BEFORE.getTime() + 111_000);
    expect(await loser.tick()).not.toBeNull();
    expect(await winner.tick()).toBeNull();
    expect(await findLease(t.db, JOBS_LEASE)).toMatchObject({ holder: loser.holder });

    // Stopping gives the lease up at once.
    await winner.stop();
    expect(await findLease(t.db, JOBS_LEASE)).toMatchObject({ holder: loser.holder });
    await loser.stop();
    expect(await findLease(t.db, JOBS_LEASE)).toBeUndefined();
    expect(await winner.tick()).not.toBeNull();
  });

  it('queues the reminders and delivers them in one round, and only once', async () => {
    const only = runner('instance-a');
    const round = await only.tick();
    expect(round?.queued).toBeGreaterThanOrEqual(2);
    expect(round?.delivery).toMatchObject({ sent: 0 });
    expect(round?.delivery.notified).toBeGreaterThanOrEqual(1);
    expect(round?.delivery.waiting).toBeGreaterThanOrEqual(1);
    expect(await bellOf('sotuphap')).toHaveLength(1);
    expect(await only.tick()).toMatchObject({ queued: 0, delivery: { notified: 0 } });
    expect(await bellOf('sotuphap')).toHaveLength(1);
  });

  it('sends the e-mails of a round through SMTP', async () => {
    const smtp = await startTestSmtpServer();
    const mailer = createSmtpMailer({ url: smtp.url, from: 'no-reply@antt.example.vn' });
    try {
      const round = await runner('instance-a', { mailer }).tick();
      expect(round?.delivery.sent).toBeGreaterThanOrEqual(1);
      expect(smtp.received.map((mail) => mail.to)).toContainEqual(['sotuphap@example.vn']);
      const email = (await outboxOfPeriod(t.db, periodId)).find((row) => row.channel === 'email');
      expect(email).toMatchObject({ status: 'sent', sentAt: DAY_BEFORE.toISOString() });
    } finally {
      mailer.close();
      await smtp.close();
    }
  });

  it('ticks on its own once started, and stops', async () => {
    const timed = runner('instance-timer', { intervalSeconds: 1 });
    timed.start();
    await waitFor(async () => ((await bellOf('sotuphap')).length > 0 ? true : undefined));
    expect(await findLease(t.db, JOBS_LEASE)).toMatchObject({ holder: 'instance-timer' });
    await timed.stop();
    expect(await findLease(t.db, JOBS_LEASE)).toBeUndefined();
  });

  it('runs inside the app only when asked (runJobs), from ready to close', async () => {
    const config = testConfig({ jobsIntervalSeconds: 1 });
    const app = await buildApp({ db: t.db, dialect, config, clock: () => now, runJobs: true });
    await app.ready();
    const lease = await waitFor(() => findLease(t.db, JOBS_LEASE));
    expect(lease.holder).toContain(String(process.pid));
    await waitFor(async () => ((await bellOf('sotuphap')).length > 0 ? true : undefined));
    await app.close();
    expect(await findLease(t.db, JOBS_LEASE)).toBeUndefined();
  });
});
