import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../lib/api-client.ts';
import { CAMPAIGNS_QUERY_KEY, campaignPath } from './list-campaigns.ts';

/** States that nothing needs a change (`{ note }`), or withdraws the statement (`null`). */
export function useNothingFound(campaignId: string, unitId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (statement: { note?: string | null } | null) =>
      apiRequest<void>(`${campaignPath(campaignId)}/units/${encodeURIComponent(unitId)}/nothing-found`, {
        method: statement ? 'PUT' : 'DELETE',
        ...(statement ? { body: statement } : {}),
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: CAMPAIGNS_QUERY_KEY }),
  });
}
