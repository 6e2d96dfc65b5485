import { useQuery } from '@tanstack/react-query';
import type { PlanSummary } from '../../../domain/plans/plan-api.schemas.ts';
import { apiRequest } from '../../lib/api-client.ts';

/** The plans the user can see, newest first, for the plan picker. */
export async function listPlanOptions(signal?: AbortSignal): Promise<PlanSummary[]> {
  const page = await apiRequest<{ items: PlanSummary[] }>('/api/plans', {
    query: { limit: 500, sort: 'date', order: 'desc' },
    signal,
  });
  return page.items;
}

export function usePlanOptions() {
  return useQuery({
    queryKey: ['plans', 'options'],
    queryFn: ({ signal }) => listPlanOptions(signal),
    staleTime: 5 * 60_000,
  });
}
