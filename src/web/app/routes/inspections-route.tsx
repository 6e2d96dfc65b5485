import { useParams } from 'react-router';
import type { Role } from '../../../domain/auth/constants.ts';
import { FollowUpsPage } from '../../inspections/follow-ups-page.tsx';
import { InspectionPage } from '../../inspections/inspection-page.tsx';
import { InspectionsPage } from '../../inspections/inspections-page.tsx';
import { useSession } from '../session.tsx';

/** Who plans inspections: Công an tỉnh, administrators, and agencies such as a district's UBND (plan IV.2). */
const INSPECTOR_ROLES: readonly Role[] = ['admin', 'coordinator', 'agency'];
/** Who watches every follow-up in scope first, rather than their own unit's. */
const FOLLOW_UP_WATCHER_ROLES: readonly Role[] = ['admin', 'coordinator', 'leader'];

export default function InspectionsRoute() {
  const me = useSession();
  return <InspectionsPage canPlan={INSPECTOR_ROLES.includes(me.role)} myUnitName={me.unit.name} />;
}

export function InspectionRoute() {
  const { id = '' } = useParams();
  return <InspectionPage key={id} id={id} />;
}

export function FollowUpsRoute() {
  const me = useSession();
  return <FollowUpsPage defaultScope={FOLLOW_UP_WATCHER_ROLES.includes(me.role) ? 'all' : 'unit'} />;
}
