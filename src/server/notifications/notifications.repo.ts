import type { NotificationListQuery } from '../../domain/notifications/notifications.schemas.ts';
import type { Db } from '../db/database.ts';
import type { NotificationTable } from '../db/schema.ts';

const notificationColumns = ['id', 'title', 'body', 'link', 'readAt', 'createdAt'] as const;

export async function insertNotification(db: Db, row: NotificationTable): Promise<void> {
  await db.insertInto('notification').values(row).execute();
}

function countOf(row: { n: number | string | bigint } | undefined): number {
  return Number(row?.n ?? 0);
}

/** One user's notifications, newest first, with how many match and how many are unread. */
export async function findNotificationPage(db: Db, userId: string, query: NotificationListQuery) {
  const own = db.selectFrom('notification').where('userId', '=', userId);
  const matching = query.unreadOnly ? own.where('readAt', 'is', null) : own;
  const [rows, total, unread] = await Promise.all([
    matching
      .select(notificationColumns)
      .orderBy('createdAt', 'desc')
      .orderBy('id', 'desc')
      .limit(query.limit)
      .offset(query.offset)
      .execute(),
    matching.select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirst(),
    own
      .where('readAt', 'is', null)
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .executeTakeFirst(),
  ]);
  return { rows, total: countOf(total), unread: countOf(unread) };
}

export async function findOwnNotification(db: Db, userId: string, id: string) {
  return db
    .selectFrom('notification')
    .select(notificationColumns)
    .where('id', '=', id)
    .where('userId', '=', userId)
    .executeTakeFirst();
}

/** Marks one notification read (a read one keeps the time it was first read). */
export async function markNotificationRead(db: Db, userId: string, id: string, now: string) {
  await db
    .updateTable('notification')
    .set({ readAt: now })
    .where('id', '=', id)
    .where('userId', '=', userId)
    .where('readAt', 'is', null)
    .execute();
  return findOwnNotification(db, userId, id);
}

export async function markAllNotificationsRead(db: Db, userId: string, now: string): Promise<number> {
  const result = await db
    .updateTable('notification')
    .set({ readAt: now })
    .where('userId', '=', userId)
    .where('readAt', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}
