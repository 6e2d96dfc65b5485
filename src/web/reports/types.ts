import type { PeriodSortField, PeriodSummary } from '../../domain/reports/reports.schemas.ts';

export type PeriodStatus = PeriodSummary['status'];

export interface PeriodFilters {
  planId?: string;
  status?: PeriodStatus;
  lateOnly?: boolean;
  dueFrom?: string;
  dueTo?: string;
  /** A task code or words of a unit's name. */
  q?: string;
  sort?: PeriodSortField;
  order?: 'asc' | 'desc';
}

export interface PeriodPage {
  items: PeriodSummary[];
  total: number;
}
