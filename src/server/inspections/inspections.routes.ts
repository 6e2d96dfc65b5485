import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { formatVietnameseDate } from '../../domain/common/dates.ts';
import { pageSchema } from '../../domain/common/pagination.ts';
import { INSPECTION_STATE_LABELS } from '../../domain/inspections/constants.ts';
import {
  findingCreateSchema,
  findingSchema,
  findingUpdateSchema,
  inspectionCancelSchema,
  inspectionCompleteSchema,
  inspectionCreateSchema,
  inspectionListQuerySchema,
  inspectionSchema,
  inspectionSummarySchema,
  inspectionUpdateSchema,
  unitOptionQuerySchema,
  unitOptionSchema,
  versionQuerySchema,
} from '../../domain/inspections/inspections.schemas.ts';
import type { Db } from '../db/database.ts';
import { actorOf } from '../http/auth.ts';
import { formatVietnamTime, sendXlsx } from '../http/xlsx.ts';
import { createFinding, deleteFinding, updateFinding } from './findings.service.ts';
import { followUpsRoutes } from './follow-ups.routes.ts';
import { cancelInspection, completeInspection, updateInspection } from './inspection-workflow.service.ts';
import {
  createInspection,
  exportInspections,
  getInspection,
  listInspections,
  listUnitOptions,
} from './inspections.service.ts';

const idParams = z.object({ id: z.string().min(1).max(64) });
const findingFieldsSchema = findingSchema.omit({ followUps: true });
const date = (value: string | null) => (value ? formatVietnameseDate(value) : null);
const tags = ['inspections'];

/** Inspections (kiểm tra), their findings, and the follow-ups those ask for (SPEC §4, plan II.4 and IV.2). */
export const inspectionsRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    '/inspections',
    {
      schema: {
        tags,
        querystring: inspectionListQuerySchema,
        response: { 200: pageSchema(inspectionSummarySchema) },
      },
    },
    async (req) => listInspections(db, actorOf(req), req.query),
  );
  app.get(
    '/inspections/export.xlsx',
    { schema: { tags, querystring: inspectionListQuerySchema.omit({ limit: true, offset: true }) } },
    async (req, reply) =>
      sendXlsx(reply, {
        filename: 'kiem-tra.xlsx',
        sheetName: 'Kiểm tra',
        rows: await exportInspections(db, actorOf(req), req.query),
        columns: [
          { header: 'Nội dung kiểm tra', width: 50, value: (i) => i.subject },
          { header: 'Đơn vị được kiểm tra', width: 28, value: (i) => i.inspectedUnit.name },
          { header: 'Đơn vị kiểm tra', width: 24, value: (i) => i.inspectingUnit.name },
          { header: 'Kế hoạch', width: 16, value: (i) => i.plan.number ?? i.plan.title },
          { header: 'Nhiệm vụ', width: 10, value: (i) => i.task?.code ?? null },
          { header: 'Quyết định số', width: 18, value: (i) => i.decisionNumber },
          { header: 'Dự kiến từ ngày', width: 14, value: (i) => date(i.plannedFrom) },
          { header: 'Đến ngày', width: 14, value: (i) => date(i.plannedTo) },
          { header: 'Ngày kiểm tra', width: 14, value: (i) => date(i.actualDate) },
          { header: 'Trạng thái', width: 14, value: (i) => INSPECTION_STATE_LABELS[i.state].vi },
          { header: 'Kết luận số', width: 18, value: (i) => i.conclusionNumber },
          { header: 'Số nội dung phát hiện', width: 12, value: (i) => i.findingCount },
          { header: 'Việc chưa khắc phục', width: 12, value: (i) => i.openFollowUpCount },
          { header: 'Trong đó quá hạn', width: 12, value: (i) => i.overdueFollowUpCount },
          { header: 'Cập nhật', width: 20, value: (i) => formatVietnamTime(i.updatedAt) },
        ],
      }),
  );
  app.get(
    '/inspections/unit-options',
    {
      schema: {
        tags,
        description: 'Units in the caller’s scope to inspect or to make responsible for a follow-up.',
        querystring: unitOptionQuerySchema,
        response: { 200: z.object({ items: z.array(unitOptionSchema) }) },
      },
    },
    async (req) => listUnitOptions(db, actorOf(req), req.query),
  );
  app.post(
    '/inspections',
    { schema: { tags, body: inspectionCreateSchema, response: { 201: inspectionSchema } } },
    async (req, reply) => reply.status(201).send(await createInspection(db, actorOf(req), req.body)),
  );
  app.get(
    '/inspections/:id',
    { schema: { tags, params: idParams, response: { 200: inspectionSchema } } },
    async (req) => getInspection(db, actorOf(req), req.params.id),
  );
  app.patch(
    '/inspections/:id',
    { schema: { tags, params: idParams, body: inspectionUpdateSchema, response: { 200: inspectionSchema } } },
    async (req) => updateInspection(db, actorOf(req), req.params.id, req.body),
  );
  app.post(
    '/inspections/:id/complete',
    {
      schema: { tags, params: idParams, body: inspectionCompleteSchema, response: { 200: inspectionSchema } },
    },
    async (req) => completeInspection(db, actorOf(req), req.params.id, req.body),
  );
  app.post(
    '/inspections/:id/cancel',
    { schema: { tags, params: idParams, body: inspectionCancelSchema, response: { 200: inspectionSchema } } },
    async (req) => cancelInspection(db, actorOf(req), req.params.id, req.body),
  );

  app.post(
    '/inspections/:id/findings',
    { schema: { tags, params: idParams, body: findingCreateSchema, response: { 201: findingFieldsSchema } } },
    async (req, reply) =>
      reply.status(201).send(await createFinding(db, actorOf(req), req.params.id, req.body)),
  );
  app.patch(
    '/findings/:id',
    { schema: { tags, params: idParams, body: findingUpdateSchema, response: { 200: findingFieldsSchema } } },
    async (req) => updateFinding(db, actorOf(req), req.params.id, req.body),
  );
  app.delete(
    '/findings/:id',
    { schema: { tags, params: idParams, querystring: versionQuerySchema } },
    async (req, reply) => {
      await deleteFinding(db, actorOf(req), req.params.id, req.query.version);
      return reply.status(204).send();
    },
  );

  await app.register(followUpsRoutes, { db });
};
