import { z } from 'zod';
import type { LocalizedText } from '../errors.ts';
import { paginationQuerySchema } from '../common/pagination.ts';
import { BUDGET_WARNING_CODES, entryDateIssue, MAX_ENTRY_AMOUNT_VND } from './budget-rules.ts';

/**
 * The money side of the plan (Kế hoạch 71/KH-UBND, section III "Kinh phí"; SPEC §8): per unit and fiscal
 * year, what was estimated (dự toán), allocated (phân bổ, giao), spent (chi) and settled (quyết toán), by the
 * source the plan names. Amounts are integer VND.
 */
export const BUDGET_SOURCES = ['local_budget', 'ministry_police', 'other'] as const;
export type BudgetSource = (typeof BUDGET_SOURCES)[number];

export const BUDGET_SOURCE_LABELS: Record<BudgetSource, LocalizedText> = {
  local_budget: { vi: 'Ngân sách địa phương', en: 'Local budget' },
  ministry_police: { vi: 'Kinh phí Bộ Công an', en: 'Ministry of Public Security funds' },
  other: { vi: 'Nguồn hợp pháp khác', en: 'Other lawful sources' },
};

export const BUDGET_KINDS = ['estimate', 'allocation', 'spending', 'settlement'] as const;
export type BudgetKind = (typeof BUDGET_KINDS)[number];

export const BUDGET_KIND_LABELS: Record<BudgetKind, LocalizedText> = {
  estimate: { vi: 'Dự toán', en: 'Estimate' },
  allocation: { vi: 'Phân bổ, giao', en: 'Allocation' },
  spending: { vi: 'Chi', en: 'Spending' },
  settlement: { vi: 'Quyết toán', en: 'Settlement' },
};

/** Where an entry came from: typed by a person, or written by a paid payroll (then it follows the payroll). */
export const BUDGET_ORIGINS = ['manual', 'payroll'] as const;
export type BudgetOrigin = (typeof BUDGET_ORIGINS)[number];

export const BUDGET_ORIGIN_LABELS: Record<BudgetOrigin, LocalizedText> = {
  manual: { vi: 'Nhập tay', en: 'Entered by hand' },
  payroll: { vi: 'Từ bảng chi trả hỗ trợ', en: 'From the support payroll' },
};

export const MIN_FISCAL_YEAR = 2020;
export const MAX_FISCAL_YEAR = 2100;

const fiscalYear = z.coerce
  .number()
  .int('Năm ngân sách phải là số nguyên')
  .min(MIN_FISCAL_YEAR, `Năm ngân sách từ ${MIN_FISCAL_YEAR} trở đi`)
  .max(MAX_FISCAL_YEAR, `Năm ngân sách không quá ${MAX_FISCAL_YEAR}`);
const id = z.string().trim().min(1).max(64);
const sourceSchema = z.enum(BUDGET_SOURCES, 'Chọn nguồn kinh phí');
const kindSchema = z.enum(BUDGET_KINDS, 'Chọn loại: dự toán, phân bổ, chi hoặc quyết toán');

/** The fields without the cross-field date rule (for `.partial()`, `.pick()`). */
export const budgetEntryFieldsSchema = z.object({
  unitId: id,
  fiscalYear,
  source: sourceSchema,
  kind: kindSchema,
  amount: z
    .number('Số tiền phải là số')
    .int('Số tiền là số đồng nguyên, không có phần lẻ')
    .positive('Số tiền phải lớn hơn 0')
    .max(MAX_ENTRY_AMOUNT_VND, 'Số tiền vượt quá 10.000 tỷ đồng, vui lòng kiểm tra lại'),
  entryDate: z.iso.date('Ngày phải có dạng YYYY-MM-DD'),
  /** Số quyết định, số chứng từ: the decision or voucher the entry rests on. */
  documentNumber: z.string().trim().max(100, 'Số văn bản tối đa 100 ký tự').nullable().default(null),
  note: z.string().trim().max(2000, 'Ghi chú tối đa 2.000 ký tự').nullable().default(null),
  /** A task of a plan (the money of one task of the plan); null for the unit's budget as a whole. */
  taskId: id.nullable().default(null),
});

function checkDate(entry: { kind: BudgetKind; fiscalYear: number; entryDate: string }, ctx: z.RefinementCtx) {
  const issue = entryDateIssue(entry.kind, entry.fiscalYear, entry.entryDate);
  if (issue) ctx.addIssue({ code: 'custom', path: ['entryDate'], message: issue.vi });
}

export const budgetEntryInputSchema = budgetEntryFieldsSchema.superRefine(checkDate);
export type BudgetEntryInput = z.infer<typeof budgetEntryInputSchema>;

/** An edit carries the version read, so that two people editing at once do not overwrite each other. */
export const budgetEntryUpdateSchema = budgetEntryFieldsSchema
  .extend({ version: z.number().int().min(1) })
  .superRefine(checkDate);
export type BudgetEntryUpdate = z.infer<typeof budgetEntryUpdateSchema>;

export const budgetEntryDeleteQuerySchema = z.object({ version: z.coerce.number().int().min(1) });

