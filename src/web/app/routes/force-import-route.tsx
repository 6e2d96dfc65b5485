import { forceAccessOf } from '../../force/access.ts';
import { MemberImportPage } from '../../force/member-import-page.tsx';
import { useSession } from '../session.tsx';

export default function ForceImportRoute() {
  return <MemberImportPage myCommune={forceAccessOf(useSession()).myCommune} />;
}
