import type { Role } from '../../../domain/auth/constants.ts';
import { BudgetPage } from '../../budget/budget-page.tsx';
import { useSession } from '../session.tsx';

/** Who records budget entries: everyone but the read-only leaders (a unit for itself). */
const BUDGET_WRITER_ROLES: readonly Role[] = ['admin', 'coordinator', 'agency', 'commune_police'];
/** Who records for any unit of their scope. */
const BUDGET_ANY_UNIT_ROLES: readonly Role[] = ['admin', 'coordinator'];
/** Who sees the province and filters it by district. */
const PROVINCE_READER_ROLES: readonly Role[] = ['admin', 'coordinator', 'leader'];

export default function BudgetRoute() {
  const me = useSession();
  return (
    <BudgetPage
      canWrite={BUDGET_WRITER_ROLES.includes(me.role)}
      canChooseUnit={BUDGET_ANY_UNIT_ROLES.includes(me.role)}
      showDistrict={PROVINCE_READER_ROLES.includes(me.role)}
      myUnit={me.unit}
    />
  );
}
