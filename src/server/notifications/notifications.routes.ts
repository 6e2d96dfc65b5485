import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { pageSchema } from '../../domain/common/pagination.ts';
import {
  notificationListQuerySchema,
  notificationPageSchema,
  notificationReadAllResultSchema,
  notificationSchema,
  outboxItemSchema,
  outboxListQuerySchema,
  reminderCreateSchema,
  reminderResultSchema,
} from '../../domain/notifications/notifications.schemas.ts';
import type { Db } from '../db/database.ts';
import { actorOf } from '../http/auth.ts';
import {
  listNotifications,
  listOutbox,
  readAllNotifications,
  readNotification,
} from './notifications.service.ts';
import type { ReminderSettings } from './reminder-schedule.ts';
import { sendManualReminder } from './reminders.service.ts';

const idParams = z.object({ id: z.string().min(1).max(64) });

export const notificationsRoutes: FastifyPluginAsyncZod<{ db: Db; reminders: ReminderSettings }> = async (
  app,
  { db, reminders },
) => {
  app.get(
    '/notifications',
    {
      schema: {
        tags: ['notifications'],
        description: 'The bell: the signed-in user’s own notifications, newest first, and the unread count.',
        querystring: notificationListQuerySchema,
        response: { 200: notificationPageSchema },
      },
    },
    async (req) => listNotifications(db, actorOf(req), req.query),
  );

  app.post(
    '/notifications/read-all',
    {
      schema: {
        tags: ['notifications'],
        response: { 200: notificationReadAllResultSchema },
      },
    },
    async (req) => readAllNotifications(db, actorOf(req)),
  );

  app.post(
    '/notifications/:id/read',
    {
      schema: {
        tags: ['notifications'],
        params: idParams,
        response: { 200: notificationSchema },
      },
    },
    async (req) => readNotification(db, actorOf(req), req.params.id),
  );

  app.get(
    '/outbox',
    {
      schema: {
        tags: ['notifications'],
        description:
          'Delivery status of e-mails and in-app messages to users in scope (coordinators, admins).',
        querystring: outboxListQuerySchema,
        response: { 200: pageSchema(outboxItemSchema) },
      },
    },
    async (req) => listOutbox(db, actorOf(req), req.query),
  );

  app.post(
    '/reminders',
    {
      schema: {
        tags: ['notifications'],
        description:
          'Reminder by hand (đôn đốc): to one unit, or without `unitId` to every late unit of the plan in scope.',
        body: reminderCreateSchema,
        response: { 200: reminderResultSchema },
      },
    },
    async (req) => sendManualReminder(db, actorOf(req), req.body, reminders),
  );
};
