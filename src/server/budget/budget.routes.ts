import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  BUDGET_KIND_LABELS,
  BUDGET_ORIGIN_LABELS,
  BUDGET_SOURCE_LABELS,
  type BudgetSummaryRow,
  budgetEntryDeleteQuerySchema,
  budgetEntryInputSchema,
  budgetEntrySavedSchema,
  budgetEntrySchema,
  budgetEntryUpdateSchema,
  budgetFilterSchema,
  budgetListQuerySchema,
  budgetSummaryQuerySchema,
  budgetSummarySchema,
  budgetTaskSummarySchema,
} from '../../domain/budget/budget.schemas.ts';
import { BUDGET_WARNING_TEXT } from '../../domain/budget/budget-rules.ts';
import { formatVietnameseDate } from '../../domain/common/dates.ts';
import { pageSchema } from '../../domain/common/pagination.ts';
import type { Db } from '../db/database.ts';
import { actorOf } from '../http/auth.ts';
import { formatVietnamTime, sendXlsx } from '../http/xlsx.ts';
import {
  budgetForTask,
  budgetSummary,
  createBudgetEntry,
  deleteBudgetEntry,
  exportBudgetEntries,
  getBudgetEntry,
  listBudgetEntries,
  updateBudgetEntry,
} from './budget.service.ts';

const idParams = z.object({ id: z.string().min(1).max(64) });
const taskParams = z.object({ taskId: z.string().min(1).max(64) });

type SummaryLine = Omit<BudgetSummaryRow, 'unit'> & { unit: { name: string } | null };

