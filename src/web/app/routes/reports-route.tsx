import { ReportsPage } from '../../reports/reports-page.tsx';
import { REPORT_REVIEWER_ROLES, useSession } from '../session.tsx';

export default function ReportsRoute() {
  const me = useSession();
  const isReviewer = REPORT_REVIEWER_ROLES.includes(me.role);
  return <ReportsPage canReview={isReviewer} canGeneratePeriods={isReviewer} />;
}
