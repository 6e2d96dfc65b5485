import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Overview, OverviewQuery } from '../../../domain/force/force-api.schemas.ts';
import { apiRequest } from '../../lib/api-client.ts';
import { FORCE_QUERY_KEY } from './query-keys.ts';

export async function getOverview(query: OverviewQuery, signal?: AbortSignal): Promise<Overview> {
  return apiRequest<Overview>('/api/force/overview', { query: { ...query }, signal });
}

export function useOverview(query: OverviewQuery) {
  return useQuery({
    queryKey: [...FORCE_QUERY_KEY, 'overview', query],
    queryFn: ({ signal }) => getOverview(query, signal),
    placeholderData: keepPreviousData,
  });
}
