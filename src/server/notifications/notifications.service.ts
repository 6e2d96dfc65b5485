import type {
  NotificationListQuery,
  NotificationPage,
  Notification,
  OutboxItem,
  OutboxListQuery,
} from '../../domain/notifications/notifications.schemas.ts';
import type { Db } from '../db/database.ts';
import type { Actor } from '../http/actor.ts';
import { requireRole } from '../http/auth.ts';
import { notFound } from '../http/errors.ts';
import {
  findNotificationPage,
  markAllNotificationsRead,
  markNotificationRead,
} from './notifications.repo.ts';
import { type OutboxPageRow, findOutboxPage } from './outbox.repo.ts';

const NOTIFICATION_NOT_FOUND = { vi: 'Không tìm thấy thông báo.', en: 'Notification not found.' };

// Reading one's own notifications changes nothing that others see, so these marks are not audited.

/** The bell: the actor's own notifications, and how many are unread. */
export async function listNotifications(
  db: Db,
  actor: Actor,
  query: NotificationListQuery,
): Promise<NotificationPage> {
  const { rows, total, unread } = await findNotificationPage(db, actor.userId, query);
  return { items: rows, total, unread };
}

/** Marks one of the actor's notifications read; anyone else's answers 404 like a missing one. */
export async function readNotification(db: Db, actor: Actor, id: string): Promise<Notification> {
  const row = await markNotificationRead(db, actor.userId, id, actor.now);
  if (!row) throw notFound(NOTIFICATION_NOT_FOUND);
  return row;
}

export async function readAllNotifications(db: Db, actor: Actor): Promise<{ updated: number }> {
  return { updated: await markAllNotificationsRead(db, actor.userId, actor.now) };
}

function toOutboxItem(row: OutboxPageRow): OutboxItem {
  return {
    id: row.id,
    channel: row.channel,
    recipient: {
      id: row.userId,
      username: row.username,
      displayName: row.displayName,
      unit: { id: row.unitId, name: row.unitName },
    },
    toAddress: row.toAddress,
    subject: row.subject,
    body: row.body,
    link: row.link,
    status: row.status,
    attempts: row.attempts,
    nextAttemptAt: row.nextAttemptAt,
    lastError: row.lastError,
    sentAt: row.sentAt,
    createdAt: row.createdAt,
  };
}

/** Delivery status of messages to users in the actor's scope (coordinators and admins). */
export async function listOutbox(
  db: Db,
  actor: Actor,
  query: OutboxListQuery,
): Promise<{ items: OutboxItem[]; total: number }> {
  requireRole(actor, 'admin', 'coordinator');
  const { rows, total } = await findOutboxPage(db, actor, query);
  return { items: rows.map(toOutboxItem), total };
}
