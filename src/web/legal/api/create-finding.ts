import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Finding, FindingInput } from '../../../domain/legal/reviews.schemas.ts';
import { apiRequest } from '../../lib/api-client.ts';
import { CAMPAIGNS_QUERY_KEY, campaignPath } from './list-campaigns.ts';

/** A finding of the unit's own (the server refuses any other unit). */
export function useCreateFinding(campaignId: string, unitId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: FindingInput) =>
      apiRequest<Finding>(`${campaignPath(campaignId)}/units/${encodeURIComponent(unitId)}/findings`, {
        method: 'POST',
        body: input,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: CAMPAIGNS_QUERY_KEY }),
  });
}
