import { useParams } from 'react-router';
import { forceAccessOf } from '../../force/access.ts';
import { MemberPage } from '../../force/member-page.tsx';
import { useSession } from '../session.tsx';

export default function ForceMemberRoute() {
  const { memberId = '' } = useParams();
  const { canEdit } = forceAccessOf(useSession());
  return <MemberPage key={memberId} memberId={memberId} canEdit={canEdit} />;
}
