import { useQuery } from '@tanstack/react-query';
import type { Campaign } from '../../../domain/legal/reviews.schemas.ts';
import { apiRequest } from '../../lib/api-client.ts';
import { CAMPAIGNS_QUERY_KEY, campaignPath } from './list-campaigns.ts';

export function useCampaign(id: string) {
  return useQuery({
    queryKey: [...CAMPAIGNS_QUERY_KEY, id],
    queryFn: ({ signal }) => apiRequest<Campaign>(campaignPath(id), { signal }),
  });
}
