import { PassThrough, Readable } from 'node:stream';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { formatVietnameseDate } from '../../domain/common/dates.ts';
import { pageSchema } from '../../domain/common/pagination.ts';
import { CAMPAIGN_STATE_LABELS } from '../../domain/legal/constants.ts';
import { legalDocumentListQuerySchema, legalDocumentSchema } from '../../domain/legal/documents.schemas.ts';
import {
  campaignCreateSchema,
  campaignExportQuerySchema,
  campaignListQuerySchema,
  campaignSchema,
  campaignSummarySchema,
  campaignUnitListQuerySchema,
  campaignUnitSchema,
  campaignUpdateSchema,
  findingInputSchema,
  findingListQuerySchema,
  findingSchema,
  findingUpdateSchema,
  nothingFoundSchema,
} from '../../domain/legal/reviews.schemas.ts';
import type { Db } from '../db/database.ts';
import { actorOf } from '../http/auth.ts';
import { attachmentHeader } from '../http/file-store.ts';
import { allPages, sendXlsx } from '../http/xlsx.ts';
import {
  createFinding,
  deleteFinding,
  listFindings,
  setNothingFound,
  updateFinding,
} from './findings.service.ts';
import { buildReviewConsolidation } from './review-consolidation.service.ts';
import { writeReviewDocx } from './review-docx.ts';
import { writeReviewXlsx } from './review-xlsx.ts';
import {
  createCampaign,
  getCampaign,
  listCampaignDocuments,
  listCampaignUnits,
  listCampaigns,
  updateCampaign,
} from './reviews.service.ts';

const id = z.string().min(1).max(64);
const idParams = z.object({ id });
const unitParams = z.object({ id, unitId: id });
const tags = ['legal'];

