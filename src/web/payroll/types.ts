// The API's shapes as docs/payroll.md states them (the server validates them with the schemas of
// src/domain/payroll/payroll-api.schemas.ts).
import type { BaseSalaryEntry } from '../../domain/payroll/base-salary.ts';
import type { CorrectionLine } from '../../domain/payroll/corrections.ts';
import type { PayrollLine, PayrollWarning } from '../../domain/payroll/compute-payroll.ts';
import type { PayrollRole, RateKind, RoundingRule } from '../../domain/payroll/constants.ts';
import type { RateSet } from '../../domain/payroll/rate-sets.ts';

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

export type PayrollStatus = 'draft' | 'submitted' | 'approved' | 'paid';
export const PAYROLL_STATUSES: readonly PayrollStatus[] = ['draft', 'submitted', 'approved', 'paid'];

export interface BaseSalaryRow extends BaseSalaryEntry {
  id: string;
  shipped: boolean;
  updatedAt: string;
}

export type StoredRateSet = RateSet & {
  provinceId: string;
  exampleKey: string | null;
  inUse: boolean;
  version: number;
  createdAt: string;
  updatedAt: string;
};

export interface RateAssignment {
  id: string;
  provinceId: string;
  rateSetId: string;
  rateSetTitle: string;
  isExample: boolean;
  from: string;
  to: string | null;
}

export interface PayrollSettings {
  provinceId: string;
  approver: 'district' | 'province';
  roundingRule: RoundingRule;
  updatedAt: string | null;
}

export interface DaysRow {
  memberId: string;
  fullName: string;
  teamId: string;
  teamName: string;
  role: PayrollRole;
  daysInPost: number;
  dutyAssigned: number;
  dutyNight: number;
  dutyHoliday: number;
  dutyHazardous: number;
  trainingDays: number;
  trainingDaysFromRecords: number;
  trainingSource: 'records' | 'entered';
}

export interface PayrollDays {
  unitId: string;
  unitName: string;
  month: string;
  daysInMonth: number;
  frozen: boolean;
  payrollId: string | null;
  payrollStatus: PayrollStatus | null;
  members: DaysRow[];
}

export interface DaysRowInput {
  memberId: string;
  dutyAssigned: number;
  dutyNight: number;
  dutyHoliday: number;
  dutyHazardous: number;
  trainingDays: number | null;
}

export interface PayrollSummary {
  id: string;
  unit: UnitOption;
  district: { id: string; name: string } | null;
  month: string;
  status: PayrollStatus;
  total: number;
  memberCount: number;
  lineCount: number;
  correctionTotal: number;
  warningCount: number;
  computedAt: string | null;
  submittedAt: string | null;
  approvedAt: string | null;
  paidAt: string | null;
  updatedAt: string;
  version: number;
}

export type PayrollLineView = PayrollLine & { position: number };
export type CorrectionLineView = CorrectionLine & { position: number };

export interface PayrollHistoryEntry {
  from: PayrollStatus | null;
  to: PayrollStatus;
  by: string | { displayName: string } | null;
  at: string;
  reason: string | null;
}

export interface PayrollDetail extends PayrollSummary {
  daysInMonth: number;
  roundingRule: RoundingRule;
  approver: 'district' | 'province';
  returnedReason: string | null;
  lines: PayrollLineView[];
  corrections: CorrectionLineView[];
  totals: {
    commune: number;
    lines: number;
    corrections: number;
    byTeam: { teamId: string; teamName: string; members: number; amount: number }[];
    byKind: Partial<Record<RateKind, number>>;
  };
  warnings: PayrollWarning[];
  history: PayrollHistoryEntry[];
  can: { recompute: boolean; submit: boolean; approve: boolean; return: boolean; pay: boolean };
}

export type PayrollSort = 'month' | 'unit' | 'total' | 'status' | 'updatedAt';

export interface PayrollFilters {
  unitId?: string;
  month?: string;
  status?: PayrollStatus;
  sort?: PayrollSort;
  order?: SortOrder;
}

export interface PayrollMonthSummary {
  month: string;
  unit: { id: string; name: string };
  totals: {
    communes: number;
    withPayroll: number;
    total: number;
    byStatus: Record<PayrollStatus, number>;
  };
  districts: {
    id: string;
    name: string;
    total: number;
    communes: {
      id: string;
      name: string;
      payrollId: string | null;
      status: PayrollStatus | null;
      total: number;
      memberCount: number;
    }[];
  }[];
}

/** A rate set as the user enters it (the domain's rateSetInputSchema). */
export type RateSetInput = Omit<RateSet, 'id' | 'isExample'>;

export type { ImportPreview } from '../../domain/force/force-api.schemas.ts';
export type { BaseSalaryEntry, PayrollLine, PayrollRole, PayrollWarning, RateKind, RateSet };
