import type { PlanSummary } from '../../domain/plans/plan-api.schemas.ts';

export type PlanStatus = PlanSummary['status'];
export type PlanSortField = 'date' | 'number' | 'title' | 'updatedAt';
export type SortOrder = 'asc' | 'desc';

/** What the filter bar of the plans list holds; the list query adds paging and sorting. */
export interface PlanFilters {
  q?: string;
  status?: PlanStatus;
}

export interface PlanListParams extends PlanFilters {
  sort: PlanSortField;
  order: SortOrder;
  limit: number;
  offset: number;
}

export interface PlanPage {
  items: PlanSummary[];
  total: number;
}

export interface UnitOption {
  id: string;
  code: string;
  name: string;
}

export interface UnitGroupOption {
  key: string;
  name: string;
  memberCount: number;
}

/** Where a new plan hangs when it is a unit's own plan for a task of a parent plan (SPEC §3, IV.1). */
export interface ParentLink {
  parentPlanId: string;
  parentTaskId?: string;
}
