import type { Migration } from 'kysely';
import * as createOrgAuthAudit from './2026-11-26T0500-create-org-auth-audit.ts';
import * as createPlans from './2026-11-26T0600-create-plans.ts';
import * as createReports from './2026-11-26T0700-create-reports.ts';
import * as createNotifications from './2026-11-26T0710-create-notifications.ts';
import * as regimeLevels from './2026-11-26T0720-regime-levels.ts';
import * as createInspections from './2026-11-26T0730-create-inspections.ts';
import * as difficultyRegister from './2026-11-26T0740-difficulty-register.ts';
import * as dashboardIndexes from './2026-11-26T0750-dashboard-indexes.ts';
import * as createForce from './2026-11-26T0800-create-force.ts';
import * as createLegalEvents from './2026-11-26T0900-create-legal-events.ts';
import * as createPayroll from './2026-11-26T1000-create-payroll.ts';
import * as eventAttendanceMember from './2026-11-26T1000-event-attendance-member.ts';
import * as memberSearchKeys from './2026-11-26T1000-member-search-keys.ts';
import * as createBudget from './2026-11-26T1010-create-budget.ts';
import * as payrollContentLz4 from './2026-11-26T1100-payroll-content-lz4.ts';

/** Every migration, by name; names sort by date. Add a new file here when you add one to this folder. */
export const migrations: Record<string, Migration> = {
  '2026-11-26T0500-create-org-auth-audit': createOrgAuthAudit,
  '2026-11-26T0600-create-plans': createPlans,
  '2026-11-26T0700-create-reports': createReports,
  '2026-11-26T0710-create-notifications': createNotifications,
  '2026-11-26T0720-regime-levels': regimeLevels,
  '2026-11-26T0730-create-inspections': createInspections,
  '2026-11-26T0740-difficulty-register': difficultyRegister,
  '2026-11-26T0750-dashboard-indexes': dashboardIndexes,
  '2026-11-26T0800-create-force': createForce,
  '2026-11-26T0900-create-legal-events': createLegalEvents,
  '2026-11-26T1000-create-payroll': createPayroll,
  '2026-11-26T1000-event-attendance-member': eventAttendanceMember,
  '2026-11-26T1000-member-search-keys': memberSearchKeys,
  '2026-11-26T1010-create-budget': createBudget,
  '2026-11-26T1100-payroll-content-lz4': payrollContentLz4,
};
