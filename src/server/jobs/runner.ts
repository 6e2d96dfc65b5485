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

/** Takes or renews the lease, then runs the jobs in turn; a failing job is logged and the others still run. */
class LeasedJobRunner implements JobRunner {
  readonly holder: string;
  private readonly clock: () => Date;
  private readonly log: JobLog;
  private readonly leaseMs: number;
  private timer: NodeJS.Timeout | undefined;
  private round: Promise<unknown> | undefined;
  private isStopped = true;

  constructor(private readonly options: JobRunnerOptions) {
    this.clock = options.clock ?? (() => new Date());
    this.log = options.log ?? silentLog;
    this.holder = options.holder ?? `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
    this.leaseMs = (options.leaseSeconds ?? Math.max(60, options.intervalSeconds * 3)) * 1000;
  }

  private holdLease(): Promise<boolean> {
    const now = this.clock();
    const expiresAt = new Date(now.getTime() + this.leaseMs).toISOString();
    return acquireLease(this.options.db, {
      name: JOBS_LEASE,
      holder: this.holder,
      now: now.toISOString(),
      expiresAt,
    });
  }

  private async runJob<T>(name: string, job: () => Promise<T>, fallback: T): Promise<T> {
    try {
      return await job();
    } catch (err) {
      this.log.error({ err, job: name }, 'job failed');
      return fallback;
    }
  }

  async tick(): Promise<TickResult | null> {
    const { db, mailer, reminders } = this.options;
    if (!(await this.holdLease())) return null;
    const queued = await this.runJob('reminders', () => queueReminders(db, this.clock(), reminders), 0);
    // Renewed between jobs: sending many e-mails can take a while.
    if (!(await this.holdLease())) return { queued, delivery: NO_DELIVERY };
    const delivery = await this.runJob('outbox', () => deliverOutbox(db, mailer, this.clock()), NO_DELIVERY);
    if (queued > 0 || Object.values(delivery).some((n) => n > 0)) {
      this.log.info({ queued, ...delivery }, 'jobs: reminders queued, outbox delivered');
    }
    return { queued, delivery };
  }

  private schedule(delayMs: number): void {
    this.timer = setTimeout(() => {
      this.round = this.tick()
        .catch((err: unknown) => this.log.error({ err }, 'job round failed'))
        .finally(() => {
          this.round = undefined;
          if (!this.isStopped) this.schedule(this.options.intervalSeconds * 1000);
        });
    }, delayMs);
    // The runner never keeps the process alive by itself.
    this.timer.unref();
  }

  start(): void {
    if (!this.isStopped) return;
    this.isStopped = false;
    this.schedule(0);
  }

  async stop(): Promise<void> {
    this.isStopped = true;
    clearTimeout(this.timer);
    await this.round;
    await releaseLease(this.options.db, { name: JOBS_LEASE, holder: this.holder }).catch((err: unknown) =>
      this.log.error({ err }, 'could not release the job lease'),
    );
  }
}

export function createJobRunner(options: JobRunnerOptions): JobRunner {
  return new LeasedJobRunner(options);
}
