import { forceAccessOf } from '../../force/access.ts';
import { VillagesPage } from '../../force/villages-page.tsx';
import { useSession } from '../session.tsx';

export default function ForceVillagesRoute() {
  return <VillagesPage {...forceAccessOf(useSession())} />;
}
