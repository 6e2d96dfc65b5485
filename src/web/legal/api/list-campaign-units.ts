import { useQuery } from '@tanstack/react-query';
import type { CampaignUnit } from '../../../domain/legal/reviews.schemas.ts';
import { apiRequest } from '../../lib/api-client.ts';
import { CAMPAIGNS_QUERY_KEY, campaignPath } from './list-campaigns.ts';

/** Every reviewing unit with its answer (for those who see them all). */
export function useCampaignUnits(id: string, enabled: boolean) {
  return useQuery({
    queryKey: [...CAMPAIGNS_QUERY_KEY, id, 'units'],
    queryFn: ({ signal }) => apiRequest<{ items: CampaignUnit[] }>(`${campaignPath(id)}/units`, { signal }),
    select: (data) => data.items,
    enabled,
  });
}
