import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Obligation } from '../../../domain/plans/plan-api.schemas.ts';
import { apiRequest } from '../../lib/api-client.ts';
import { PLANS_QUERY_KEY } from './list-plans.ts';

export const obligationsQueryKey = (planId: string) => [...PLANS_QUERY_KEY, 'obligations', planId] as const;

export interface ObligationQuery {
  unitId?: string;
  from?: string;
  to?: string;
}

/** One row per assignment and due date; the server's default range is the plan's year to two years on. */
export async function listObligations(
  planId: string,
  query: ObligationQuery,
  signal?: AbortSignal,
): Promise<Obligation[]> {
  const { items } = await apiRequest<{ items: Obligation[] }>(
    `/api/plans/${encodeURIComponent(planId)}/obligations`,
    { query: { ...query }, signal },
  );
  return items;
}

export function useObligations(planId: string, query: ObligationQuery, enabled = true) {
  return useQuery({
    queryKey: [...obligationsQueryKey(planId), query],
    queryFn: ({ signal }) => listObligations(planId, query, signal),
    enabled,
    placeholderData: keepPreviousData,
  });
}
