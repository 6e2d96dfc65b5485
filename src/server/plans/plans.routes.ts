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
import { regimeInputSchema, regimeSchema, regimeUpdateSchema } from '../../domain/plans/regimes.ts';
import type { Db } from '../db/database.ts';
import { actorOf } from '../http/auth.ts';
import { AppError } from '../http/errors.ts';
import { readUploadedFile } from '../http/uploads.ts';
import { allPages, formatVietnamTime, sendXlsx } from '../http/xlsx.ts';
import { listPlanObligations } from './obligations.service.ts';
import { extractPlanText } from './plan-file.ts';
import { parsePlanText } from './plan-import.service.ts';
import { createPlan, getPlan, listPlans, updatePlan } from './plans.service.ts';
import { createRegime, deleteRegime, listRegimes, updateRegime } from './regimes.service.ts';
import { addAssignments, deleteAssignment, updateAssignment, updateTask } from './tasks.service.ts';

const idParams = z.object({ id: z.string().min(1).max(64) });
const FREQUENCY_LABELS = {
  once: 'Một lần',
  monthly: 'Hằng tháng',
  quarterly: 'Hằng quý',
  half_yearly: '6 tháng',
  yearly: 'Hằng năm',
} as const;
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
      const actor = actorOf(req);
      const rows = await allPages((limit, offset) => listPlans(db, actor, { ...req.query, limit, offset }));
      return sendXlsx(reply, {
        filename: 'ke-hoach.xlsx',
        sheetName: 'Kế hoạch',
        rows,
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

  app.get(
    '/plans/:id/regimes',
    {
      schema: {
        tags: ['plans'],
        description: 'The reporting regimes (chế độ báo cáo) of a plan and its tasks.',
        params: idParams,
        response: { 200: z.object({ items: z.array(regimeSchema) }) },
      },
    },
    async (req) => ({ items: await listRegimes(db, actorOf(req), req.params.id) }),
  );

  app.get(
    '/plans/:id/regimes.xlsx',
    { schema: { tags: ['plans'], params: idParams } },
    async (req, reply) => {
      const regimes = await listRegimes(db, actorOf(req), req.params.id);
      return sendXlsx(reply, {
        filename: 'che-do-bao-cao.xlsx',
        sheetName: 'Chế độ báo cáo',
        rows: (async function* () {
          yield* regimes;
        })(),
        columns: [
          { header: 'Tên báo cáo', width: 50, value: (r) => r.title },
          { header: 'Nhiệm vụ', width: 10, value: (r) => r.task?.code ?? 'Cả kế hoạch' },
          { header: 'Nội dung', width: 50, value: (r) => r.content },
          { header: 'Đơn vị báo cáo', width: 40, value: (r) => r.reportersText },
          { header: 'Nơi nhận', width: 30, value: (r) => r.receiverText },
          { header: 'Phương thức gửi', width: 20, value: (r) => r.method },
          { header: 'Tần suất', width: 14, value: (r) => FREQUENCY_LABELS[r.frequency] },
          { header: 'Thời gian chốt số liệu', width: 40, value: (r) => r.cutoffText },
          { header: 'Thời hạn gửi (đơn vị)', width: 30, value: (r) => r.unitDeadlineText },
          {
            header: 'Thời hạn tổng hợp, báo cáo cấp trên',
            width: 40,
            value: (r) => r.consolidationDeadlineText,
          },
          { header: 'Đề cương', width: 40, value: (r) => r.outline },
          { header: 'Biểu mẫu', width: 30, value: (r) => r.dataForm },
        ],
      });
    },
  );

  app.post(
    '/plans/:id/regimes',
    {
      schema: { tags: ['plans'], params: idParams, body: regimeInputSchema, response: { 201: regimeSchema } },
    },
    async (req, reply) =>
      reply.status(201).send(await createRegime(db, actorOf(req), req.params.id, req.body)),
  );

  app.patch(
    '/regimes/:id',
    {
      schema: {
        tags: ['plans'],
        params: idParams,
        body: regimeUpdateSchema,
        response: { 200: regimeSchema },
      },
    },
    async (req) => updateRegime(db, actorOf(req), req.params.id, req.body),
  );

  app.delete(
    '/regimes/:id',
    {
      schema: {
        tags: ['plans'],
        params: idParams,
        querystring: z.object({ version: z.coerce.number().int().min(1) }),
      },
    },
    async (req, reply) => {
      await deleteRegime(db, actorOf(req), req.params.id, req.query.version);
      return reply.status(204).send();
    },
  );
};
