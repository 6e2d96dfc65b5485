import type {
  FollowUpListItem,
  FollowUpListQuery,
  InspectionListQuery,
  InspectionSummary,
} from '../../domain/inspections/inspections.schemas.ts';

export type InspectionSort = InspectionListQuery['sort'];
export type SortOrder = 'asc' | 'desc';

/** What the filter bar of the inspections list holds; the list query adds paging and sorting. */
export interface InspectionFilters {
  q?: string;
  state?: InspectionListQuery['state'];
  unitId?: string;
  planId?: string;
  from?: string;
  to?: string;
}

export interface InspectionListParams extends InspectionFilters {
  sort: InspectionSort;
  order: SortOrder;
  limit: number;
  offset: number;
}

export interface InspectionPage {
  items: InspectionSummary[];
  total: number;
}

export type FollowUpScope = FollowUpListQuery['scope'];
export type FollowUpStateFilter = NonNullable<FollowUpListQuery['state']>;

export interface FollowUpListParams {
  scope: FollowUpScope;
  state?: FollowUpStateFilter;
  order: SortOrder;
  limit: number;
  offset: number;
}

export interface FollowUpPage {
  items: FollowUpListItem[];
  total: number;
}

export interface UnitOption {
  id: string;
  code: string;
  name: string;
  kind: string;
}
