import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { formatVietnameseDate } from '../../domain/common/dates.ts';
import { pageSchema } from '../../domain/common/pagination.ts';
import { MEDIA_KIND_LABELS } from '../../domain/events/constants.ts';
import {
  mediaCreateSchema,
  mediaItemSchema,
  mediaListQuerySchema,
  mediaSummaryQuerySchema,
  mediaSummarySchema,
  mediaUpdateSchema,
} from '../../domain/events/media.schemas.ts';
import type { Db } from '../db/database.ts';
import { actorOf } from '../http/auth.ts';
import { formatVietnamTime, sendXlsx } from '../http/xlsx.ts';
import {
  createMedia,
  deleteMedia,
  exportMedia,
  getMedia,
  listMedia,
  summariseMedia,
  updateMedia,
} from './media.service.ts';

const idParams = z.object({ id: z.string().min(1).max(64) });
const tags = ['media'];

export const mediaRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    '/media',
    { schema: { tags, querystring: mediaListQuerySchema, response: { 200: pageSchema(mediaItemSchema) } } },
    async (req) => listMedia(db, actorOf(req), req.query),
  );
  app.get(
    '/media/summary',
    { schema: { tags, querystring: mediaSummaryQuerySchema, response: { 200: mediaSummarySchema } } },
    async (req) => summariseMedia(db, actorOf(req), req.query),
  );
  app.get(
    '/media/export.xlsx',
    { schema: { tags, querystring: mediaListQuerySchema.omit({ limit: true, offset: true }) } },
    async (req, reply) =>
      sendXlsx(reply, {
        filename: 'tin-bai-tuyen-truyen.xlsx',
        sheetName: 'Tin, bài tuyên truyền',
        rows: exportMedia(db, actorOf(req), req.query),
        columns: [
          { header: 'Ngày đăng, phát', width: 14, value: (m) => formatVietnameseDate(m.publishedOn) },
          { header: 'Tháng', width: 9, value: (m) => m.month.split('-').reverse().join('/') },
          { header: 'Cơ quan báo chí, đơn vị', width: 30, value: (m) => m.unit.name },
          { header: 'Chuyên mục, kênh', width: 22, value: (m) => m.channel },
          { header: 'Loại', width: 24, value: (m) => MEDIA_KIND_LABELS[m.kind].vi },
          { header: 'Tiêu đề', width: 60, value: (m) => m.title },
          { header: 'Đường dẫn', width: 40, value: (m) => m.url },
          {
            header: 'Nhiệm vụ',
            width: 16,
            value: (m) => (m.task ? `${m.task.code} ${m.task.planNumber ?? ''}`.trim() : null),
          },
          { header: 'Cập nhật', width: 20, value: (m) => formatVietnamTime(m.updatedAt) },
        ],
      }),
  );
  app.post(
    '/media',
    { schema: { tags, body: mediaCreateSchema, response: { 201: mediaItemSchema } } },
    async (req, reply) => reply.status(201).send(await createMedia(db, actorOf(req), req.body)),
  );
  app.get(
    '/media/:id',
    { schema: { tags, params: idParams, response: { 200: mediaItemSchema } } },
    async (req) => getMedia(db, actorOf(req), req.params.id),
  );
  app.patch(
    '/media/:id',
    { schema: { tags, params: idParams, body: mediaUpdateSchema, response: { 200: mediaItemSchema } } },
    async (req) => updateMedia(db, actorOf(req), req.params.id, req.body),
  );
  app.delete('/media/:id', { schema: { tags, params: idParams } }, async (req, reply) => {
    await deleteMedia(db, actorOf(req), req.params.id);
    return reply.status(204).send();
  });
};
