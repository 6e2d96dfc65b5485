import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Campaign, CampaignUpdate } from '../../../domain/legal/reviews.schemas.ts';
import { apiRequest } from '../../lib/api-client.ts';
import { CAMPAIGNS_QUERY_KEY, campaignPath } from './list-campaigns.ts';

/** Closing or reopening, deadlines, title. */
export function useUpdateCampaign(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CampaignUpdate) =>
      apiRequest<Campaign>(campaignPath(id), { method: 'PATCH', body: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: CAMPAIGNS_QUERY_KEY }),
  });
}
