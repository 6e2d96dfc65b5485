import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { ReviewOutcome } from '../../../domain/legal/constants.ts';
import { apiRequest } from '../../lib/api-client.ts';
import type { FindingPage } from '../types.ts';
import { CAMPAIGNS_QUERY_KEY, campaignPath } from './list-campaigns.ts';

export function useFindings(
  id: string,
  params: { unitId?: string; outcome?: ReviewOutcome; limit: number; offset: number },
) {
  return useQuery({
    queryKey: [...CAMPAIGNS_QUERY_KEY, id, 'findings', params],
    queryFn: ({ signal }) =>
      apiRequest<FindingPage>(`${campaignPath(id)}/findings`, { query: params, signal }),
    placeholderData: keepPreviousData,
  });
}
