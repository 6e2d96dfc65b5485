import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../lib/api-client.ts';
import type { CampaignListParams, CampaignPage } from '../types.ts';

export const CAMPAIGNS_QUERY_KEY = ['review-campaigns'] as const;
/** The API path of one campaign. */
export const campaignPath = (id: string) => `/api/review-campaigns/${encodeURIComponent(id)}`;

export function useCampaigns(params: CampaignListParams) {
  return useQuery({
    queryKey: [...CAMPAIGNS_QUERY_KEY, 'list', params],
    queryFn: ({ signal }) =>
      apiRequest<CampaignPage>('/api/review-campaigns', { query: { ...params }, signal }),
    placeholderData: keepPreviousData,
  });
}
