import type { AuditEntry } from '../../domain/audit/audit.schemas.ts';

export interface AuditFilters {
  userId?: string;
  entity?: string;
  action?: string;
  /** Calendar dates "YYYY-MM-DD", both included. */
  from?: string;
  to?: string;
}

export interface AuditListParams extends AuditFilters {
  limit: number;
  offset: number;
}

export interface AuditPage {
  items: AuditEntry[];
  total: number;
}

export interface UserOption {
  id: string;
  username: string;
  displayName: string;
}
