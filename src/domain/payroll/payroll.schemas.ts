import { z } from 'zod';
import type { FieldError } from '../errors.ts';
import { validateBaseSalaryTable, type BaseSalaryEntry } from './base-salary.ts';
import { MONTH_PATTERN } from './calendar.ts';
import type { CorrectionLine } from './corrections.ts';
import type {
  PayrollInput,
  PayrollLine,
  PayrollMemberInput,
  PayrollResult,
  PayrollSegment,
  PayrollWarning,
} from './compute-payroll.ts';
import { PAYROLL_WARNING_CODES } from './compute-payroll.ts';
import {
  MAX_BASE_SALARY_VND,
  MAX_CONTRIBUTION_VND,
  MAX_DAY_COUNT,
  PAYROLL_ROLES,
  RATE_BASES,
  RATE_KINDS,
  RATE_ROLES,
  RATE_UNITS,
  ROUNDING_RULES,
} from './constants.ts';
import { validateRateSet, validateRateSets, type Rate, type RateSet } from './rate-sets.ts';

/**
 * Validation at the boundary (API bodies, imports). The cross-field rules (no gaps or overlaps, units that fit
 * the kind, duplicates) are the same functions the computation runs, so a message reads the same everywhere.
 */

/** Adds the rule functions' FieldErrors to a zod context; their paths start with `prefix`. */
function addFieldErrors(ctx: z.RefinementCtx, errors: readonly FieldError[], prefix: string) {
  for (const error of errors) {
    const rest = error.path.startsWith(prefix) ? error.path.slice(prefix.length) : error.path;
    const path = rest
      .split('.')
      .filter((part) => part !== '')
      .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
    ctx.addIssue({ code: 'custom', message: error.message, path });
  }
}

export const monthSchema = z.string().regex(MONTH_PATTERN, 'Tháng phải có dạng YYYY-MM.');
const isoDate = z.iso.date();

export const payrollRoleSchema = z.enum(PAYROLL_ROLES);
export const rateRoleSchema = z.enum(RATE_ROLES);
export const rateKindSchema = z.enum(RATE_KINDS);
export const rateBasisSchema = z.enum(RATE_BASES);
export const rateUnitSchema = z.enum(RATE_UNITS);
export const roundingRuleSchema = z.enum(ROUNDING_RULES);

export const baseSalaryEntrySchema = z.object({
  from: isoDate,
  to: isoDate.nullable(),
  amount: z.number().int().positive().max(MAX_BASE_SALARY_VND),
  source: z.string().trim().min(1).max(300),
});

export const baseSalaryTableSchema = z
  .array(baseSalaryEntrySchema)
  .min(1)
  .max(200)
  .superRefine((table, ctx) => addFieldErrors(ctx, validateBaseSalaryTable(table, 'table'), 'table'));

export const rateSchema = z.object({
  role: rateRoleSchema,
  kind: rateKindSchema,
  basis: rateBasisSchema,
  value: z.number().positive(),
  unit: rateUnitSchema,
});

export const resolutionSchema = z.object({
  number: z.string().trim().min(1).max(100).nullable(),
  date: isoDate.nullable(),
  issuer: z.string().trim().min(1).max(300),
});

const rateSetShape = z.object({
  id: z.string().min(1).max(64),
  title: z.string().trim().min(1).max(300),
  province: z.string().trim().min(1).max(200),
  resolution: resolutionSchema.nullable(),
  source: z.string().trim().min(1).max(2000),
  isExample: z.boolean(),
  effectiveFrom: isoDate,
  effectiveTo: isoDate.nullable(),
  rates: z
    .array(rateSchema)
    .min(1)
    .max(RATE_ROLES.length * RATE_KINDS.length),
  notes: z.array(z.string().max(2000)).max(20),
});

export const rateSetSchema = rateSetShape.superRefine((set, ctx) =>
  addFieldErrors(ctx, validateRateSet(set, 'set'), 'set'),
);

/** A rate set as a user enters it: the id is the server's; a hand-entered set is not an example. */
export const rateSetInputSchema = rateSetShape
  .omit({ id: true, isExample: true })
  .extend({ notes: rateSetShape.shape.notes.default([]) })
  .superRefine((set, ctx) =>
    addFieldErrors(ctx, validateRateSet({ ...set, id: 'new', isExample: false }, 'set'), 'set'),
  );

/** Sets that govern one place: each valid, and no two of one province in force on the same day. */
export const rateSetsSchema = z
  .array(rateSetShape)
  .max(500)
  .superRefine((sets, ctx) => addFieldErrors(ctx, validateRateSets(sets, 'sets'), 'sets'));

