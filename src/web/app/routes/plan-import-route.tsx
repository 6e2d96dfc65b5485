import { useEffect } from 'react';
import { PlanImportPage } from '../../plans/plan-import-page.tsx';

export default function PlanImportRoute() {
  // Saving leads to the plan page: fetch its chunk while the user reviews.
  useEffect(() => {
    import('./plan-route.tsx').catch(() => undefined);
  }, []);
  return <PlanImportPage />;
}
