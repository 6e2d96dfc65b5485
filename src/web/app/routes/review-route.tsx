import { useParams } from 'react-router';
import { ReviewCampaignPage } from '../../legal/review-campaign-page.tsx';

export default function ReviewRoute() {
  const { campaignId = '' } = useParams();
  return <ReviewCampaignPage key={campaignId} campaignId={campaignId} />;
}
