import { PlanPage } from '../../plans/plan-page.tsx';
import { PLAN_WRITER_ROLES, useSession } from '../session.tsx';

export default function PlanRoute() {
  const me = useSession();
  return <PlanPage myUnitId={me.unit.id} canWritePlans={PLAN_WRITER_ROLES.includes(me.role)} />;
}
