import type { Generated, Insertable, Selectable, Updateable } from 'kysely';

/** Table types, kept beside the migrations. Timestamps are ISO-8601 UTC text; dates `YYYY-MM-DD`. */
export interface Database {
  unit: UnitTable;
  unitSuccession: UnitSuccessionTable;
  appUser: AppUserTable;
  session: SessionTable;
  auditLog: AuditLogTable;
}

export interface UnitTable {
  id: string;
  code: string;
  name: string;
  /** Name folded for search: lower case, no diacritics, đ → d. */
  searchName: string;
  kind: 'province' | 'district' | 'commune' | 'village' | 'agency';
  category: string | null;
  parentId: string | null;
  /** Materialised path of ids, `/rootId/…/id/`; a subtree is every path that starts with it. */
  path: string;
  depth: number;
  validFrom: string | null;
  validTo: string | null;
  createdAt: string;
  updatedAt: string;
  version: Generated<number>;
}
export type UnitRow = Selectable<UnitTable>;
export type NewUnit = Insertable<UnitTable>;

export interface UnitSuccessionTable {
  id: string;
  oldUnitId: string;
  newUnitId: string;
  effectiveDate: string;
  note: string | null;
  createdAt: string;
}

export interface AppUserTable {
  id: string;
  username: string;
  displayName: string;
  email: string | null;
  role: 'admin' | 'coordinator' | 'leader' | 'agency' | 'commune_police';
  unitId: string;
  /** 1 = may sign in, 0 = deactivated. */
  active: number;
  passwordHash: string;
  createdAt: string;
  updatedAt: string;
  version: Generated<number>;
}
export type AppUserRow = Selectable<AppUserTable>;
export type AppUserUpdate = Updateable<AppUserTable>;

export interface SessionTable {
  /** SHA-256 of the cookie token, so that a leaked table does not leak sessions. */
  id: string;
  userId: string;
  createdAt: string;
  expiresAt: string;
  lastSeenAt: string;
  userAgent: string | null;
  ip: string | null;
}

export interface AuditLogTable {
  id: string;
  at: string;
  userId: string | null;
  unitId: string | null;
  action: string;
  entity: string;
  entityId: string | null;
  /** JSON text. */
  before: string | null;
  after: string | null;
  requestId: string | null;
}
