import type { Me } from '../../domain/auth/auth.schemas.ts';
import type { Role } from '../../domain/auth/constants.ts';
import type { UnitOption } from './types.ts';

/** Who keeps the register (the server enforces the same: commune police, coordinators, admins in scope). */
export const FORCE_WRITER_ROLES: readonly Role[] = ['admin', 'coordinator', 'commune_police'];
/** Who chooses the province's criteria rule set. */
export const RULE_SET_ROLES: readonly Role[] = ['admin', 'coordinator'];
/** Who edits the holiday table that deadlines count with. */
export const HOLIDAY_ROLES: readonly Role[] = ['admin'];

export interface ForceAccess {
  canEdit: boolean;
  /** The user's own commune, when the user belongs to one: pages show only it. */
  myCommune?: UnitOption;
}

export function forceAccessOf(me: Me): ForceAccess {
  return {
    canEdit: FORCE_WRITER_ROLES.includes(me.role),
    myCommune:
      me.unit.kind === 'commune' ? { id: me.unit.id, code: me.unit.code, name: me.unit.name } : undefined,
  };
}
