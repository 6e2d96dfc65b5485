import path from 'node:path';
import { PassThrough } from 'node:stream';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { formatVietnameseDate } from '../../domain/common/dates.ts';
import { pageSchema } from '../../domain/common/pagination.ts';
import {
  indicatorCreateSchema,
  indicatorUpdateSchema,
  indicatorSchema,
  periodGenerateSchema,
  periodListQuerySchema,
  periodSummarySchema,
  REPORT_STATUS_LABELS,
  reportActionSchema,
  reportFileSchema,
  reportReturnSchema,
  reportSaveSchema,
  reportSchema,
} from '../../domain/reports/reports.schemas.ts';
import {
  type Dashboard,
  dashboardQuerySchema,
  dashboardSchema,
} from '../../domain/reports/dashboard.schemas.ts';
import type { Db } from '../db/database.ts';
import { actorOf } from '../http/auth.ts';
import { readUploadedFile } from '../http/uploads.ts';
import { allPages, formatVietnamTime, sendXlsx } from '../http/xlsx.ts';
import { buildConsolidation } from './consolidation.service.ts';
import { streamConsolidationDocx } from './consolidation-docx.ts';
import { writeConsolidationXlsx } from './consolidation-xlsx.ts';
import { getDashboardBody } from './dashboard.service.ts';
import { createIndicator, deleteIndicator, listIndicators, updateIndicator } from './indicators.service.ts';
import { generatePeriods } from './periods.service.ts';
import { addReportFile, deleteReportFile, readReportFile } from './report-files.service.ts';
import {
  acceptReport,
  getPeriodReport,
  listPeriods,
  returnReport,
  saveReport,
  submitReport,
} from './reports.service.ts';

const idParams = z.object({ id: z.string().min(1).max(64) });

