import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { pageSchema } from '../../domain/common/pagination.ts';
import {
  lateStepSchema,
  lateStepsQuerySchema,
  procedureCreateSchema,
  procedureFormSchema,
  procedureListQuerySchema,
  procedurePersonInputSchema,
  procedurePersonUpdateSchema,
  procedureSchema,
  procedureStepUpdateSchema,
  procedureSummarySchema,
  procedureUpdateSchema,
} from '../../domain/force/force-api.schemas.ts';
import { PROCEDURE_KIND_LABELS } from '../../domain/force/procedure-steps.ts';
import { formatVietnameseDate } from '../../domain/common/dates.ts';
import type { Db } from '../db/database.ts';
import { actorOf } from '../http/auth.ts';
import { allPages, sendXlsx } from '../http/xlsx.ts';
import { generateProcedureForm } from './procedure-forms.ts';
import {
  addProcedurePerson,
  createProcedure,
  getProcedure,
  listLateSteps,
  listProcedures,
  updateProcedure,
  updateProcedurePerson,
  updateProcedureStep,
} from './procedures.service.ts';

const idParams = z.object({ id: z.string().min(1).max(64) });
const STATUS_VI = { open: 'Đang thực hiện', done: 'Đã xong', cancelled: 'Đã hủy' } as const;
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export const proceduresRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    '/procedures',
    {
      schema: {
        tags: ['force'],
        querystring: procedureListQuerySchema,
        response: { 200: pageSchema(procedureSummarySchema) },
      },
    },
    async (req) => listProcedures(db, actorOf(req), req.query),
  );
  app.get(
    '/procedures/export.xlsx',
    {
      schema: { tags: ['force'], querystring: procedureListQuerySchema.omit({ limit: true, offset: true }) },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      const rows = await allPages((limit, offset) =>
        listProcedures(db, actor, { ...req.query, limit, offset }),
      );
      const date = (d: string | null | undefined) => (d ? formatVietnameseDate(d) : null);
      return sendXlsx(reply, {
        filename: 'thu-tuc-luc-luong.xlsx',
        sheetName: 'Thủ tục',
        rows,
        columns: [
          { header: 'Xã, phường, thị trấn', width: 24, value: (p) => p.unit.name },
          { header: 'Thủ tục', width: 28, value: (p) => PROCEDURE_KIND_LABELS[p.kind].vi },
          { header: 'Tên', width: 50, value: (p) => p.title },
          { header: 'Bắt đầu', width: 12, value: (p) => date(p.startedOn) },
          { header: 'Trạng thái', width: 16, value: (p) => STATUS_VI[p.status] },
          { header: 'Bước tiếp theo', width: 50, value: (p) => p.nextStep?.title ?? null },
          { header: 'Hạn', width: 12, value: (p) => date(p.nextStep?.dueDate) },
          { header: 'Số bước trễ hạn', width: 10, value: (p) => p.lateSteps },
          { header: 'Số người', width: 10, value: (p) => p.personCount },
        ],
      });
    },
  );
  app.get(
    '/procedures/late-steps',
    {
      schema: {
        tags: ['force'],
        description:
          'Steps past their due date (working days) in open procedures, in scope: the dashboard list.',
        querystring: lateStepsQuerySchema,
        response: { 200: z.object({ items: z.array(lateStepSchema) }) },
      },
    },
    async (req) => listLateSteps(db, actorOf(req), req.query.unitId),
  );
  app.post(
    '/procedures',
    { schema: { tags: ['force'], body: procedureCreateSchema, response: { 201: procedureSchema } } },
    async (req, reply) => reply.status(201).send(await createProcedure(db, actorOf(req), req.body)),
  );
  app.get(
    '/procedures/:id',
    { schema: { tags: ['force'], params: idParams, response: { 200: procedureSchema } } },
    async (req) => getProcedure(db, actorOf(req), req.params.id),
  );
  app.patch(
    '/procedures/:id',
    {
      schema: {
        tags: ['force'],
        params: idParams,
        body: procedureUpdateSchema,
        response: { 200: procedureSchema },
      },
    },
    async (req) => updateProcedure(db, actorOf(req), req.params.id, req.body),
  );
  app.patch(
    '/procedures/:id/steps/:key',
    {
      schema: {
        tags: ['force'],
        description:
          'Marks a step done (doneOn) or reopens it (null). `decision_signed` applies the decision to the register.',
        params: idParams.extend({ key: z.string().min(1).max(64) }),
        body: procedureStepUpdateSchema,
        response: { 200: procedureSchema },
      },
    },
    async (req) => updateProcedureStep(db, actorOf(req), req.params.id, req.params.key, req.body),
  );
  app.post(
    '/procedures/:id/persons',
    {
      schema: {
        tags: ['force'],
        params: idParams,
        body: procedurePersonInputSchema,
        response: { 201: procedureSchema },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await addProcedurePerson(db, actorOf(req), req.params.id, req.body)),
  );
  app.patch(
    '/procedures/:id/persons/:personId',
    {
      schema: {
        tags: ['force'],
        params: idParams.extend({ personId: z.string().min(1).max(64) }),
        body: procedurePersonUpdateSchema,
        response: { 200: procedureSchema },
      },
    },
    async (req) => updateProcedurePerson(db, actorOf(req), req.params.id, req.params.personId, req.body),
  );
  app.get(
    '/procedures/:id/forms/:form',
    {
      schema: {
        tags: ['force'],
        description:
          'The form as .docx (mau-01 needs ?personId=); audit-logged, as it prints whole CCCD numbers.',
        params: idParams.extend({ form: procedureFormSchema }),
        querystring: z.object({ personId: z.string().min(1).max(64).optional() }),
      },
    },
    async (req, reply) => {
      const { data, filename } = await generateProcedureForm(
        db,
        actorOf(req),
        req.params.id,
        req.params.form,
        req.query.personId,
      );
      return reply
        .header('content-type', DOCX)
        .header('content-disposition', `attachment; filename="${filename}"`)
        .send(data);
    },
  );
};
