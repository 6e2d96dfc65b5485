import type { Difficulty, DifficultyState } from '../../domain/difficulties/difficulties.schemas.ts';

export type DifficultySortField = 'raisedAt' | 'dueDate' | 'unit' | 'task' | 'state' | 'answeredAt';
export type SortOrder = 'asc' | 'desc';

/** What the filter bar holds (kept in the address); the list query adds paging and sorting. */
export interface DifficultyFilters {
  q?: string;
  planId?: string;
  taskId?: string;
  unitId?: string;
  state?: DifficultyState;
  dueFrom?: string;
  dueTo?: string;
}

export interface DifficultyListParams extends DifficultyFilters {
  sort: DifficultySortField;
  order: SortOrder;
  limit: number;
  offset: number;
}

export interface DifficultyPage {
  items: Difficulty[];
  total: number;
}
