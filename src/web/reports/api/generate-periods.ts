import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../lib/api-client.ts';
import { REPORTS_QUERY_KEY } from './list-periods.ts';

export async function generatePeriods(planId: string): Promise<{ created: number }> {
  return apiRequest<{ created: number }>(`/api/plans/${encodeURIComponent(planId)}/periods`, {
    method: 'POST',
    body: {},
  });
}

export function useGeneratePeriods() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: generatePeriods,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: REPORTS_QUERY_KEY }),
  });
}
