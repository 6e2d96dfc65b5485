import { z } from 'zod';
import { paginationQuerySchema } from '../common/pagination.ts';
import { MAX_BASE_SALARY_VND, MAX_DAY_COUNT } from './constants.ts';
import {
  correctionLineSchema,
  monthSchema,
  payrollLineSchema,
  payrollRoleSchema,
  payrollWarningSchema,
  rateKindSchema,
  rateSetInputSchema,
  rateSchema,
  resolutionSchema,
  roundingRuleSchema,
} from './payroll.schemas.ts';

/** Request and response shapes of the payroll API (docs/payroll.md); the web pages build against them. */

const isoDate = z.iso.date();
const id = z.string().min(1).max(64);
const unitRef = z.object({ id: z.string(), code: z.string(), name: z.string() });
const ref = z.object({ id: z.string(), name: z.string() });

export const PAYROLL_STATUSES = ['draft', 'submitted', 'approved', 'paid'] as const;
export type PayrollStatus = (typeof PAYROLL_STATUSES)[number];
export const payrollStatusSchema = z.enum(PAYROLL_STATUSES);
export const PAYROLL_STATUS_LABELS: Record<PayrollStatus, { vi: string; en: string }> = {
  draft: { vi: 'Dự thảo', en: 'Draft' },
  submitted: { vi: 'Đã trình duyệt', en: 'Submitted' },
  approved: { vi: 'Đã duyệt', en: 'Approved' },
  paid: { vi: 'Đã chi trả', en: 'Paid' },
};
export const FROZEN_STATUSES: readonly PayrollStatus[] = ['approved', 'paid'];

export const APPROVER_LEVELS = ['district', 'province'] as const;
export type ApproverLevel = (typeof APPROVER_LEVELS)[number];
export const approverLevelSchema = z.enum(APPROVER_LEVELS);

// ---- base salary ----

export const baseSalaryRowSchema = z.object({
  id: z.string(),
  from: isoDate,
  to: isoDate.nullable(),
  amount: z.number().int(),
  source: z.string(),
  shipped: z.boolean(),
  updatedAt: z.string(),
});
export type BaseSalaryRow = z.infer<typeof baseSalaryRowSchema>;

const amount = z.number().int().positive().max(MAX_BASE_SALARY_VND);
const source = z.string().trim().min(1).max(300);

export const baseSalaryCreateSchema = z.object({
  from: isoDate,
  to: isoDate.nullable().default(null),
  amount,
  source,
  /** Close the open-ended period on the eve of `from`, in the same transaction. */
  closePrevious: z.boolean().default(false),
});
export type BaseSalaryCreate = z.infer<typeof baseSalaryCreateSchema>;

export const baseSalaryUpdateSchema = z
  .object({ from: isoDate, to: isoDate.nullable(), amount, source })
  .partial()
  .refine((v) => Object.keys(v).length > 0, { message: 'Không có gì để sửa.' });
export type BaseSalaryUpdate = z.infer<typeof baseSalaryUpdateSchema>;

// ---- rate sets ----

/** A rate set as the domain holds it (the shipped examples answer in this shape). */
export const rateSetViewSchema = z.object({
  id: z.string(),
  title: z.string(),
  province: z.string(),
  resolution: resolutionSchema.nullable(),
  source: z.string(),
  isExample: z.boolean(),
  effectiveFrom: isoDate,
  effectiveTo: isoDate.nullable(),
  rates: z.array(rateSchema),
  notes: z.array(z.string()),
});

