import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { formatVietnameseDate } from '../../domain/common/dates.ts';
import { pageSchema } from '../../domain/common/pagination.ts';
import {
  DIFFICULTY_STATE_LABELS,
  difficultyAnswerSchema,
  difficultyCloseSchema,
  difficultyDetailSchema,
  difficultyListQuerySchema,
  difficultyReopenSchema,
  difficultySchema,
} from '../../domain/difficulties/difficulties.schemas.ts';
import type { Db } from '../db/database.ts';
import { actorOf } from '../http/auth.ts';
import { formatVietnamTime, sendXlsx } from '../http/xlsx.ts';
import {
  answerDifficulty,
  closeDifficulty,
  exportDifficulties,
  getDifficulty,
  listDifficulties,
  reopenDifficulty,
} from './difficulties.service.ts';

const idParams = z.object({ id: z.string().min(1).max(64) });
const time = (iso: string | null) => (iso ? formatVietnamTime(iso) : null);

export const difficultiesRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    '/difficulties',
    {
      schema: {
        tags: ['difficulties'],
        description:
          'The register of difficulties (khó khăn, vướng mắc) raised in submitted reports, in the user’s scope.',
        querystring: difficultyListQuerySchema,
        response: { 200: pageSchema(difficultySchema) },
      },
    },
    async (req) => listDifficulties(db, actorOf(req), req.query),
  );

  app.get(
    '/difficulties/export.xlsx',
    {
      schema: {
        tags: ['difficulties'],
        querystring: difficultyListQuerySchema.omit({ limit: true, offset: true }),
      },
    },
    async (req, reply) =>
      sendXlsx(reply, {
        filename: 'kho-khan-vuong-mac.xlsx',
        sheetName: 'Khó khăn, vướng mắc',
        rows: exportDifficulties(db, actorOf(req), req.query),
        columns: [
          { header: 'Kế hoạch', width: 16, value: (d) => d.plan.number ?? d.plan.title },
          { header: 'Nhiệm vụ', width: 10, value: (d) => d.task.code },
          { header: 'Tên nhiệm vụ', width: 40, value: (d) => d.task.title },
          { header: 'Đơn vị', width: 30, value: (d) => d.unit.name },
          { header: 'Kỳ báo cáo', width: 16, value: (d) => d.period.label },
          { header: 'Hạn báo cáo', width: 13, value: (d) => formatVietnameseDate(d.period.dueDate) },
          { header: 'Khó khăn, vướng mắc', width: 60, value: (d) => d.text },
          { header: 'Ngày nêu', width: 20, value: (d) => time(d.raisedAt) },
          { header: 'Trạng thái', width: 16, value: (d) => DIFFICULTY_STATE_LABELS[d.state].vi },
          { header: 'Trả lời, chỉ đạo', width: 60, value: (d) => d.answer },
          { header: 'Người trả lời', width: 28, value: (d) => d.answeredBy?.displayName ?? null },
          { header: 'Ngày trả lời', width: 20, value: (d) => time(d.answeredAt) },
          { header: 'Người đóng', width: 28, value: (d) => d.closedBy?.displayName ?? null },
          { header: 'Ngày đóng', width: 20, value: (d) => time(d.closedAt) },
          { header: 'Ghi chú khi đóng', width: 40, value: (d) => d.closeNote },
        ],
      }),
  );

  app.get(
    '/difficulties/:id',
    {
      schema: {
        tags: ['difficulties'],
        description: 'One difficulty with every step after it was raised (answered, closed, reopened).',
        params: idParams,
        response: { 200: difficultyDetailSchema },
      },
    },
    async (req) => getDifficulty(db, actorOf(req), req.params.id),
  );

  app.post(
    '/difficulties/:id/answer',
    {
      schema: {
        tags: ['difficulties'],
        description:
          'The answer or direction (chỉ đạo) of a coordinator or administrator whose scope holds the unit.',
        params: idParams,
        body: difficultyAnswerSchema,
        response: { 200: difficultyDetailSchema },
      },
    },
    async (req) => answerDifficulty(db, actorOf(req), req.params.id, req.body),
  );

  app.post(
    '/difficulties/:id/close',
    {
      schema: {
        tags: ['difficulties'],
        description: 'Closed as solved: by the coordinator, or by the unit that raised it.',
        params: idParams,
        body: difficultyCloseSchema,
        response: { 200: difficultyDetailSchema },
      },
    },
    async (req) => closeDifficulty(db, actorOf(req), req.params.id, req.body),
  );

  app.post(
    '/difficulties/:id/reopen',
    {
      schema: {
        tags: ['difficulties'],
        description: 'Back to open (not solved, or the answer did not settle it), with an optional note.',
        params: idParams,
        body: difficultyReopenSchema,
        response: { 200: difficultyDetailSchema },
      },
    },
    async (req) => reopenDifficulty(db, actorOf(req), req.params.id, req.body),
  );
};
