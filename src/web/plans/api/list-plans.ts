import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../lib/api-client.ts';
import type { PlanListParams, PlanPage } from '../types.ts';

export const PLANS_QUERY_KEY = ['plans'] as const;

export async function listPlans(params: PlanListParams, signal?: AbortSignal): Promise<PlanPage> {
  return apiRequest<PlanPage>('/api/plans', { query: { ...params }, signal });
}

export function usePlans(params: PlanListParams) {
  return useQuery({
    queryKey: [...PLANS_QUERY_KEY, 'list', params],
    queryFn: ({ signal }) => listPlans(params, signal),
    placeholderData: keepPreviousData,
  });
}