export const budgetRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    '/budget/entries',
    {
      schema: {
        tags: ['budget'],
        description:
          'Budget entries (kinh phí: dự toán, phân bổ, chi, quyết toán) of the units in the user’s scope.',
        querystring: budgetListQuerySchema,
        response: { 200: pageSchema(budgetEntrySchema) },
      },
    },
    async (req) => listBudgetEntries(db, actorOf(req), req.query),
  );

  app.get(
    '/budget/entries/export.xlsx',
    { schema: { tags: ['budget'], querystring: budgetFilterSchema } },
    async (req, reply) =>
      sendXlsx(reply, {
        filename: 'kinh-phi.xlsx',
        sheetName: 'Kinh phí',
        rows: await exportBudgetEntries(db, actorOf(req), req.query),
        columns: [
          { header: 'Đơn vị', width: 32, value: (e) => e.unit.name },
          { header: 'Năm ngân sách', width: 10, value: (e) => e.fiscalYear },
          { header: 'Loại', width: 14, value: (e) => BUDGET_KIND_LABELS[e.kind].vi },
          { header: 'Nguồn kinh phí', width: 24, value: (e) => BUDGET_SOURCE_LABELS[e.source].vi },
          { header: 'Số tiền (đồng)', width: 18, value: (e) => e.amount },
          { header: 'Ngày', width: 12, value: (e) => formatVietnameseDate(e.entryDate) },
          { header: 'Số quyết định, chứng từ', width: 22, value: (e) => e.documentNumber },
          { header: 'Nhiệm vụ', width: 10, value: (e) => e.task?.code ?? null },
          { header: 'Tên nhiệm vụ', width: 40, value: (e) => e.task?.title ?? null },
          { header: 'Ghi chú', width: 40, value: (e) => e.note },
          { header: 'Nguồn dữ liệu', width: 22, value: (e) => BUDGET_ORIGIN_LABELS[e.origin].vi },
          { header: 'Người nhập', width: 28, value: (e) => e.recordedBy?.displayName ?? null },
          { header: 'Cập nhật lúc', width: 20, value: (e) => formatVietnamTime(e.updatedAt) },
        ],
      }),
  );

  app.get(
    '/budget/entries/:id',
    { schema: { tags: ['budget'], params: idParams, response: { 200: budgetEntrySchema } } },
    async (req) => getBudgetEntry(db, actorOf(req), req.params.id),
  );

  app.post(
    '/budget/entries',
    {
      schema: {
        tags: ['budget'],
        description:
          'Records an entry: a unit for itself, the coordinator or administrator for any unit in scope. The answer carries the warnings of the unit’s year (never blocking).',
        body: budgetEntryInputSchema,
        response: { 201: budgetEntrySavedSchema },
      },
    },
    async (req, reply) => reply.status(201).send(await createBudgetEntry(db, actorOf(req), req.body)),
  );

  app.put(
    '/budget/entries/:id',
    {
      schema: {
        tags: ['budget'],
        description: 'Edits an entry typed by hand (a payroll’s spending follows the payroll: 409).',
        params: idParams,
        body: budgetEntryUpdateSchema,
        response: { 200: budgetEntrySavedSchema },
      },
    },
    async (req) => updateBudgetEntry(db, actorOf(req), req.params.id, req.body),
  );

  app.delete(
    '/budget/entries/:id',
    {
      schema: {
        tags: ['budget'],
        description: 'Deletes an entry typed by hand, at the version read.',
        params: idParams,
        querystring: budgetEntryDeleteQuerySchema,
      },
    },
    async (req, reply) => {
      await deleteBudgetEntry(db, actorOf(req), req.params.id, req.query.version);
      return reply.status(204).send();
    },
  );

  app.get(
    '/budget/summary',
    {
      schema: {
        tags: ['budget'],
        description:
          'The province table: estimate, allocation, spending and settlement per unit and source, with totals and percentages.',
        querystring: budgetSummaryQuerySchema,
        response: { 200: budgetSummarySchema },
      },
    },
    async (req) => budgetSummary(db, actorOf(req), req.query),
  );

  app.get(
    '/budget/summary/export.xlsx',
    { schema: { tags: ['budget'], querystring: budgetSummaryQuerySchema } },
    async (req, reply) => {
      const summary = await budgetSummary(db, actorOf(req), req.query);
      const lines: SummaryLine[] = [
        ...summary.rows,
        ...summary.totals.map((total) => ({ ...total, unit: null })),
      ];
      const percent = (value: number | null) => (value === null ? null : value / 100);
      return sendXlsx(reply, {
        filename: `kinh-phi-tong-hop-${summary.fiscalYear}.xlsx`,
        sheetName: `Kinh phí ${summary.fiscalYear}`,
        rows: (async function* () {
          yield* lines;
        })(),
        columns: [
          { header: 'Đơn vị', width: 36, value: (l) => l.unit?.name ?? 'Tổng cộng' },
          {
            header: 'Nguồn kinh phí',
            width: 26,
            value: (l) => (l.source ? BUDGET_SOURCE_LABELS[l.source].vi : 'Cộng các nguồn'),
          },
          { header: 'Dự toán (đồng)', width: 18, value: (l) => l.estimate },
          { header: 'Phân bổ, giao (đồng)', width: 18, value: (l) => l.allocation },
          { header: 'Đã chi (đồng)', width: 18, value: (l) => l.spending },
          { header: 'Quyết toán (đồng)', width: 18, value: (l) => l.settlement },
          { header: 'Giao/Dự toán', width: 12, value: (l) => percent(l.allocatedOfEstimate) },
          { header: 'Chi/Giao', width: 12, value: (l) => percent(l.spentOfAllocation) },
          { header: 'Quyết toán/Chi', width: 12, value: (l) => percent(l.settledOfSpending) },
          {
            header: 'Cảnh báo',
            width: 40,
            value: (l) => l.warnings.map((w) => BUDGET_WARNING_TEXT[w].vi).join('; ') || null,
          },
        ],
      });
    },
  );

  app.get(
    '/budget/tasks/:taskId',
    {
      schema: {
        tags: ['budget'],
        description: 'The money of one plan task in the user’s scope, by year and source.',
        params: taskParams,
        response: { 200: budgetTaskSummarySchema },
      },
    },
    async (req) => budgetForTask(db, actorOf(req), req.params.taskId),
  );
};