export const reviewsRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    '/review-campaigns',
    {
      schema: {
        tags,
        querystring: campaignListQuerySchema,
        response: { 200: pageSchema(campaignSummarySchema) },
      },
    },
    async (req) => listCampaigns(db, actorOf(req), req.query),
  );
  app.get(
    '/review-campaigns/export.xlsx',
    { schema: { tags, querystring: campaignListQuerySchema.omit({ limit: true, offset: true }) } },
    async (req, reply) => {
      const actor = actorOf(req);
      const rows = await allPages((limit, offset) =>
        listCampaigns(db, actor, { ...req.query, limit, offset }),
      );
      return sendXlsx(reply, {
        filename: 'dot-ra-soat.xlsx',
        sheetName: 'Đợt rà soát',
        rows,
        columns: [
          { header: 'Đợt rà soát', width: 60, value: (c) => c.title },
          { header: 'Đơn vị tổng hợp', width: 22, value: (c) => c.ownerUnit.name },
          { header: 'Kế hoạch', width: 14, value: (c) => c.plan?.number ?? null },
          { header: 'Nhiệm vụ', width: 10, value: (c) => c.task?.code ?? null },
          { header: 'Hạn đơn vị báo cáo', width: 16, value: (c) => formatVietnameseDate(c.unitDeadline) },
          { header: 'Hạn tổng hợp', width: 14, value: (c) => formatVietnameseDate(c.consolidationDeadline) },
          { header: 'Số đơn vị', width: 10, value: (c) => c.counts.units },
          { header: 'Đã trả lời', width: 10, value: (c) => c.counts.answered + c.counts.nothingFound },
          { header: 'Chưa trả lời', width: 12, value: (c) => c.counts.pending },
          { header: 'Số kết quả', width: 10, value: (c) => c.counts.findings },
          { header: 'Tình trạng', width: 14, value: (c) => CAMPAIGN_STATE_LABELS[c.state].vi },
        ],
      });
    },
  );
  app.post(
    '/review-campaigns',
    { schema: { tags, body: campaignCreateSchema, response: { 201: campaignSchema } } },
    async (req, reply) => reply.status(201).send(await createCampaign(db, actorOf(req), req.body)),
  );
  app.get(
    '/review-campaigns/:id',
    { schema: { tags, params: idParams, response: { 200: campaignSchema } } },
    async (req) => getCampaign(db, actorOf(req), req.params.id),
  );
  app.patch(
    '/review-campaigns/:id',
    { schema: { tags, params: idParams, body: campaignUpdateSchema, response: { 200: campaignSchema } } },
    async (req) => updateCampaign(db, actorOf(req), req.params.id, req.body),
  );
  app.get(
    '/review-campaigns/:id/units',
    {
      schema: {
        tags,
        params: idParams,
        querystring: campaignUnitListQuerySchema,
        response: { 200: z.object({ items: z.array(campaignUnitSchema) }) },
      },
    },
    async (req) => listCampaignUnits(db, actorOf(req), req.params.id, req.query),
  );
  app.get(
    '/review-campaigns/:id/documents',
    {
      schema: {
        tags,
        params: idParams,
        querystring: legalDocumentListQuerySchema,
        response: { 200: pageSchema(legalDocumentSchema) },
      },
    },
    async (req) => listCampaignDocuments(db, actorOf(req), req.params.id, req.query),
  );
  app.get(
    '/review-campaigns/:id/findings',
    {
      schema: {
        tags,
        params: idParams,
        querystring: findingListQuerySchema,
        response: { 200: pageSchema(findingSchema) },
      },
    },
    async (req) => listFindings(db, actorOf(req), req.params.id, req.query),
  );
  app.post(
    '/review-campaigns/:id/units/:unitId/findings',
    { schema: { tags, params: unitParams, body: findingInputSchema, response: { 201: findingSchema } } },
    async (req, reply) =>
      reply
        .status(201)
        .send(await createFinding(db, actorOf(req), req.params.id, req.params.unitId, req.body)),
  );
  app.put(
    '/review-campaigns/:id/units/:unitId/nothing-found',
    { schema: { tags, params: unitParams, body: nothingFoundSchema } },
    async (req, reply) => {
      await setNothingFound(db, actorOf(req), req.params.id, req.params.unitId, req.body);
      return reply.status(204).send();
    },
  );
  app.delete(
    '/review-campaigns/:id/units/:unitId/nothing-found',
    { schema: { tags, params: unitParams } },
    async (req, reply) => {
      await setNothingFound(db, actorOf(req), req.params.id, req.params.unitId, null);
      return reply.status(204).send();
    },
  );
  app.patch(
    '/review-findings/:id',
    { schema: { tags, params: idParams, body: findingUpdateSchema, response: { 200: findingSchema } } },
    async (req) => updateFinding(db, actorOf(req), req.params.id, req.body),
  );
  app.delete('/review-findings/:id', { schema: { tags, params: idParams } }, async (req, reply) => {
    await deleteFinding(db, actorOf(req), req.params.id);
    return reply.status(204).send();
  });

  app.get(
    '/review-campaigns/:id/consolidation.docx',
    { schema: { tags, params: idParams, querystring: campaignExportQuerySchema } },
    async (req, reply) => {
      const report = await buildReviewConsolidation(db, actorOf(req), req.params.id, req.query);
      const bytes = await writeReviewDocx(report);
      return reply
        .header('content-type', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document')
        .header('content-disposition', attachmentHeader(`tong-hop-ra-soat-${report.date}.docx`))
        .send(Readable.from([bytes]));
    },
  );
  app.get(
    '/review-campaigns/:id/consolidation.xlsx',
    { schema: { tags, params: idParams, querystring: campaignExportQuerySchema } },
    async (req, reply) => {
      const report = await buildReviewConsolidation(db, actorOf(req), req.params.id, req.query);
      const stream = new PassThrough();
      writeReviewXlsx(report, stream).catch((err: unknown) =>
        stream.destroy(err instanceof Error ? err : new Error(String(err))),
      );
      return reply
        .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', attachmentHeader(`tong-hop-ra-soat-${report.date}.xlsx`))
        .send(stream);
    },
  );
};
