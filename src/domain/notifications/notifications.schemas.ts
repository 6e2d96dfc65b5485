import { z } from 'zod';
import { paginationQuerySchema, queryBooleanSchema } from '../common/pagination.ts';
import { NOTIFICATION_PAGE_SIZE, OUTBOX_CHANNELS, OUTBOX_STATUSES } from './constants.ts';

/** `GET /api/notifications`: the signed-in user's own notifications, newest first. */
export const notificationListQuerySchema = paginationQuerySchema.extend({
  limit: z.coerce.number().int().min(1).max(200).default(NOTIFICATION_PAGE_SIZE),
  unreadOnly: queryBooleanSchema.optional(),
});
export type NotificationListQuery = z.infer<typeof notificationListQuerySchema>;

export const notificationSchema = z.object({
  id: z.string(),
  title: z.string(),
  body: z.string(),
  /** Path in the web app to open, e.g. `/plans/<planId>`. */
  link: z.string().nullable(),
  readAt: z.string().nullable(),
  createdAt: z.string(),
});
export type Notification = z.infer<typeof notificationSchema>;

export const notificationPageSchema = z.object({
  items: z.array(notificationSchema),
  /** Items matching the query (all, or unread only). */
  total: z.number().int(),
  /** The user's unread notifications, whatever the query: the number on the bell. */
  unread: z.number().int(),
});
export type NotificationPage = z.infer<typeof notificationPageSchema>;

export const notificationReadAllResultSchema = z.object({ updated: z.number().int() });

/** `POST /api/reminders`: a reminder (đôn đốc) by hand, to one unit or to every late unit of the plan. */
export const reminderCreateSchema = z.object({
  planId: z.string().min(1).max(64),
  unitId: z.string().min(1).max(64).optional(),
});
export type ReminderCreate = z.infer<typeof reminderCreateSchema>;

export const reminderResultSchema = z.object({
  /** Messages queued (one in-app and, when the user has an address, one e-mail per user and period). */
  queued: z.number().int(),
  /** Units reminded. */
  units: z.number().int(),
});
export type ReminderResult = z.infer<typeof reminderResultSchema>;

/** `GET /api/outbox`: delivery status of messages to users in the actor's scope (coordinators, admins). */
export const outboxListQuerySchema = paginationQuerySchema.extend({
  status: z.enum(OUTBOX_STATUSES).optional(),
  channel: z.enum(OUTBOX_CHANNELS).optional(),
});
export type OutboxListQuery = z.infer<typeof outboxListQuerySchema>;

export const outboxItemSchema = z.object({
  id: z.string(),
  channel: z.enum(OUTBOX_CHANNELS),
  recipient: z.object({
    id: z.string(),
    username: z.string(),
    displayName: z.string(),
    unit: z.object({ id: z.string(), name: z.string() }),
  }),
  toAddress: z.string().nullable(),
  subject: z.string(),
  body: z.string(),
  link: z.string().nullable(),
  status: z.enum(OUTBOX_STATUSES),
  attempts: z.number().int(),
  nextAttemptAt: z.string(),
  lastError: z.string().nullable(),
  sentAt: z.string().nullable(),
  createdAt: z.string(),
});
export type OutboxItem = z.infer<typeof outboxItemSchema>;
