import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { pageSchema } from '../../domain/common/pagination.ts';
import { importPreviewSchema } from '../../domain/force/force-api.schemas.ts';
import {
  baseSalaryCreateSchema,
  baseSalaryRowSchema,
  baseSalaryUpdateSchema,
  daysImportResultSchema,
  daysQuerySchema,
  PAYROLL_STATUS_LABELS,
  payrollComputeMonthResultSchema,
  payrollComputeMonthSchema,
  payrollComputeSchema,
  payrollDaysPutSchema,
  payrollDaysSchema,
  payrollDetailSchema,
  payrollListQuerySchema,
  payrollMonthQuerySchema,
  payrollMonthSummarySchema,
  payrollPaySchema,
  payrollReturnSchema,
  payrollSettingsPutSchema,
  payrollSettingsSchema,
  payrollSummarySchema,
  provinceQuerySchema,
  rateAssignmentCreateSchema,
  rateAssignmentSchema,
  rateSetCreateSchema,
  rateSetUpdateSchema,
  rateSetViewSchema,
  storedRateSetSchema,
  type BaseSalaryRow,
  type PayrollSummary,
} from '../../domain/payroll/payroll-api.schemas.ts';
import { formatVietnameseDate } from '../../domain/common/dates.ts';
import { PAYROLL_ROLE_LABELS, RATE_BASIS_LABELS, RATE_KIND_LABELS } from '../../domain/payroll/constants.ts';
import type { Db } from '../db/database.ts';
import { actorOf } from '../http/auth.ts';
import { allPages, sendXlsx } from '../http/xlsx.ts';
import { readImportRequest } from '../force/import-common.ts';
import {
  createAssignment,
  createBaseSalary,
  createRateSet,
  deleteAssignment,
  deleteBaseSalary,
  deleteRateSet,
  getRateSet,
  getSettings,
  listAssignments,
  listBaseSalaries,
  listExamples,
  listRateSets,
  putSettings,
  updateBaseSalary,
  updateRateSet,
} from './payroll-config.service.ts';
import {
  commitDaysImport,
  daysTemplate,
  getDays,
  previewDaysImport,
  putDays,
} from './payroll-days.service.ts';
import { attachment, sendPayrollDocx, sendPayrollXlsx, summaryRows } from './payroll-exports.ts';
import { monthText } from './payroll-compute.ts';
import {
  changePayrollStatus,
  computeMonth,
  computePayroll,
  getPayroll,
  listPayrolls,
  monthSummary,
} from './payrolls.service.ts';

const idParams = z.object({ id: z.string().min(1).max(64) });
const provinceParams = z.object({ provinceId: z.string().min(1).max(64) });
const tags = ['payroll'];

