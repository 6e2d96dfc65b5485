import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { formatVietnameseDate } from '../../domain/common/dates.ts';
import { pageSchema } from '../../domain/common/pagination.ts';
import { FINDING_KIND_LABELS, FOLLOW_UP_STATE_LABELS } from '../../domain/inspections/constants.ts';
import {
  followUpCompleteSchema,
  followUpCreateSchema,
  followUpListItemSchema,
  followUpListQuerySchema,
  followUpSchema,
  followUpUpdateSchema,
  versionQuerySchema,
} from '../../domain/inspections/inspections.schemas.ts';
import type { Db } from '../db/database.ts';
import { actorOf } from '../http/auth.ts';
import { sendXlsx } from '../http/xlsx.ts';
import {
  completeFollowUp,
  createFollowUp,
  deleteFollowUp,
  exportFollowUps,
  listFollowUps,
} from './follow-ups.service.ts';
import { updateFollowUp } from './follow-ups.service.ts';

const idParams = z.object({ id: z.string().min(1).max(64) });
const date = (value: string | null) => (value ? formatVietnameseDate(value) : null);
const tags = ['inspections'];

/** Follow-up actions: created on a finding, listed for the responsible unit ("Việc cần khắc phục"). */
export const followUpsRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.post(
    '/findings/:id/follow-ups',
    { schema: { tags, params: idParams, body: followUpCreateSchema, response: { 201: followUpSchema } } },
    async (req, reply) =>
      reply.status(201).send(await createFollowUp(db, actorOf(req), req.params.id, req.body)),
  );
  app.get(
    '/follow-ups',
    {
      schema: {
        tags,
        description:
          'The caller’s unit’s follow-up actions (scope=unit), or all of inspections it sees (scope=all).',
        querystring: followUpListQuerySchema,
        response: { 200: pageSchema(followUpListItemSchema) },
      },
    },
    async (req) => listFollowUps(db, actorOf(req), req.query),
  );
  app.get(
    '/follow-ups/export.xlsx',
    { schema: { tags, querystring: followUpListQuerySchema.omit({ limit: true, offset: true }) } },
    async (req, reply) =>
      sendXlsx(reply, {
        filename: 'viec-can-khac-phuc.xlsx',
        sheetName: 'Việc cần khắc phục',
        rows: exportFollowUps(db, actorOf(req), req.query),
        columns: [
          { header: 'Việc cần khắc phục', width: 50, value: (f) => f.what },
          { header: 'Đơn vị thực hiện', width: 26, value: (f) => f.responsibleUnit.name },
          { header: 'Hạn', width: 12, value: (f) => date(f.dueDate) },
          { header: 'Trạng thái', width: 16, value: (f) => FOLLOW_UP_STATE_LABELS[f.state].vi },
          { header: 'Loại phát hiện', width: 16, value: (f) => FINDING_KIND_LABELS[f.finding.kind].vi },
          { header: 'Nội dung phát hiện', width: 50, value: (f) => f.finding.text },
          { header: 'Cuộc kiểm tra', width: 40, value: (f) => f.inspection.subject },
          { header: 'Đơn vị kiểm tra', width: 22, value: (f) => f.inspection.inspectingUnit.name },
          { header: 'Ngày kiểm tra', width: 14, value: (f) => date(f.inspection.actualDate) },
          { header: 'Ngày hoàn thành', width: 14, value: (f) => date(f.doneOn) },
          { header: 'Kết quả khắc phục', width: 50, value: (f) => f.result },
        ],
      }),
  );
  app.patch(
    '/follow-ups/:id',
    { schema: { tags, params: idParams, body: followUpUpdateSchema, response: { 200: followUpSchema } } },
    async (req) => updateFollowUp(db, actorOf(req), req.params.id, req.body),
  );
  app.delete(
    '/follow-ups/:id',
    { schema: { tags, params: idParams, querystring: versionQuerySchema } },
    async (req, reply) => {
      await deleteFollowUp(db, actorOf(req), req.params.id, req.query.version);
      return reply.status(204).send();
    },
  );
  app.post(
    '/follow-ups/:id/complete',
    { schema: { tags, params: idParams, body: followUpCompleteSchema, response: { 200: followUpSchema } } },
    async (req) => completeFollowUp(db, actorOf(req), req.params.id, req.body),
  );
};