export const storedRateSetSchema = rateSetViewSchema.extend({
  provinceId: z.string(),
  exampleKey: z.string().nullable(),
  inUse: z.boolean(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type StoredRateSet = z.infer<typeof storedRateSetSchema>;

export const rateSetCreateSchema = z.union([
  z.object({ provinceId: id, fromExample: z.string().min(1).max(64) }),
  z.intersection(z.object({ provinceId: id }), rateSetInputSchema),
]);
export type RateSetCreate = z.infer<typeof rateSetCreateSchema>;

export const rateSetUpdateSchema = z.intersection(
  z.object({ version: z.number().int() }),
  rateSetInputSchema,
);
export type RateSetUpdate = z.infer<typeof rateSetUpdateSchema>;

export const rateAssignmentSchema = z.object({
  id: z.string(),
  provinceId: z.string(),
  rateSetId: z.string(),
  rateSetTitle: z.string(),
  isExample: z.boolean(),
  from: isoDate,
  to: isoDate.nullable(),
});
export type RateAssignment = z.infer<typeof rateAssignmentSchema>;

export const rateAssignmentCreateSchema = z
  .object({ provinceId: id, rateSetId: id, from: isoDate, to: isoDate.nullable().default(null) })
  .refine((v) => v.to === null || v.to >= v.from, {
    path: ['to'],
    message: 'Ngày kết thúc phải từ ngày bắt đầu trở đi.',
  });
export type RateAssignmentCreate = z.infer<typeof rateAssignmentCreateSchema>;

export const payrollSettingsSchema = z.object({
  provinceId: z.string(),
  approver: approverLevelSchema,
  roundingRule: roundingRuleSchema,
  updatedAt: z.string().nullable(),
});
export type PayrollSettings = z.infer<typeof payrollSettingsSchema>;
export const payrollSettingsPutSchema = z.object({
  approver: approverLevelSchema,
  roundingRule: roundingRuleSchema,
});

export const provinceQuerySchema = z.object({ provinceId: id.optional() });

// ---- duty and training days ----

export const daysQuerySchema = z.object({ unitId: id, month: monthSchema });

export const daysRowSchema = z.object({
  memberId: z.string(),
  fullName: z.string(),
  teamId: z.string(),
  teamName: z.string(),
  role: payrollRoleSchema,
  daysInPost: z.number().int(),
  dutyAssigned: z.number().int(),
  dutyNight: z.number().int(),
  dutyHoliday: z.number().int(),
  dutyHazardous: z.number().int(),
  trainingDays: z.number().int(),
  trainingDaysFromRecords: z.number().int(),
  trainingSource: z.enum(['records', 'entered']),
});
export type DaysRow = z.infer<typeof daysRowSchema>;

export const payrollDaysSchema = z.object({
  unitId: z.string(),
  unitName: z.string(),
  month: monthSchema,
  daysInMonth: z.number().int(),
  frozen: z.boolean(),
  payrollId: z.string().nullable(),
  payrollStatus: payrollStatusSchema.nullable(),
  /** The day kinds (duty, training) that a rate set in force during the month pays. */
  paidKinds: z.array(rateKindSchema),
  members: z.array(daysRowSchema),
});
export type PayrollDays = z.infer<typeof payrollDaysSchema>;

const dayCount = z.number().int().min(0).max(MAX_DAY_COUNT);
export const daysRowInputSchema = z.object({
  memberId: id,
  dutyAssigned: dayCount.default(0),
  dutyNight: dayCount.default(0),
  dutyHoliday: dayCount.default(0),
  dutyHazardous: dayCount.default(0),
  /** null: take the days of the member's training records. */
  trainingDays: dayCount.nullable().default(null),
});
export type DaysRowInput = z.infer<typeof daysRowInputSchema>;

export const payrollDaysPutSchema = z.object({
  unitId: id,
  month: monthSchema,
  rows: z.array(daysRowInputSchema).min(1).max(5000),
});
export type PayrollDaysPut = z.infer<typeof payrollDaysPutSchema>;

export const daysImportResultSchema = z.object({ updated: z.number().int() });

// ---- payrolls ----

export const payrollComputeSchema = z.object({ unitId: id, month: monthSchema });

export const PAYROLL_SORTS = ['month', 'unit', 'total', 'status', 'updatedAt'] as const;
export const payrollListQuerySchema = paginationQuerySchema.extend({
  unitId: id.optional(),
  month: monthSchema.optional(),
  status: payrollStatusSchema.optional(),
  sort: z.enum(PAYROLL_SORTS).default('month'),
  order: z.enum(['asc', 'desc']).default('desc'),
});
export type PayrollListQuery = z.infer<typeof payrollListQuerySchema>;

export const payrollSummarySchema = z.object({
  id: z.string(),
  unit: unitRef,
  district: ref.nullable(),
  month: monthSchema,
  status: payrollStatusSchema,
  total: z.number().int(),
  memberCount: z.number().int(),
  lineCount: z.number().int(),
  correctionTotal: z.number().int(),
  warningCount: z.number().int(),
  computedAt: z.string(),
  submittedAt: z.string().nullable(),
  approvedAt: z.string().nullable(),
  paidAt: z.string().nullable(),
  /** The payment date the approver entered when marking it paid (`paidAt` is when they did). */
  paidOn: isoDate.nullable(),
  updatedAt: z.string(),
  version: z.number().int(),
});
export type PayrollSummary = z.infer<typeof payrollSummarySchema>;

export const payrollLineViewSchema = payrollLineSchema.extend({ position: z.number().int() });
export const correctionLineViewSchema = correctionLineSchema.extend({ position: z.number().int() });

export const payrollDetailSchema = payrollSummarySchema.extend({
  daysInMonth: z.number().int(),
  roundingRule: roundingRuleSchema,
  approver: approverLevelSchema,
  returnedReason: z.string().nullable(),
  lines: z.array(payrollLineViewSchema),
  corrections: z.array(correctionLineViewSchema),
  totals: z.object({
    commune: z.number().int(),
    lines: z.number().int(),
    corrections: z.number().int(),
    byTeam: z.array(
      z.object({
        teamId: z.string(),
        teamName: z.string(),
        members: z.number().int(),
        amount: z.number().int(),
      }),
    ),
    byKind: z.record(rateKindSchema, z.number().int()),
  }),
  warnings: z.array(payrollWarningSchema),
  history: z.array(
    z.object({
      from: payrollStatusSchema.nullable(),
      to: payrollStatusSchema,
      by: z.string().nullable(),
      at: z.string(),
      reason: z.string().nullable(),
    }),
  ),
  can: z.object({
    recompute: z.boolean(),
    submit: z.boolean(),
    approve: z.boolean(),
    return: z.boolean(),
    pay: z.boolean(),
  }),
});
export type PayrollDetail = z.infer<typeof payrollDetailSchema>;

export const payrollReturnSchema = z.object({ reason: z.string().trim().min(1).max(2000) });
export const payrollPaySchema = z.object({ paidOn: isoDate.optional() });

export const payrollMonthQuerySchema = z.object({ month: monthSchema, unitId: id.optional() });

/** The communes the month's summary lists under a unit (default: the user's scope): drafts created or recomputed. */
export const payrollComputeMonthSchema = payrollMonthQuerySchema;
export const payrollComputeMonthResultSchema = z.object({
  month: monthSchema,
  unit: ref,
  communes: z.number().int(),
  computed: z.number().int(),
  lines: z.number().int(),
  total: z.number().int(),
  skipped: z.array(z.object({ unit: ref, status: payrollStatusSchema })),
  failed: z.array(z.object({ unit: ref, message: z.string() })),
});
export type PayrollComputeMonthResult = z.infer<typeof payrollComputeMonthResultSchema>;

export const payrollMonthSummarySchema = z.object({
  month: monthSchema,
  unit: ref,
  totals: z.object({
    communes: z.number().int(),
    withPayroll: z.number().int(),
    total: z.number().int(),
    byStatus: z.record(payrollStatusSchema, z.number().int()),
  }),
  districts: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      total: z.number().int(),
      communes: z.array(
        z.object({
          id: z.string(),
          name: z.string(),
          payrollId: z.string().nullable(),
          status: payrollStatusSchema.nullable(),
          total: z.number().int(),
          memberCount: z.number().int(),
        }),
      ),
    }),
  ),
});
export type PayrollMonthSummary = z.infer<typeof payrollMonthSummarySchema>;