export const payrollRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  // ---- base salary ----
  app.get(
    '/payroll/base-salaries',
    { schema: { tags, response: { 200: z.object({ items: z.array(baseSalaryRowSchema) }) } } },
    async () => listBaseSalaries(db),
  );
  app.post(
    '/payroll/base-salaries',
    {
      schema: {
        tags,
        description: 'Admin only. `closePrevious` closes the open period on the eve of `from`.',
        body: baseSalaryCreateSchema,
        response: { 201: baseSalaryRowSchema },
      },
    },
    async (req, reply) => reply.status(201).send(await createBaseSalary(db, actorOf(req), req.body)),
  );
  app.get('/payroll/base-salaries/export.xlsx', { schema: { tags } }, async (_req, reply) => {
    const { items } = await listBaseSalaries(db);
    return sendXlsx<BaseSalaryRow>(reply, {
      filename: 'muc-luong-co-so.xlsx',
      sheetName: 'Mức lương cơ sở',
      rows: (async function* () {
        yield* items;
      })(),
      columns: [
        { header: 'Từ ngày', width: 12, value: (r) => formatVietnameseDate(r.from) },
        { header: 'Đến ngày', width: 12, value: (r) => (r.to ? formatVietnameseDate(r.to) : null) },
        { header: 'Mức lương cơ sở (đồng/tháng)', width: 22, value: (r) => r.amount },
        { header: 'Văn bản quy định', width: 40, value: (r) => r.source },
      ],
    });
  });
  app.patch(
    '/payroll/base-salaries/:id',
    {
      schema: {
        tags,
        params: idParams,
        body: baseSalaryUpdateSchema,
        response: { 200: baseSalaryRowSchema },
      },
    },
    async (req) => updateBaseSalary(db, actorOf(req), req.params.id, req.body),
  );
  app.delete('/payroll/base-salaries/:id', { schema: { tags, params: idParams } }, async (req, reply) => {
    await deleteBaseSalary(db, actorOf(req), req.params.id);
    return reply.status(204).send();
  });

  // ---- rate sets, assignments, settings ----
  app.get(
    '/payroll/rate-set-examples',
    { schema: { tags, response: { 200: z.object({ items: z.array(rateSetViewSchema) }) } } },
    async () => listExamples(),
  );
  app.get(
    '/payroll/rate-sets',
    {
      schema: {
        tags,
        querystring: provinceQuerySchema,
        response: { 200: z.object({ items: z.array(storedRateSetSchema) }) },
      },
    },
    async (req) => listRateSets(db, actorOf(req), req.query.provinceId),
  );
  app.get(
    '/payroll/rate-sets/export.xlsx',
    { schema: { tags, querystring: provinceQuerySchema } },
    async (req, reply) => {
      const { items } = await listRateSets(db, actorOf(req), req.query.provinceId);
      const rows = items.flatMap((set) => set.rates.map((rate) => ({ set, rate })));
      type Row = (typeof rows)[number];
      const date = (d: string | null) => (d ? formatVietnameseDate(d) : null);
      return sendXlsx<Row>(reply, {
        filename: 'bo-muc-ho-tro.xlsx',
        sheetName: 'Bộ mức hỗ trợ',
        rows: (async function* () {
          yield* rows;
        })(),
        columns: [
          { header: 'Bộ mức', width: 40, value: (r) => r.set.title },
          { header: 'Tỉnh', width: 18, value: (r) => r.set.province },
          {
            header: 'Nghị quyết',
            width: 30,
            value: (r) =>
              r.set.resolution
                ? [
                    r.set.resolution.number,
                    r.set.resolution.date && formatVietnameseDate(r.set.resolution.date),
                    r.set.resolution.issuer,
                  ]
                    .filter(Boolean)
                    .join(', ')
                : null,
          },
          { header: 'Hiệu lực từ', width: 12, value: (r) => date(r.set.effectiveFrom) },
          { header: 'Hiệu lực đến', width: 12, value: (r) => date(r.set.effectiveTo) },
          { header: 'Ví dụ', width: 8, value: (r) => (r.set.isExample ? 'Có' : 'Không') },
          {
            header: 'Chức danh',
            width: 14,
            value: (r) => (r.rate.role === 'all' ? 'Mọi chức danh' : PAYROLL_ROLE_LABELS[r.rate.role].vi),
          },
          { header: 'Khoản', width: 40, value: (r) => RATE_KIND_LABELS[r.rate.kind].vi },
          { header: 'Cách tính', width: 28, value: (r) => RATE_BASIS_LABELS[r.rate.basis].vi },
          { header: 'Giá trị', width: 12, value: (r) => r.rate.value },
          { header: 'Đơn vị', width: 8, value: (r) => (r.rate.unit === 'month' ? 'tháng' : 'ngày') },
          { header: 'Nguồn', width: 40, value: (r) => r.set.source },
        ],
      });
    },
  );
  app.get(
    '/payroll/rate-sets/:id',
    { schema: { tags, params: idParams, response: { 200: storedRateSetSchema } } },
    async (req) => getRateSet(db, actorOf(req), req.params.id),
  );
  app.post(
    '/payroll/rate-sets',
    {
      schema: {
        tags,
        description: 'By hand (the rates) or `fromExample` (a shipped example, kept labelled as an example).',
        body: rateSetCreateSchema,
        response: { 201: storedRateSetSchema },
      },
    },
    async (req, reply) => reply.status(201).send(await createRateSet(db, actorOf(req), req.body)),
  );
  app.patch(
    '/payroll/rate-sets/:id',
    { schema: { tags, params: idParams, body: rateSetUpdateSchema, response: { 200: storedRateSetSchema } } },
    async (req) => updateRateSet(db, actorOf(req), req.params.id, req.body),
  );
  app.delete('/payroll/rate-sets/:id', { schema: { tags, params: idParams } }, async (req, reply) => {
    await deleteRateSet(db, actorOf(req), req.params.id);
    return reply.status(204).send();
  });
  app.get(
    '/payroll/rate-assignments',
    {
      schema: {
        tags,
        querystring: provinceQuerySchema,
        response: { 200: z.object({ items: z.array(rateAssignmentSchema) }) },
      },
    },
    async (req) => listAssignments(db, actorOf(req), req.query.provinceId),
  );
  app.post(
    '/payroll/rate-assignments',
    { schema: { tags, body: rateAssignmentCreateSchema, response: { 201: rateAssignmentSchema } } },
    async (req, reply) => reply.status(201).send(await createAssignment(db, actorOf(req), req.body)),
  );
  app.delete('/payroll/rate-assignments/:id', { schema: { tags, params: idParams } }, async (req, reply) => {
    await deleteAssignment(db, actorOf(req), req.params.id);
    return reply.status(204).send();
  });
  app.get(
    '/payroll/settings/:provinceId',
    { schema: { tags, params: provinceParams, response: { 200: payrollSettingsSchema } } },
    async (req) => getSettings(db, actorOf(req), req.params.provinceId),
  );
  app.put(
    '/payroll/settings/:provinceId',
    {
      schema: {
        tags,
        params: provinceParams,
        body: payrollSettingsPutSchema,
        response: { 200: payrollSettingsSchema },
      },
    },
    async (req) => putSettings(db, actorOf(req), req.params.provinceId, req.body),
  );

  // ---- days ----
  app.get(
    '/payroll/days',
    { schema: { tags, querystring: daysQuerySchema, response: { 200: payrollDaysSchema } } },
    async (req) => getDays(db, actorOf(req), req.query.unitId, req.query.month),
  );
  app.put(
    '/payroll/days',
    {
      schema: {
        tags,
        description: 'All or nothing; `trainingDays: null` takes the days of the training records.',
        body: payrollDaysPutSchema,
        response: { 200: payrollDaysSchema },
      },
    },
    async (req) => putDays(db, actorOf(req), req.body),
  );
  app.get(
    '/payroll/days/template.xlsx',
    { schema: { tags, querystring: daysQuerySchema } },
    async (req, reply) => {
      const file = await daysTemplate(db, actorOf(req), req.query.unitId, req.query.month);
      return attachment(
        reply,
        `so-ngay-truc-tap-huan-${req.query.month}.xlsx`,
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      ).send(file);
    },
  );
  app.post(
    '/payroll/days/import/preview',
    {
      schema: {
        tags,
        description: 'multipart `file` (.xlsx), optional `corrections`: rows checked, nothing written.',
        querystring: daysQuerySchema,
        response: { 200: importPreviewSchema },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      const { data, fields } = await readImportRequest(req);
      return previewDaysImport(db, actor, req.query.unitId, req.query.month, data, fields.corrections);
    },
  );
  app.post(
    '/payroll/days/import/commit',
    {
      schema: {
        tags,
        description: 'multipart `file`, `mode`, `corrections`. All or nothing (422 naming every bad cell).',
        querystring: daysQuerySchema,
        response: { 201: daysImportResultSchema },
      },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      const { data, fields } = await readImportRequest(req);
      return reply
        .status(201)
        .send(await commitDaysImport(db, actor, req.query.unitId, req.query.month, data, fields));
    },
  );

  // ---- payrolls ----
  app.post(
    '/payrolls/compute',
    {
      schema: {
        tags,
        description:
          'Creates or recomputes the draft of {unitId, month}; 409 when it is submitted or frozen.',
        body: payrollComputeSchema,
        response: { 200: payrollDetailSchema },
      },
    },
    async (req) => computePayroll(db, actorOf(req), req.body),
  );
  app.post(
    '/payrolls/compute-month',
    {
      schema: {
        tags,
        description:
          'Creates or recomputes the drafts of every commune the month summary lists under {unitId} (default: ' +
          'the scope); submitted, approved and paid payrolls are left and listed, communes that cannot be ' +
          'computed listed with why.',
        body: payrollComputeMonthSchema,
        response: { 200: payrollComputeMonthResultSchema },
      },
    },
    async (req) => computeMonth(db, actorOf(req), req.body),
  );
  app.get(
    '/payrolls',
    {
      schema: {
        tags,
        querystring: payrollListQuerySchema,
        response: { 200: pageSchema(payrollSummarySchema) },
      },
    },
    async (req) => listPayrolls(db, actorOf(req), req.query),
  );
  app.get(
    '/payrolls/export.xlsx',
    { schema: { tags, querystring: payrollListQuerySchema.omit({ limit: true, offset: true }) } },
    async (req, reply) => {
      const actor = actorOf(req);
      const rows = await allPages((limit, offset) =>
        listPayrolls(db, actor, { ...req.query, limit, offset }),
      );
      return sendXlsx<PayrollSummary>(reply, {
        filename: 'danh-sach-bang-ho-tro.xlsx',
        sheetName: 'Bảng hỗ trợ',
        rows,
        columns: [
          { header: 'Tháng', width: 10, value: (p) => monthText(p.month) },
          { header: 'Huyện', width: 24, value: (p) => p.district?.name ?? null },
          { header: 'Xã, phường, thị trấn', width: 24, value: (p) => p.unit.name },
          { header: 'Trạng thái', width: 16, value: (p) => PAYROLL_STATUS_LABELS[p.status].vi },
          { header: 'Số thành viên', width: 12, value: (p) => p.memberCount },
          { header: 'Số dòng', width: 10, value: (p) => p.lineCount },
          { header: 'Điều chỉnh (đồng)', width: 16, value: (p) => p.correctionTotal },
          { header: 'Tổng tiền (đồng)', width: 16, value: (p) => p.total },
          { header: 'Cảnh báo', width: 10, value: (p) => p.warningCount },
        ],
      });
    },
  );
  app.get(
    '/payrolls/summary',
    { schema: { tags, querystring: payrollMonthQuerySchema, response: { 200: payrollMonthSummarySchema } } },
    async (req) => monthSummary(db, actorOf(req), req.query),
  );
  app.get(
    '/payrolls/summary.xlsx',
    { schema: { tags, querystring: payrollMonthQuerySchema } },
    async (req, reply) => {
      const summary = await monthSummary(db, actorOf(req), req.query);
      type Row = ReturnType<typeof summaryRows> extends Iterable<infer R> ? R : never;
      return sendXlsx<Row>(reply, {
        filename: `tong-hop-ho-tro-${req.query.month}.xlsx`,
        sheetName: `Tháng ${monthText(req.query.month).replace('/', '-')}`,
        rows: (async function* () {
          yield* summaryRows(summary);
        })(),
        columns: [
          { header: 'STT', width: 6, value: (r) => r.stt },
          { header: 'Huyện, thành phố', width: 26, value: (r) => r.district },
          { header: 'Xã, phường, thị trấn', width: 30, value: (r) => r.commune },
          { header: 'Trạng thái', width: 16, value: (r) => r.status },
          { header: 'Số thành viên', width: 12, value: (r) => r.members },
          { header: 'Tổng tiền (đồng)', width: 18, value: (r) => r.total },
        ],
      });
    },
  );
  app.get(
    '/payrolls/:id',
    { schema: { tags, params: idParams, response: { 200: payrollDetailSchema } } },
    async (req) => getPayroll(db, actorOf(req), req.params.id),
  );
  for (const action of ['submit', 'approve'] as const) {
    app.post(
      `/payrolls/:id/${action}`,
      {
        schema: {
          tags,
          params: idParams,
          body: z.object({}).optional(),
          response: { 200: payrollDetailSchema },
        },
      },
      async (req) => changePayrollStatus(db, actorOf(req), req.params.id, action, {}),
    );
  }
  app.post(
    '/payrolls/:id/return',
    { schema: { tags, params: idParams, body: payrollReturnSchema, response: { 200: payrollDetailSchema } } },
    async (req) => changePayrollStatus(db, actorOf(req), req.params.id, 'return', req.body),
  );
  app.post(
    '/payrolls/:id/pay',
    {
      schema: {
        tags,
        params: idParams,
        body: payrollPaySchema.optional(),
        response: { 200: payrollDetailSchema },
      },
    },
    async (req) => changePayrollStatus(db, actorOf(req), req.params.id, 'pay', req.body ?? {}),
  );
  app.get('/payrolls/:id/export.xlsx', { schema: { tags, params: idParams } }, async (req, reply) =>
    sendPayrollXlsx(reply, await getPayroll(db, actorOf(req), req.params.id)),
  );
  app.get('/payrolls/:id/cover.docx', { schema: { tags, params: idParams } }, async (req, reply) => {
    const actor = actorOf(req);
    return sendPayrollDocx(reply, await getPayroll(db, actor, req.params.id), actor.now);
  });
};
