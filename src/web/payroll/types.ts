// The API's shapes are the zod schemas of src/domain/payroll/payroll-api.schemas.ts (docs/payroll.md); the web
// adds only what its pages keep (filters, the unit picked in a filter).
import type { z } from 'zod';
import type {
  BaseSalaryRow,
  DaysRow,
  DaysRowInput,
  PayrollComputeMonthResult,
  PayrollDays,
  PayrollDetail,
  PayrollListQuery,
  PayrollMonthSummary,
  PayrollSettings,
  PayrollStatus,
  PayrollSummary,
  RateAssignment,
  StoredRateSet,
} from '../../domain/payroll/payroll-api.schemas.ts';
import type {
  correctionLineViewSchema,
  payrollLineViewSchema,
} from '../../domain/payroll/payroll-api.schemas.ts';
import type { RateSet } from '../../domain/payroll/rate-sets.ts';

export { PAYROLL_STATUSES } from '../../domain/payroll/payroll-api.schemas.ts';
export type { ImportPreview } from '../../domain/force/force-api.schemas.ts';
export type {
  BaseSalaryRow,
  DaysRow,
  DaysRowInput,
  PayrollComputeMonthResult,
  PayrollDays,
  PayrollDetail,
  PayrollMonthSummary,
  PayrollSettings,
  PayrollStatus,
  PayrollSummary,
  RateAssignment,
  RateSet,
  StoredRateSet,
};

export type SortOrder = 'asc' | 'desc';

export interface Page<T> {
  items: T[];
  total: number;
}

/** A unit picked in a filter: enough to show its name before the list loads. */
export interface UnitOption {
  id: string;
  code: string;
  name: string;
}

export type PayrollLineView = z.infer<typeof payrollLineViewSchema>;
export type CorrectionLineView = z.infer<typeof correctionLineViewSchema>;
export type PayrollHistoryEntry = PayrollDetail['history'][number];
export type PayrollSort = PayrollListQuery['sort'];
export type PayrollFilters = Partial<
  Pick<PayrollListQuery, 'unitId' | 'month' | 'status' | 'sort' | 'order'>
>;

/** A rate set as the user enters it (the domain's rateSetInputSchema). */
export type RateSetInput = Omit<RateSet, 'id' | 'isExample'>;
