import { forceAccessOf } from '../../force/access.ts';
import { OverviewPage } from '../../force/overview-page.tsx';
import { useSession } from '../session.tsx';

export default function ForceOverviewRoute() {
  return <OverviewPage myCommune={forceAccessOf(useSession()).myCommune} />;
}
