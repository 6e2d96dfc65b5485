import type { OutboxListQuery } from '../../domain/notifications/notifications.schemas.ts';
import type { Db } from '../db/database.ts';
import type { NewOutbox, OutboxTable } from '../db/schema.ts';
import type { Actor } from '../http/actor.ts';
import { inScope } from '../http/scope.ts';

/** Rows per insert statement: 13 columns each stays far below both engines' parameter limits. */
const INSERT_CHUNK = 200;

/** Queues messages; one whose dedupe key is already queued is skipped. Returns the ids of the new ones. */
export async function insertOutboxIgnoringDuplicates(db: Db, rows: NewOutbox[]): Promise<string[]> {
  const inserted: string[] = [];
  for (let start = 0; start < rows.length; start += INSERT_CHUNK) {
    const result = await db
      .insertInto('outbox')
      .values(rows.slice(start, start + INSERT_CHUNK))
      .onConflict((oc) => oc.column('dedupeKey').doNothing())
      .returning('id')
      .execute();
    inserted.push(...result.map((row) => row.id));
  }
  return inserted;
}

export async function findDueOutbox(
  db: Db,
  filter: { channel: OutboxTable['channel']; now: string; limit: number; ids?: string[] },
) {
  let query = db
    .selectFrom('outbox')
    .selectAll()
    .where('status', '=', 'pending')
    .where('channel', '=', filter.channel)
    .where('nextAttemptAt', '<=', filter.now);
  if (filter.ids) query = query.where('id', 'in', filter.ids);
  return query.orderBy('nextAttemptAt').orderBy('id').limit(filter.limit).execute();
}

/**
 * Takes one pending message for an attempt: counts the attempt and sets when the next one may start, but only
 * if nobody else took it meanwhile (the attempt count is unchanged). False when another worker got it.
 */
export async function claimOutbox(
  db: Db,
  row: { id: string; attempts: number },
  nextAttemptAt: string,
): Promise<boolean> {
  const result = await db
    .updateTable('outbox')
    .set({ attempts: row.attempts + 1, nextAttemptAt })
    .where('id', '=', row.id)
    .where('status', '=', 'pending')
    .where('attempts', '=', row.attempts)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function markOutboxSent(db: Db, id: string, now: string): Promise<void> {
  await db
    .updateTable('outbox')
    .set({ status: 'sent', sentAt: now, lastError: null })
    .where('id', '=', id)
    .execute();
}

export async function markOutboxError(
  db: Db,
  id: string,
  error: { lastError: string; isFinal: boolean },
): Promise<void> {
  await db
    .updateTable('outbox')
    .set({ lastError: error.lastError, ...(error.isFinal ? { status: 'failed' as const } : {}) })
    .where('id', '=', id)
    .execute();
}

/** Notes on every waiting e-mail why it waits (once: rows that already say so are left alone). */
export async function notePendingEmails(db: Db, lastError: string): Promise<number> {
  const result = await db
    .updateTable('outbox')
    .set({ lastError })
    .where('status', '=', 'pending')
    .where('channel', '=', 'email')
    .where((eb) => eb.or([eb('lastError', 'is', null), eb('lastError', '!=', lastError)]))
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

export async function countPendingEmails(db: Db): Promise<number> {
  const row = await db
    .selectFrom('outbox')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('status', '=', 'pending')
    .where('channel', '=', 'email')
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** Delivers an in-app message: marks it sent only if it is still pending (so it is delivered once). */
export async function markInAppDelivered(db: Db, id: string, now: string): Promise<boolean> {
  const result = await db
    .updateTable('outbox')
    .set((eb) => ({ status: 'sent', sentAt: now, attempts: eb('attempts', '+', 1) }))
    .where('id', '=', id)
    .where('status', '=', 'pending')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Messages to users whose unit lies in the actor's scope, newest first. */
export async function findOutboxPage(db: Db, actor: Actor, query: OutboxListQuery) {
  let base = db
    .selectFrom('outbox')
    .innerJoin('appUser', 'appUser.id', 'outbox.userId')
    .innerJoin('unit', 'unit.id', 'appUser.unitId')
    .where(inScope(actor, 'unit.path'));
  if (query.status) base = base.where('outbox.status', '=', query.status);
  if (query.channel) base = base.where('outbox.channel', '=', query.channel);
  const [rows, count] = await Promise.all([
    base
      .selectAll('outbox')
      .select(['appUser.username', 'appUser.displayName', 'unit.id as unitId', 'unit.name as unitName'])
      .orderBy('outbox.createdAt', 'desc')
      .orderBy('outbox.id')
      .limit(query.limit)
      .offset(query.offset)
      .execute(),
    base.select((eb) => eb.fn.countAll<number | string>().as('total')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.total) };
}
export type OutboxPageRow = Awaited<ReturnType<typeof findOutboxPage>>['rows'][number];
