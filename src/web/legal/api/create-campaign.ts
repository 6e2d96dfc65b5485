import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Campaign, CampaignCreate } from '../../../domain/legal/reviews.schemas.ts';
import { apiRequest } from '../../lib/api-client.ts';
import { CAMPAIGNS_QUERY_KEY } from './list-campaigns.ts';

export function useCreateCampaign() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CampaignCreate) =>
      apiRequest<Campaign>('/api/review-campaigns', { method: 'POST', body: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: CAMPAIGNS_QUERY_KEY }),
  });
}