export const BUDGET_SORTS = [
  'entryDate',
  'amount',
  'unit',
  'kind',
  'source',
  'fiscalYear',
  'updatedAt',
] as const;
export type BudgetSort = (typeof BUDGET_SORTS)[number];

export const budgetFilterSchema = z.object({
  fiscalYear: fiscalYear.optional(),
  /** Exactly this unit's entries. */
  unitId: id.optional(),
  /** Every entry of a unit and the units under it (a district and its communes). */
  districtId: id.optional(),
  source: sourceSchema.optional(),
  kind: kindSchema.optional(),
  origin: z.enum(BUDGET_ORIGINS).optional(),
  taskId: id.optional(),
  sort: z.enum(BUDGET_SORTS).default('entryDate'),
  order: z.enum(['asc', 'desc']).default('desc'),
});
export type BudgetFilter = z.infer<typeof budgetFilterSchema>;

export const budgetListQuerySchema = paginationQuerySchema.extend(budgetFilterSchema.shape);
export type BudgetListQuery = z.infer<typeof budgetListQuerySchema>;

const localized = z.object({ vi: z.string(), en: z.string() });
export const budgetWarningSchema = z.object({
  code: z.enum(BUDGET_WARNING_CODES),
  source: sourceSchema,
  message: localized,
});
export type BudgetWarningDto = z.infer<typeof budgetWarningSchema>;

export const budgetEntrySchema = z.object({
  id: z.string(),
  unit: z.object({ id: z.string(), code: z.string(), name: z.string() }),
  fiscalYear: z.number().int(),
  source: sourceSchema,
  kind: kindSchema,
  amount: z.number().int(),
  entryDate: z.string(),
  documentNumber: z.string().nullable(),
  note: z.string().nullable(),
  task: z
    .object({
      id: z.string(),
      code: z.string(),
      title: z.string(),
      planId: z.string(),
      planNumber: z.string().nullable(),
    })
    .nullable(),
  origin: z.enum(BUDGET_ORIGINS),
  payrollId: z.string().nullable(),
  payrollMonth: z.string().nullable(),
  recordedBy: z.object({ id: z.string(), displayName: z.string() }).nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
  /** What the signed-in user may do with it now. */
  canEdit: z.boolean(),
});
export type BudgetEntry = z.infer<typeof budgetEntrySchema>;

/** A saved entry, with the warnings of its unit's year after the change (they never block the save). */
export const budgetEntrySavedSchema = budgetEntrySchema.extend({ warnings: z.array(budgetWarningSchema) });
export type BudgetEntrySaved = z.infer<typeof budgetEntrySavedSchema>;

export const budgetSummaryQuerySchema = z.object({
  fiscalYear,
  districtId: id.optional(),
  source: sourceSchema.optional(),
});
export type BudgetSummaryQuery = z.infer<typeof budgetSummaryQuerySchema>;

const amounts = {
  estimate: z.number().int(),
  allocation: z.number().int(),
  spending: z.number().int(),
  settlement: z.number().int(),
};

/** One line of the province table: a unit and a source (or all sources: `source` null). */
export const budgetSummaryRowSchema = z.object({
  unit: z.object({ id: z.string(), code: z.string(), name: z.string(), kind: z.string() }),
  source: sourceSchema.nullable(),
  ...amounts,
  /** Percentages, one decimal; null when the base is 0. */
  allocatedOfEstimate: z.number().nullable(),
  spentOfAllocation: z.number().nullable(),
  settledOfSpending: z.number().nullable(),
  warnings: z.array(z.enum(BUDGET_WARNING_CODES)),
});
export type BudgetSummaryRow = z.infer<typeof budgetSummaryRowSchema>;

export const budgetSummarySchema = z.object({
  fiscalYear: z.number().int(),
  /** Unit by unit: the unit's line for each source it has, then its total over sources when it has several. */
  rows: z.array(budgetSummaryRowSchema),
  /** The whole scope by source, then over every source. */
  totals: z.array(budgetSummaryRowSchema.omit({ unit: true })),
});
export type BudgetSummary = z.infer<typeof budgetSummarySchema>;

export const budgetTaskSummarySchema = z.object({
  task: z.object({
    id: z.string(),
    code: z.string(),
    title: z.string(),
    planId: z.string(),
    planNumber: z.string().nullable(),
  }),
  /** By fiscal year and source, in the actor's scope; the last line of each year has `source` null. */
  rows: z.array(z.object({ fiscalYear: z.number().int(), source: sourceSchema.nullable(), ...amounts })),
  entryCount: z.number().int(),
});
export type BudgetTaskSummary = z.infer<typeof budgetTaskSummarySchema>;

/** What a paid payroll writes into the budget (server/budget recordPayrollSpending). */
export const payrollSpendingSchema = z.object({
  payrollId: id,
  unitId: id,
  month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Tháng phải có dạng YYYY-MM'),
  amount: z.number().int().min(0).max(MAX_ENTRY_AMOUNT_VND),
  source: sourceSchema.default('local_budget'),
});
export type PayrollSpending = z.input<typeof payrollSpendingSchema>;
