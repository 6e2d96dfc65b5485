import type { Me } from '../../domain/auth/auth.schemas.ts';
import type { Role } from '../../domain/auth/constants.ts';
import type { UnitOption } from './types.ts';

/** Who computes payrolls and enters the days (the server enforces the same, in scope). */
export const PAYROLL_WRITER_ROLES: readonly Role[] = ['admin', 'coordinator', 'commune_police'];
/** Who keeps the province's rate sets. */
export const RATE_EDITOR_ROLES: readonly Role[] = ['admin', 'coordinator'];
/** Who edits the base salary table (a national figure). */
export const BASE_SALARY_EDITOR_ROLES: readonly Role[] = ['admin'];
/** Who reads the totals by district and commune (a commune sees its own payrolls instead). */
export const SUMMARY_ROLES: readonly Role[] = ['admin', 'coordinator', 'leader', 'agency'];

export interface PayrollAccess {
  canWrite: boolean;
  /** The user's own commune, when the user belongs to one: pages show only it. */
  myCommune?: UnitOption;
}

export function payrollAccessOf(me: Me): PayrollAccess {
  return {
    canWrite: PAYROLL_WRITER_ROLES.includes(me.role),
    myCommune:
      me.unit.kind === 'commune' ? { id: me.unit.id, code: me.unit.code, name: me.unit.name } : undefined,
  };
}
