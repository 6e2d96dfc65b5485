import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Finding, FindingUpdate } from '../../../domain/legal/reviews.schemas.ts';
import { apiRequest } from '../../lib/api-client.ts';
import { CAMPAIGNS_QUERY_KEY } from './list-campaigns.ts';

export function useUpdateFinding() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...input }: FindingUpdate & { id: string }) =>
      apiRequest<Finding>(`/api/review-findings/${encodeURIComponent(id)}`, { method: 'PATCH', body: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: CAMPAIGNS_QUERY_KEY }),
  });
}
