import { ReviewCampaignsPage } from '../../legal/review-campaigns-page.tsx';

export default function ReviewsRoute() {
  return <ReviewCampaignsPage />;
}
