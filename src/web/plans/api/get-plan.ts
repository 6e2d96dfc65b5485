import { useQuery } from '@tanstack/react-query';
import type { Plan } from '../../../domain/plans/plan-api.schemas.ts';
import { apiRequest } from '../../lib/api-client.ts';
import { PLANS_QUERY_KEY } from './list-plans.ts';

export const planQueryKey = (id: string) => [...PLANS_QUERY_KEY, 'detail', id] as const;

export async function getPlan(id: string, signal?: AbortSignal): Promise<Plan> {
  return apiRequest<Plan>(`/api/plans/${encodeURIComponent(id)}`, { signal });
}

export function usePlan(id: string | undefined) {
  return useQuery({
    queryKey: planQueryKey(id ?? ''),
    queryFn: ({ signal }) => getPlan(id ?? '', signal),
    enabled: Boolean(id),
  });
}
