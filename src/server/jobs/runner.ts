import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type { Db } from '../db/database.ts';
import { type DeliveryResult, deliverOutbox } from '../notifications/delivery.service.ts';
import type { Mailer } from '../notifications/mailer.ts';
import type { ReminderSettings } from '../notifications/reminder-schedule.ts';
import { queueReminders } from '../notifications/reminders.service.ts';
import { acquireLease, releaseLease } from './lease.repo.ts';

/** The one lease that every instance competes for; its holder runs all timed jobs. */
export const JOBS_LEASE = 'jobs';

export interface JobLog {
  info(data: object, message: string): void;
  error(data: object, message: string): void;
}

export interface JobRunnerOptions {
  db: Db;
  /** null when no SMTP server is configured: e-mails then wait in the outbox. */
  mailer: Mailer | null;
  reminders: ReminderSettings;
  intervalSeconds: number;
  clock?: () => Date;
  log?: JobLog;
  /** Who this runner is in the lease table; default host, process id and a random suffix. */
  holder?: string;
  /** How long the lease lasts unless renewed; default three intervals and at least a minute. */
  leaseSeconds?: number;
}

export interface TickResult {
  queued: number;
  delivery: DeliveryResult;
}

export interface JobRunner {
  readonly holder: string;
  /** One round: take or renew the lease, then run the jobs. Null when another instance holds the lease. */
  tick(): Promise<TickResult | null>;
  /** Ticks now and then every interval, until stopped. */
  start(): void;
  /** Stops ticking, waits for a round in progress and gives the lease up. */
  stop(): Promise<void>;
}

const NO_DELIVERY: DeliveryResult = { notified: 0, sent: 0, retrying: 0, failed: 0, waiting: 0 };
const silentLog: JobLog = { info: () => undefined, error: () => undefined };

export function createJobRunner(options: JobRunnerOptions): JobRunner {
  const { db, mailer, reminders } = options;
  const clock = options.clock ?? (() => new Date());
  const log = options.log ?? silentLog;
  const holder = options.holder ?? `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  const leaseMs = (options.leaseSeconds ?? Math.max(60, options.intervalSeconds * 3)) * 1000;
  let timer: NodeJS.Timeout | undefined;
  let round: Promise<unknown> | undefined;
  let isStopped = true;

  const holdLease = () => {
    const now = clock();
    const expiresAt = new Date(now.getTime() + leaseMs).toISOString();
    return acquireLease(db, { name: JOBS_LEASE, holder, now: now.toISOString(), expiresAt });
  };

  /** Runs one job; a failure is logged and does not stop the others. */
  async function runJob<T>(name: string, job: () => Promise<T>, fallback: T): Promise<T> {
    try {
      return await job();
    } catch (err) {
      log.error({ err, job: name }, 'job failed');
      return fallback;
    }
  }

  async function tick(): Promise<TickResult | null> {
    if (!(await holdLease())) return null;
    const queued = await runJob('reminders', () => queueReminders(db, clock(), reminders), 0);
    // Renewed between jobs: sending many e-mails can take a while.
    if (!(await holdLease())) return { queued, delivery: NO_DELIVERY };
    const delivery = await runJob('outbox', () => deliverOutbox(db, mailer, clock()), NO_DELIVERY);
    if (queued > 0 || Object.values(delivery).some((n) => n > 0)) {
      log.info({ queued, ...delivery }, 'jobs: reminders queued, outbox delivered');
    }
    return { queued, delivery };
  }

  function schedule(delayMs: number) {
    timer = setTimeout(() => {
      round = tick()
        .catch((err: unknown) => log.error({ err }, 'job round failed'))
        .finally(() => {
          round = undefined;
          if (!isStopped) schedule(options.intervalSeconds * 1000);
        });
    }, delayMs);
    // The runner never keeps the process alive by itself.
    timer.unref();
  }

  return {
    holder,
    tick,
    start() {
      if (!isStopped) return;
      isStopped = false;
      schedule(0);
    },
    async stop() {
      isStopped = true;
      clearTimeout(timer);
      await round;
      await releaseLease(db, { name: JOBS_LEASE, holder }).catch((err: unknown) =>
        log.error({ err }, 'could not release the job lease'),
      );
    },
  };
}
