import { useParams } from 'react-router';
import { forceAccessOf } from '../../force/access.ts';
import { ProcedurePage } from '../../force/procedure-page.tsx';
import { useSession } from '../session.tsx';

export default function ForceProcedureRoute() {
  const { procedureId = '' } = useParams();
  const { canEdit } = forceAccessOf(useSession());
  return <ProcedurePage key={procedureId} procedureId={procedureId} canEdit={canEdit} />;
}
