import type { Migration } from 'kysely';
import * as createOrgAuthAudit from './2026-11-26T0500-create-org-auth-audit.ts';
import * as createPlans from './2026-11-26T0600-create-plans.ts';
import * as createReports from './2026-11-26T0700-create-reports.ts';
import * as createNotifications from './2026-11-26T0710-create-notifications.ts';
import * as createForce from './2026-11-26T0800-create-force.ts';

/** Every migration, by name; names sort by date. Add a new file here when you add one to this folder. */
export const migrations: Record<string, Migration> = {
  '2026-11-26T0500-create-org-auth-audit': createOrgAuthAudit,
  '2026-11-26T0600-create-plans': createPlans,
  '2026-11-26T0700-create-reports': createReports,
  '2026-11-26T0710-create-notifications': createNotifications,
  '2026-11-26T0800-create-force': createForce,
};
