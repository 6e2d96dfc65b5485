import { randomUUID } from 'node:crypto';
import type { ReminderCreate, ReminderResult } from '../../domain/notifications/notifications.schemas.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { Db } from '../db/database.ts';
import type { NewOutbox } from '../db/schema.ts';
import type { Actor } from '../http/actor.ts';
import { requireRole } from '../http/auth.ts';
import { getUnit, requireUnitInScope } from '../org/org.service.ts';
import { getPlan } from '../plans/plans.service.ts';
import { deliverInApp } from './delivery.service.ts';
import { insertOutboxIgnoringDuplicates } from './outbox.repo.ts';
import { type ReminderMessage, buildReminderMessage } from './reminder-messages.ts';
import { type ReminderSettings, scheduledReminder } from './reminder-schedule.ts';
import { type OwedPeriodRecipient, findOwedPeriodRecipients } from './reminders.repo.ts';
import { addDays, daysBetween, vietnamToday } from '../../domain/common/dates.ts';

/** The in-app message and, when the user has an address, the e-mail of one reminder to one user. */
function outboxRowsFor(
  recipient: OwedPeriodRecipient,
  message: ReminderMessage,
  { dedupeKey, now }: { dedupeKey: string; now: string },
): NewOutbox[] {
  const common = {
    userId: recipient.userId,
    link: message.link,
    status: 'pending' as const,
    nextAttemptAt: now,
    lastError: null,
    sentAt: null,
    createdAt: now,
  };
  const rows: NewOutbox[] = [
    {
      ...common,
      id: randomUUID(),
      channel: 'in_app',
      toAddress: null,
      subject: message.title,
      body: message.inAppBody,
      dedupeKey: `${dedupeKey}:in_app`,
    },
  ];
  const email = recipient.email?.trim();
  if (email) {
    rows.push({
      ...common,
      id: randomUUID(),
      channel: 'email',
      toAddress: email,
      subject: message.emailSubject,
      body: message.emailBody,
      dedupeKey: `${dedupeKey}:email`,
    });
  }
  return rows;
}

/**
 * The reminder job (SPEC §4): for every owed period due within `daysBefore` days, today, or past due (every
 * `overdueEveryDays` days), queues a reminder to every active user of the assigned unit. Idempotent: a
 * reminder step already queued for a period and user is not queued again. Returns the messages queued.
 */
export async function queueReminders(db: Db, now: Date, settings: ReminderSettings): Promise<number> {
  const today = vietnamToday(now);
  const at = now.toISOString();
  const recipients = await findOwedPeriodRecipients(db, {
    dueOnOrBefore: addDays(today, settings.daysBefore),
  });
  const rows = recipients.flatMap((recipient) => {
    const scheduled = scheduledReminder(recipient.dueDate, today, settings);
    if (!scheduled) return [];
    const message = buildReminderMessage(recipient, scheduled, settings.publicUrl);
    const dedupeKey = `reminder:${scheduled.step}:${recipient.periodId}:${recipient.userId}`;
    return outboxRowsFor(recipient, message, { dedupeKey, now: at });
  });
  return (await insertOutboxIgnoringDuplicates(db, rows)).length;
}

/** "Nguyễn Văn A (Công an tỉnh)": who sent a reminder by hand, with their unit unless the name has it. */
async function senderOf(db: Db, actor: Actor): Promise<string> {
  const unitName = (await getUnit(db, actor, actor.unitId)).name;
  return actor.displayName.includes(unitName) ? actor.displayName : `${actor.displayName} (${unitName})`;
}

/** The messages of a reminder by hand, and which unit each one reminds. */
function manualReminderRows(
  recipients: OwedPeriodRecipient[],
  {
    today,
    sender,
    now,
    settings,
  }: { today: string; sender: string; now: string; settings: ReminderSettings },
) {
  const unitOfRow = new Map<string, string>();
  const rows = recipients.flatMap((recipient) => {
    const text = { kind: 'manual' as const, daysUntilDue: daysBetween(today, recipient.dueDate), sender };
    const message = buildReminderMessage(recipient, text, settings.publicUrl);
    const dedupeKey = `manual:${today}:${recipient.periodId}:${recipient.userId}`;
    const built = outboxRowsFor(recipient, message, { dedupeKey, now });
    for (const row of built) unitOfRow.set(row.id, recipient.unitId);
    return built;
  });
  return { rows, unitOfRow };
}

/**
 * A reminder by hand (coordinators, admins): to one unit in scope about its owed periods of the plan that are
 * late or due within `daysBefore` days, or, without a unit, to every unit in scope that is late. The dedupe
 * key holds the day of the request: a second reminder the same day adds nothing, one on another day goes out.
 */
export async function sendManualReminder(
  db: Db,
  actor: Actor,
  input: ReminderCreate,
  settings: ReminderSettings,
): Promise<ReminderResult> {
  requireRole(actor, 'admin', 'coordinator');
  await getPlan(db, actor, input.planId);
  if (input.unitId) await requireUnitInScope(db, actor, input.unitId);
  const now = new Date(actor.now);
  const today = vietnamToday(now);
  const recipients = await findOwedPeriodRecipients(db, {
    planId: input.planId,
    unitId: input.unitId,
    scopePath: actor.scopePath,
    dueOnOrBefore: addDays(today, input.unitId ? settings.daysBefore : -1),
  });
  const sender = await senderOf(db, actor);
  const { rows, unitOfRow } = manualReminderRows(recipients, { today, sender, now: actor.now, settings });
  return db.transaction().execute(async (trx) => {
    const queuedIds = await insertOutboxIgnoringDuplicates(trx, rows);
    // The bell shows a reminder by hand at once; e-mails go with the next run of the outbox job.
    await deliverInApp(trx, now, queuedIds);
    const units = new Set(queuedIds.map((id) => unitOfRow.get(id))).size;
    const result = { queued: queuedIds.length, units };
    await recordAudit(trx, actor, {
      action: 'remind',
      entity: 'plan',
      entityId: input.planId,
      after: { unitId: input.unitId ?? null, ...result },
    });
    return result;
  });
}
