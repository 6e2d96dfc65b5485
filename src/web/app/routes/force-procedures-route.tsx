import { forceAccessOf } from '../../force/access.ts';
import { ProceduresPage } from '../../force/procedures-page.tsx';
import { useSession } from '../session.tsx';

export default function ForceProceduresRoute() {
  return <ProceduresPage {...forceAccessOf(useSession())} />;
}
