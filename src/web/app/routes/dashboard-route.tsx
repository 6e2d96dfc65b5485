import { DashboardPage } from '../../dashboard/dashboard-page.tsx';
import { FollowUpsDueNotice } from '../../inspections/components/follow-ups-due-notice.tsx';
import { CONSOLIDATION_ROLES, useSession } from '../session.tsx';

export default function DashboardRoute() {
  const me = useSession();
  return (
    <DashboardPage
      canDownloadConsolidation={CONSOLIDATION_ROLES.includes(me.role)}
      notices={<FollowUpsDueNotice />}
    />
  );
}
