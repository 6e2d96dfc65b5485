import type {
  BudgetEntry,
  BudgetKind,
  BudgetOrigin,
  BudgetSort,
  BudgetSource,
} from '../../domain/budget/budget.schemas.ts';

export type SortOrder = 'asc' | 'desc';

/** What the filter bar holds (kept in the address); the list adds paging and sorting. */
export interface BudgetFilters {
  fiscalYear?: number;
  unitId?: string;
  districtId?: string;
  source?: BudgetSource;
  kind?: BudgetKind;
  origin?: BudgetOrigin;
  taskId?: string;
}

export interface BudgetListParams extends BudgetFilters {
  sort: BudgetSort;
  order: SortOrder;
  limit: number;
  offset: number;
}

export interface BudgetPage {
  items: BudgetEntry[];
  total: number;
}
