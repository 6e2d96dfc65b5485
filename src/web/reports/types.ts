import type { PeriodSummary } from '../../domain/reports/reports.schemas.ts';

export type PeriodStatus = PeriodSummary['status'];

export interface PeriodFilters {
  planId?: string;
  status?: PeriodStatus;
  lateOnly?: boolean;
  dueFrom?: string;
  dueTo?: string;
}

export interface PeriodPage {
  items: PeriodSummary[];
  total: number;
}
