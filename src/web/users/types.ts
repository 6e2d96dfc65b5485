import type { Role } from '../../domain/auth/constants.ts';
import type { UnitKind } from '../../domain/org/constants.ts';
import type { User } from '../../domain/users/users.schemas.ts';

export type UserSortField = 'username' | 'displayName' | 'role' | 'createdAt';
export type SortOrder = 'asc' | 'desc';

/** What the filter bar holds; the list query adds paging and sorting. */
export interface UserFilters {
  q?: string;
  role?: Role;
  unitId?: string;
  active?: boolean;
}

export interface UserListParams extends UserFilters {
  sort: UserSortField;
  order: SortOrder;
  limit: number;
  offset: number;
}

export interface UserPage {
  items: User[];
  total: number;
}

export interface UnitOption {
  id: string;
  code: string;
  name: string;
  kind?: UnitKind;
}
