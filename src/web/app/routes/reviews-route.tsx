import { ReviewCampaignsPage } from '../../legal/review-campaigns-page.tsx';
import { LEGAL_KEEPER_ROLES, useSession } from '../session.tsx';

export default function ReviewsRoute() {
  const me = useSession();
  return <ReviewCampaignsPage canCreate={LEGAL_KEEPER_ROLES.includes(me.role)} />;
}
