import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { formatVietnameseDate } from '../../domain/common/dates.ts';
import { pageSchema } from '../../domain/common/pagination.ts';
import {
  assignmentCreateSchema,
  assignmentSchema,
  assignmentUpdateSchema,
  obligationQuerySchema,
  obligationSchema,
  planCreateSchema,
  planListQuerySchema,
  planParseBodySchema,
  planParseResultSchema,
  planSchema,
  planSummarySchema,
  planUpdateSchema,
  taskSchema,
  taskUpdateSchema,
} from '../../domain/plans/plan-api.schemas.ts';
import type { Db } from '../db/database.ts';
import { actorOf } from '../http/auth.ts';
import { AppError } from '../http/errors.ts';
import { readUploadedFile } from '../http/uploads.ts';
import { formatVietnamTime, sendXlsx } from '../http/xlsx.ts';
import { listPlanObligations } from './obligations.service.ts';
import { extractPlanText } from './plan-file.ts';
import { parsePlanText } from './plan-import.service.ts';
import { createPlan, getPlan, listPlans, updatePlan } from './plans.service.ts';
import { addAssignments, deleteAssignment, updateAssignment, updateTask } from './tasks.service.ts';

const idParams = z.object({ id: z.string().min(1).max(64) });
const STATUS_LABELS = { draft: 'Dự thảo', active: 'Đang thực hiện', closed: 'Đã kết thúc' } as const;

export const plansRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.post(
    '/plans/parse',
    {
      schema: {
        tags: ['plans'],
        description:
          'JSON `{text}`, or multipart with one `file` (.docx, .md, .txt). Returns the draft to review.',
        response: { 200: planParseResultSchema },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      let text: string;
      if (req.isMultipart()) {
        text = await extractPlanText(await readUploadedFile(req));
      } else {
        const body = planParseBodySchema.safeParse(req.body);
        if (!body.success) {
          throw new AppError(
            'VALIDATION_FAILED',
            undefined,
            body.error.issues.map((i) => ({ path: `/${i.path.join('/')}`, message: i.message })),
          );
        }
        text = body.data.text;
      }
      return parsePlanText(db, actor, text);
    },
  );

  app.get(
    '/plans',
    {
      schema: {
        tags: ['plans'],
        querystring: planListQuerySchema,
        response: { 200: pageSchema(planSummarySchema) },
      },
    },
    async (req) => listPlans(db, actorOf(req), req.query),
  );

  app.get(
    '/plans/export.xlsx',
    { schema: { tags: ['plans'], querystring: planListQuerySchema.omit({ limit: true, offset: true }) } },
    async (req, reply) => {
      const { items } = await listPlans(db, actorOf(req), { ...req.query, limit: 500, offset: 0 });
      return sendXlsx(reply, {
        filename: 'ke-hoach.xlsx',
        sheetName: 'Kế hoạch',
        rows: (async function* () {
          yield* items;
        })(),
        columns: [
          { header: 'Số, ký hiệu', width: 18, value: (p) => p.number },
          { header: 'Tên kế hoạch', width: 60, value: (p) => p.title },
          { header: 'Cơ quan ban hành', width: 28, value: (p) => p.issuer },
          {
            header: 'Ngày ban hành',
            width: 14,
            value: (p) => (p.date ? formatVietnameseDate(p.date) : null),
          },
          { header: 'Trạng thái', width: 16, value: (p) => STATUS_LABELS[p.status] },
          { header: 'Số nhiệm vụ', width: 12, value: (p) => p.taskCount },
          { header: 'Cập nhật', width: 20, value: (p) => formatVietnamTime(p.updatedAt) },
        ],
      });
    },
  );

  app.post(
    '/plans',
    { schema: { tags: ['plans'], body: planCreateSchema, response: { 201: planSchema } } },
    async (req, reply) => reply.status(201).send(await createPlan(db, actorOf(req), req.body)),
  );

  app.get(
    '/plans/:id',
    { schema: { tags: ['plans'], params: idParams, response: { 200: planSchema } } },
    async (req) => getPlan(db, actorOf(req), req.params.id),
  );

  app.patch(
    '/plans/:id',
    { schema: { tags: ['plans'], params: idParams, body: planUpdateSchema, response: { 200: planSchema } } },
    async (req) => updatePlan(db, actorOf(req), req.params.id, req.body),
  );

  app.get(
    '/plans/:id/obligations',
    {
      schema: {
        tags: ['plans'],
        params: idParams,
        querystring: obligationQuerySchema,
        response: { 200: z.object({ items: z.array(obligationSchema) }) },
      },
    },
    async (req) => listPlanObligations(db, actorOf(req), req.params.id, req.query),
  );

  app.patch(
    '/tasks/:id',
    { schema: { tags: ['plans'], params: idParams, body: taskUpdateSchema, response: { 200: taskSchema } } },
    async (req) => updateTask(db, actorOf(req), req.params.id, req.body),
  );

  app.post(
    '/tasks/:id/assignments',
    {
      schema: {
        tags: ['plans'],
        params: idParams,
        body: assignmentCreateSchema,
        response: { 201: z.object({ items: z.array(assignmentSchema) }) },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await addAssignments(db, actorOf(req), req.params.id, req.body)),
  );

  app.patch(
    '/assignments/:id',
    {
      schema: {
        tags: ['plans'],
        params: idParams,
        body: assignmentUpdateSchema,
        response: { 200: assignmentSchema },
      },
    },
    async (req) => updateAssignment(db, actorOf(req), req.params.id, req.body),
  );

  app.delete('/assignments/:id', { schema: { tags: ['plans'], params: idParams } }, async (req, reply) => {
    await deleteAssignment(db, actorOf(req), req.params.id);
    return reply.status(204).send();
  });
};
