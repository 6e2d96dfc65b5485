import type { FastifyInstance } from 'fastify';
import type { Config } from '../config.ts';
import type { Db } from '../db/database.ts';
import type { Mailer } from '../notifications/mailer.ts';
import { reminderSettingsOf } from '../notifications/reminder-schedule.ts';
import { type JobRunner, createJobRunner } from './runner.ts';

/** Runs the timed jobs while the app runs: starts ticking when the app is ready, stops when it closes. */
export function registerJobRunner(
  app: FastifyInstance,
  options: { db: Db; config: Config; clock: () => Date; mailer: Mailer | null },
): JobRunner {
  const runner = createJobRunner({
    db: options.db,
    mailer: options.mailer,
    reminders: reminderSettingsOf(options.config),
    intervalSeconds: options.config.jobsIntervalSeconds,
    clock: options.clock,
    log: app.log,
  });
  if (!options.mailer) app.log.warn('SMTP_URL is not set: reminder e-mails wait in the outbox');
  app.addHook('onReady', async () => runner.start());
  app.addHook('onClose', async () => runner.stop());
  return runner;
}
