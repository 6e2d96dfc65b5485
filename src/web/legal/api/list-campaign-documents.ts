import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../lib/api-client.ts';
import type { DocumentListParams, DocumentPage } from '../types.ts';
import { CAMPAIGNS_QUERY_KEY, campaignPath } from './list-campaigns.ts';

/** The documents of the register the campaign covers. */
export function useCampaignDocuments(id: string, params: DocumentListParams) {
  return useQuery({
    queryKey: [...CAMPAIGNS_QUERY_KEY, id, 'documents', params],
    queryFn: ({ signal }) =>
      apiRequest<DocumentPage>(`${campaignPath(id)}/documents`, { query: { ...params }, signal }),
    placeholderData: keepPreviousData,
  });
}
