import { forceAccessOf } from '../../force/access.ts';
import { MembersPage } from '../../force/members-page.tsx';
import { useSession } from '../session.tsx';

export default function ForceMembersRoute() {
  return <MembersPage {...forceAccessOf(useSession())} />;
}
