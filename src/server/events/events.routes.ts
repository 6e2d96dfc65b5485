import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { formatVietnameseDate } from '../../domain/common/dates.ts';
import { pageSchema } from '../../domain/common/pagination.ts';
import {
  EVENT_FORM_LABELS,
  EVENT_KIND_LABELS,
  INDICATOR_SOURCE_LABELS,
} from '../../domain/events/constants.ts';
import {
  eventCreateSchema,
  eventFileSchema,
  eventListQuerySchema,
  eventSchema,
  eventSummarySchema,
  eventUpdateSchema,
  taskOptionSchema,
} from '../../domain/events/events.schemas.ts';
import {
  indicatorSourceFilterSchema,
  indicatorSourceListSchema,
  indicatorSourceSchema,
  indicatorSourceUpdateSchema,
} from '../../domain/events/indicator-sources.ts';
import type { Db } from '../db/database.ts';
import { actorOf } from '../http/auth.ts';
import { attachmentHeader } from '../http/file-store.ts';
import { readUploadedFile } from '../http/uploads.ts';
import { formatVietnamTime, sendXlsx } from '../http/xlsx.ts';
import {
  addEventFile,
  createEvent,
  deleteEvent,
  deleteEventFile,
  exportEvents,
  getEvent,
  listEvents,
  readEventFile,
  updateEvent,
} from './events.service.ts';
import { attendanceRoutes } from './attendance.routes.ts';
import {
  exportIndicatorSources,
  listIndicatorSources,
  setIndicatorSource,
} from './indicator-feed.service.ts';
import { listTaskOptions } from './linked-task.ts';

const idParams = z.object({ id: z.string().min(1).max(64) });
const tags = ['events'];

export const eventsRoutes: FastifyPluginAsyncZod<{ db: Db; filesDir: string }> = async (
  app,
  { db, filesDir },
) => {
  await app.register(attendanceRoutes, { db });
  app.get(
    '/events',
    {
      schema: {
        tags,
        querystring: eventListQuerySchema,
        response: { 200: pageSchema(eventSummarySchema).extend({ participants: z.number().int() }) },
      },
    },
    async (req) => listEvents(db, actorOf(req), req.query),
  );
  app.get(
    '/events/export.xlsx',
    { schema: { tags, querystring: eventListQuerySchema.omit({ limit: true, offset: true }) } },
    async (req, reply) =>
      sendXlsx(reply, {
        filename: 'hoi-nghi-tap-huan.xlsx',
        sheetName: 'Hội nghị, tập huấn',
        rows: exportEvents(db, actorOf(req), req.query),
        columns: [
          { header: 'Loại', width: 26, value: (e) => EVENT_KIND_LABELS[e.kind].vi },
          { header: 'Tên hội nghị, lớp, cuộc', width: 50, value: (e) => e.title },
          { header: 'Đơn vị tổ chức', width: 28, value: (e) => e.unit.name },
          {
            header: 'Nhiệm vụ',
            width: 16,
            value: (e) => (e.task ? `${e.task.code} ${e.task.planNumber ?? ''}`.trim() : null),
          },
          { header: 'Hình thức', width: 22, value: (e) => EVENT_FORM_LABELS[e.form].vi },
          { header: 'Từ ngày', width: 12, value: (e) => formatVietnameseDate(e.startsOn) },
          { header: 'Đến ngày', width: 12, value: (e) => formatVietnameseDate(e.endsOn) },
          { header: 'Địa điểm', width: 28, value: (e) => e.place },
          { header: 'Thành phần', width: 36, value: (e) => e.audience },
          { header: 'Số người tham dự', width: 14, value: (e) => e.participantCount },
          { header: 'Cập nhật', width: 20, value: (e) => formatVietnamTime(e.updatedAt) },
        ],
      }),
  );
  app.post(
    '/events',
    { schema: { tags, body: eventCreateSchema, response: { 201: eventSchema } } },
    async (req, reply) => reply.status(201).send(await createEvent(db, actorOf(req), req.body)),
  );
  app.get(
    '/events/:id',
    { schema: { tags, params: idParams, response: { 200: eventSchema } } },
    async (req) => getEvent(db, actorOf(req), req.params.id),
  );
  app.patch(
    '/events/:id',
    { schema: { tags, params: idParams, body: eventUpdateSchema, response: { 200: eventSchema } } },
    async (req) => updateEvent(db, actorOf(req), req.params.id, req.body),
  );
  app.delete('/events/:id', { schema: { tags, params: idParams } }, async (req, reply) => {
    await deleteEvent(db, actorOf(req), filesDir, req.params.id);
    return reply.status(204).send();
  });
  app.post(
    '/events/:id/files',
    {
      schema: {
        tags,
        params: idParams,
        description: 'multipart, one `file`',
        response: { 201: eventFileSchema },
      },
    },
    async (req, reply) =>
      reply
        .status(201)
        .send(await addEventFile(db, actorOf(req), filesDir, req.params.id, await readUploadedFile(req))),
  );
  app.get('/event-files/:id', { schema: { tags, params: idParams } }, async (req, reply) => {
    const { file, data } = await readEventFile(db, actorOf(req), filesDir, req.params.id);
    return reply
      .header('content-type', file.contentType)
      .header('content-disposition', attachmentHeader(file.filename))
      .send(data);
  });
  app.delete('/event-files/:id', { schema: { tags, params: idParams } }, async (req, reply) => {
    await deleteEventFile(db, actorOf(req), filesDir, req.params.id);
    return reply.status(204).send();
  });

  app.get(
    '/task-options',
    {
      schema: {
        tags,
        querystring: z.object({ q: z.string().trim().max(200).optional() }),
        response: { 200: z.object({ items: z.array(taskOptionSchema) }) },
      },
    },
    async (req) => listTaskOptions(db, actorOf(req), req.query.q),
  );

  app.get(
    '/tasks/:id/indicator-sources',
    { schema: { tags, params: idParams, response: { 200: indicatorSourceListSchema } } },
    async (req) => listIndicatorSources(db, actorOf(req), req.params.id),
  );
  app.get(
    '/tasks/:id/indicator-sources/export.xlsx',
    { schema: { tags, params: idParams, querystring: indicatorSourceFilterSchema } },
    async (req, reply) => {
      const rows = await exportIndicatorSources(db, actorOf(req), req.params.id, req.query);
      return sendXlsx(reply, {
        filename: 'chi-tieu-lay-so-lieu-tu-dong.xlsx',
        sheetName: 'Chỉ tiêu',
        rows: (async function* () {
          yield* rows;
        })(),
        columns: [
          { header: 'Chỉ tiêu', width: 60, value: (row) => row.name },
          { header: 'Đơn vị tính', width: 14, value: (row) => row.unitLabel },
          {
            header: 'Lấy số liệu từ',
            width: 50,
            value: (row) => (row.source ? INDICATOR_SOURCE_LABELS[row.source].vi : 'Nhập tay'),
          },
        ],
      });
    },
  );
  app.put(
    '/indicators/:id/source',
    {
      schema: {
        tags,
        params: idParams,
        body: indicatorSourceUpdateSchema,
        response: { 200: z.object({ indicatorId: z.string(), source: indicatorSourceSchema.nullable() }) },
      },
    },
    async (req) => setIndicatorSource(db, actorOf(req), req.params.id, req.body.source),
  );
};
