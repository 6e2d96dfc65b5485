import { forceAccessOf } from '../../force/access.ts';
import { TeamsPage } from '../../force/teams-page.tsx';
import { useSession } from '../session.tsx';

export default function ForceTeamsRoute() {
  return <TeamsPage {...forceAccessOf(useSession())} />;
}