export const reportsRoutes: FastifyPluginAsyncZod<{ db: Db; dataDir: string }> = async (
  app,
  { db, dataDir },
) => {
  const filesDir = path.join(dataDir, 'files');

  app.get(
    '/periods',
    {
      schema: {
        tags: ['reports'],
        querystring: periodListQuerySchema,
        response: { 200: pageSchema(periodSummarySchema) },
      },
    },
    async (req) => listPeriods(db, actorOf(req), req.query),
  );
  app.get(
    '/periods/export.xlsx',
    { schema: { tags: ['reports'], querystring: periodListQuerySchema.omit({ limit: true, offset: true }) } },
    async (req, reply) => {
      const actor = actorOf(req);
      // Page by page, so that a province's whole year never sits in memory at once.
      const rows = await allPages((limit, offset) => listPeriods(db, actor, { ...req.query, limit, offset }));
      return sendXlsx(reply, {
        filename: 'ky-bao-cao.xlsx',
        sheetName: 'Kỳ báo cáo',
        rows,
        columns: [
          { header: 'Kế hoạch', width: 16, value: (p) => p.planNumber },
          { header: 'Nhiệm vụ', width: 10, value: (p) => p.taskCode },
          { header: 'Tên nhiệm vụ', width: 50, value: (p) => p.taskTitle },
          { header: 'Đơn vị', width: 32, value: (p) => p.unit.name },
          { header: 'Vai trò', width: 10, value: (p) => (p.role === 'lead' ? 'Chủ trì' : 'Phối hợp') },
          { header: 'Kỳ báo cáo', width: 22, value: (p) => p.label },
          { header: 'Hạn báo cáo', width: 14, value: (p) => formatVietnameseDate(p.dueDate) },
          { header: 'Trạng thái', width: 16, value: (p) => REPORT_STATUS_LABELS[p.status].vi },
          { header: 'Tiến độ (%)', width: 12, value: (p) => p.progress },
          { header: 'Quá hạn', width: 10, value: (p) => (p.isLate ? 'Quá hạn' : '') },
          {
            header: 'Ngày gửi',
            width: 20,
            value: (p) => (p.submittedAt ? formatVietnamTime(p.submittedAt) : null),
          },
        ],
      });
    },
  );
  app.post(
    '/plans/:id/periods',
    {
      schema: {
        tags: ['reports'],
        params: idParams,
        body: periodGenerateSchema,
        response: { 200: z.object({ created: z.number().int() }) },
      },
    },
    async (req) => generatePeriods(db, actorOf(req), req.params.id, req.body.until),
  );
  app.get(
    '/periods/:id/report',
    { schema: { tags: ['reports'], params: idParams, response: { 200: reportSchema } } },
    async (req) => getPeriodReport(db, actorOf(req), req.params.id),
  );
  app.put(
    '/periods/:id/report',
    {
      schema: {
        tags: ['reports'],
        params: idParams,
        body: reportSaveSchema,
        response: { 200: reportSchema },
      },
    },
    async (req) => saveReport(db, actorOf(req), req.params.id, req.body),
  );
  app.post(
    '/reports/:id/submit',
    {
      schema: {
        tags: ['reports'],
        params: idParams,
        body: reportActionSchema,
        response: { 200: reportSchema },
      },
    },
    async (req) => submitReport(db, actorOf(req), req.params.id, req.body.version),
  );
  app.post(
    '/reports/:id/return',
    {
      schema: {
        tags: ['reports'],
        params: idParams,
        body: reportReturnSchema,
        response: { 200: reportSchema },
      },
    },
    async (req) => returnReport(db, actorOf(req), req.params.id, req.body.version, req.body.comment),
  );
  app.post(
    '/reports/:id/accept',
    {
      schema: {
        tags: ['reports'],
        params: idParams,
        body: reportActionSchema,
        response: { 200: reportSchema },
      },
    },
    async (req) => acceptReport(db, actorOf(req), req.params.id, req.body.version),
  );

  app.post(
    '/reports/:id/files',
    {
      schema: {
        tags: ['reports'],
        params: idParams,
        description: 'multipart, one `file`',
        response: { 201: reportFileSchema },
      },
    },
    async (req, reply) =>
      reply
        .status(201)
        .send(await addReportFile(db, actorOf(req), filesDir, req.params.id, await readUploadedFile(req))),
  );
  app.get('/files/:id', { schema: { tags: ['reports'], params: idParams } }, async (req, reply) => {
    const { file, data } = await readReportFile(db, actorOf(req), filesDir, req.params.id);
    return reply
      .header('content-type', file.contentType)
      .header(
        'content-disposition',
        `attachment; filename="${file.filename.replace(/[^\x20-\x7e]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(file.filename)}`,
      )
      .send(data);
  });
  app.delete('/files/:id', { schema: { tags: ['reports'], params: idParams } }, async (req, reply) => {
    await deleteReportFile(db, actorOf(req), filesDir, req.params.id);
    return reply.status(204).send();
  });

  app.get(
    '/tasks/:id/indicators',
    {
      schema: {
        tags: ['reports'],
        params: idParams,
        response: { 200: z.object({ items: z.array(indicatorSchema) }) },
      },
    },
    async (req) => listIndicators(db, actorOf(req), req.params.id),
  );
  app.post(
    '/tasks/:id/indicators',
    {
      schema: {
        tags: ['reports'],
        params: idParams,
        body: indicatorCreateSchema,
        response: { 201: indicatorSchema },
      },
    },
    async (req, reply) =>
      reply.status(201).send(await createIndicator(db, actorOf(req), req.params.id, req.body)),
  );

  app.patch(
    '/indicators/:id',
    {
      schema: {
        tags: ['reports'],
        params: idParams,
        body: indicatorUpdateSchema,
        response: { 200: indicatorSchema },
      },
    },
    async (req) => updateIndicator(db, actorOf(req), req.params.id, req.body),
  );
  app.delete('/indicators/:id', { schema: { tags: ['reports'], params: idParams } }, async (req, reply) => {
    await deleteIndicator(db, actorOf(req), req.params.id);
    return reply.status(204).send();
  });

  app.get(
    '/dashboard',
    { schema: { tags: ['reports'], querystring: dashboardQuerySchema, response: { 200: dashboardSchema } } },
    async (req, reply) => {
      // Already serialised through dashboardSchema (and kept a few seconds): sent as it is.
      const body = await getDashboardBody(db, actorOf(req), req.query);
      const gzip = /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
      void reply.header('vary', 'accept-encoding').type('application/json; charset=utf-8');
      if (gzip) void reply.header('content-encoding', 'gzip');
      // The schema stays for the API docs; Fastify sends a Buffer without serialising it again.
      return reply.send((gzip ? body.gzip() : body.json) as unknown as Dashboard);
    },
  );

  const consolidationQuery = z.object({
    from: z.iso.date().optional(),
    to: z.iso.date().optional(),
    signerAuthority: z.string().trim().max(100).optional(),
    signerName: z.string().trim().max(100).optional(),
  });
  const attachment = (name: string) => `attachment; filename="${name}"`;
  app.get(
    '/plans/:id/consolidation',
    { schema: { tags: ['reports'], params: idParams, querystring: consolidationQuery } },
    async (req) => buildConsolidation(db, actorOf(req), req.params.id, req.query),
  );
  app.get(
    '/plans/:id/consolidation.docx',
    { schema: { tags: ['reports'], params: idParams, querystring: consolidationQuery } },
    async (req, reply) => {
      const report = await buildConsolidation(db, actorOf(req), req.params.id, req.query);
      return reply
        .header('content-type', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document')
        .header('content-disposition', attachment(`bao-cao-tong-hop-${report.period.to}.docx`))
        .send(streamConsolidationDocx(report));
    },
  );
  app.get(
    '/plans/:id/consolidation.xlsx',
    { schema: { tags: ['reports'], params: idParams, querystring: consolidationQuery } },
    async (req, reply) => {
      const report = await buildConsolidation(db, actorOf(req), req.params.id, req.query);
      const stream = new PassThrough();
      writeConsolidationXlsx(report, stream).catch((err: unknown) =>
        stream.destroy(err instanceof Error ? err : new Error(String(err))),
      );
      return reply
        .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', attachment(`bao-cao-tong-hop-${report.period.to}.xlsx`))
        .send(stream);
    },
  );
};