const intervalSchema = z.object({ from: isoDate, to: isoDate.nullable() });
const dayCount = z.number().int().min(0).max(MAX_DAY_COUNT);
const contribution = z.number().int().positive().max(MAX_CONTRIBUTION_VND).nullable().optional();

export const payrollMemberInputSchema = z.object({
  memberId: z.string().min(1).max(64),
  fullName: z.string().trim().min(1).max(200),
  teamId: z.string().min(1).max(64),
  teamName: z.string().trim().min(1).max(200),
  posts: z.array(intervalSchema.extend({ role: payrollRoleSchema })).max(100),
  suspensions: z.array(intervalSchema).max(100).optional(),
  dutyDays: z.object({
    assigned: dayCount.optional(),
    night: dayCount,
    holiday: dayCount,
    hazardous: dayCount,
  }),
  trainingDays: dayCount,
  contributions: z.object({ bhxh: contribution, bhyt: contribution }).optional(),
});

export const payrollInputSchema = z.object({
  month: monthSchema,
  communeId: z.string().min(1).max(64),
  baseSalaries: baseSalaryTableSchema,
  rateSets: rateSetsSchema,
  members: z.array(payrollMemberInputSchema),
  roundingRule: roundingRuleSchema,
  suspendedIsInPost: z.boolean().optional(),
});

// Results, for response schemas.

export const payrollSegmentSchema = z.object({
  from: isoDate,
  to: isoDate,
  days: z.number().int(),
  role: payrollRoleSchema,
  rateSetId: z.string(),
  basis: rateBasisSchema,
  value: z.number(),
  baseSalary: z.number().int().nullable(),
  contribution: z.number().int().nullable(),
  rate: z.number(),
});

export const payrollLineSchema = z.object({
  month: monthSchema,
  memberId: z.string(),
  fullName: z.string(),
  teamId: z.string(),
  teamName: z.string(),
  kind: rateKindSchema,
  unit: rateUnitSchema,
  role: payrollRoleSchema,
  days: z.number().int(),
  daysInMonth: z.number().int(),
  rate: z.number(),
  amount: z.number().int(),
  explanation: z.string(),
  segments: z.array(payrollSegmentSchema),
  missing: z.enum(['contribution']).nullable(),
});

export const correctionLineSchema = z.object({
  month: monthSchema,
  originalMonth: monthSchema,
  memberId: z.string(),
  fullName: z.string(),
  teamId: z.string(),
  teamName: z.string(),
  kind: rateKindSchema,
  role: payrollRoleSchema,
  previousAmount: z.number().int(),
  recomputedAmount: z.number().int(),
  amount: z.number().int(),
  explanation: z.string(),
});

export const payrollWarningSchema = z.object({
  code: z.enum(PAYROLL_WARNING_CODES),
  memberId: z.string().nullable(),
  message: z.string(),
});

export const payrollTotalsSchema = z.object({
  commune: z.number().int(),
  byTeam: z.array(
    z.object({
      teamId: z.string(),
      teamName: z.string(),
      members: z.number().int(),
      amount: z.number().int(),
    }),
  ),
  byKind: z.record(rateKindSchema, z.number().int()),
});

export const payrollResultSchema = z.object({
  month: monthSchema,
  communeId: z.string(),
  daysInMonth: z.number().int(),
  roundingRule: roundingRuleSchema,
  lines: z.array(payrollLineSchema),
  totals: payrollTotalsSchema,
  warnings: z.array(payrollWarningSchema),
});

// The schemas and the plain types of the computation describe the same data.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const agree = <T extends true>(value: T) => value;
agree<Same<z.infer<typeof baseSalaryEntrySchema>, BaseSalaryEntry>>(true);
agree<Same<z.infer<typeof rateSchema>, Rate>>(true);
agree<Same<z.infer<typeof rateSetSchema>, RateSet>>(true);
agree<Same<z.infer<typeof payrollSegmentSchema>, PayrollSegment>>(true);
agree<
  Same<z.infer<typeof payrollLineSchema>, Omit<PayrollLine, 'segments'> & { segments: PayrollSegment[] }>
>(true);
agree<Same<z.infer<typeof correctionLineSchema>, CorrectionLine>>(true);
agree<Same<z.infer<typeof payrollWarningSchema>, PayrollWarning>>(true);
agree<Same<z.infer<typeof payrollResultSchema>['totals'], PayrollResult['totals']>>(true);
// Parsed input is assignable to the computation's input.
agree<z.infer<typeof payrollMemberInputSchema> extends PayrollMemberInput ? true : false>(true);
agree<z.infer<typeof payrollInputSchema> extends PayrollInput ? true : false>(true);
