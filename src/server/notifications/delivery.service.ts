import { randomUUID } from 'node:crypto';
import { OUTBOX_MAX_ATTEMPTS } from '../../domain/notifications/constants.ts';
import type { Db } from '../db/database.ts';
import type { OutboxRow } from '../db/schema.ts';
import { type Mailer, SMTP_NOT_CONFIGURED, describeSendError } from './mailer.ts';
import { insertNotification } from './notifications.repo.ts';
import {
  claimOutbox,
  countPendingEmails,
  findDueOutbox,
  markInAppDelivered,
  markOutboxError,
  markOutboxSent,
  notePendingEmails,
} from './outbox.repo.ts';

const IN_APP_BATCH = 500;
const EMAIL_BATCH = 200;
const MINUTE_MS = 60_000;

export interface DeliveryResult {
  /** In-app messages written into the users' notifications. */
  notified: number;
  sent: number;
  /** E-mails that failed this time and will be tried again later. */
  retrying: number;
  /** E-mails that failed for the last time. */
  failed: number;
  /** E-mails left waiting because no SMTP server is configured. */
  waiting: number;
}

/** Wait after a failed attempt: 1, 5, 25, 125 minutes (exponential, factor 5). */
export function retryDelayMs(attempt: number): number {
  return MINUTE_MS * 5 ** (attempt - 1);
}

/** Runs `work` in a transaction, or in the caller's transaction when it already is one. */
async function inTransaction<T>(db: Db, work: (trx: Db) => Promise<T>): Promise<T> {
  return db.isTransaction ? work(db) : db.transaction().execute(work);
}

async function deliverInAppBatch(db: Db, rows: OutboxRow[], at: string): Promise<number> {
  return inTransaction(db, async (trx) => {
    let count = 0;
    for (const row of rows) {
      if (!(await markInAppDelivered(trx, row.id, at))) continue;
      await insertNotification(trx, {
        id: randomUUID(),
        userId: row.userId,
        title: row.subject,
        body: row.body,
        link: row.link,
        readAt: null,
        createdAt: at,
      });
      count += 1;
    }
    return count;
  });
}

/**
 * Writes pending in-app messages (all that are due, or the given ones) into the users' notifications. Each is
 * delivered once, even when two workers try: its outbox row is marked sent first, conditionally, in the same
 * transaction as the notification.
 */
export async function deliverInApp(db: Db, now: Date, ids?: string[]): Promise<number> {
  const at = now.toISOString();
  let delivered = 0;
  if (ids) {
    for (let start = 0; start < ids.length; start += IN_APP_BATCH) {
      const chunk = ids.slice(start, start + IN_APP_BATCH);
      const rows = await findDueOutbox(db, { channel: 'in_app', now: at, limit: IN_APP_BATCH, ids: chunk });
      delivered += await deliverInAppBatch(db, rows, at);
    }
    return delivered;
  }
  for (;;) {
    const rows = await findDueOutbox(db, { channel: 'in_app', now: at, limit: IN_APP_BATCH });
    delivered += await deliverInAppBatch(db, rows, at);
    if (rows.length < IN_APP_BATCH) return delivered;
  }
}

type EmailOutcome = 'sent' | 'retrying' | 'failed' | 'skipped';

async function sendEmail(db: Db, mailer: Mailer, row: OutboxRow, now: Date): Promise<EmailOutcome> {
  const attempt = row.attempts + 1;
  const nextAttemptAt = new Date(now.getTime() + retryDelayMs(attempt)).toISOString();
  if (!(await claimOutbox(db, row, nextAttemptAt))) return 'skipped';
  try {
    if (!row.toAddress) throw new Error('Người nhận không có địa chỉ thư điện tử');
    await mailer.send({ to: row.toAddress, subject: row.subject, text: row.body });
  } catch (error) {
    const isFinal = attempt >= OUTBOX_MAX_ATTEMPTS;
    await markOutboxError(db, row.id, { lastError: describeSendError(error), isFinal });
    return isFinal ? 'failed' : 'retrying';
  }
  await markOutboxSent(db, row.id, now.toISOString());
  return 'sent';
}

/** Sends the e-mails whose time has come; without a mailer they wait, marked with the reason. */
export async function deliverEmails(
  db: Db,
  mailer: Mailer | null,
  now: Date,
): Promise<Omit<DeliveryResult, 'notified'>> {
  const result = { sent: 0, retrying: 0, failed: 0, waiting: 0 };
  if (!mailer) {
    await notePendingEmails(db, SMTP_NOT_CONFIGURED);
    return { ...result, waiting: await countPendingEmails(db) };
  }
  const rows = await findDueOutbox(db, { channel: 'email', now: now.toISOString(), limit: EMAIL_BATCH });
  for (const row of rows) {
    const outcome = await sendEmail(db, mailer, row, now);
    if (outcome !== 'skipped') result[outcome] += 1;
  }
  return result;
}

/** The outbox job: in-app messages into notifications, e-mails through the mailer, with retries. */
export async function deliverOutbox(db: Db, mailer: Mailer | null, now: Date): Promise<DeliveryResult> {
  const notified = await deliverInApp(db, now);
  return { notified, ...(await deliverEmails(db, mailer, now)) };
}
