import { PlansPage } from '../../plans/plans-page.tsx';
import { PLAN_WRITER_ROLES, useSession } from '../session.tsx';

export default function PlansRoute() {
  const me = useSession();
  return <PlansPage canImport={PLAN_WRITER_ROLES.includes(me.role)} />;
}
