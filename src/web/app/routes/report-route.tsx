import { useParams } from 'react-router';
import { ReportPage } from '../../reports/report-page.tsx';

export default function ReportRoute() {
  const { periodId = '' } = useParams();
  // A new period is a new page: nothing of the previous report's form is kept.
  return <ReportPage key={periodId} periodId={periodId} />;
}
