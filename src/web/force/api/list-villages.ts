import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../lib/api-client.ts';
import type { SortOrder, VillageFilters, VillagePage, VillageSortField } from '../types.ts';
import { FORCE_QUERY_KEY } from './query-keys.ts';

export type VillageListParams = VillageFilters & {
  sort: VillageSortField;
  order: SortOrder;
  limit: number;
  offset: number;
};

export function villageQuery({ gapsOnly, ...rest }: VillageFilters & Partial<VillageListParams>) {
  return { ...rest, gapsOnly: gapsOnly ? 'true' : undefined };
}

export async function listVillages(params: VillageListParams, signal?: AbortSignal): Promise<VillagePage> {
  return apiRequest<VillagePage>('/api/villages', { query: villageQuery(params), signal });
}

export function useVillages(params: VillageListParams, enabled = true) {
  return useQuery({
    queryKey: [...FORCE_QUERY_KEY, 'villages', params],
    queryFn: ({ signal }) => listVillages(params, signal),
    placeholderData: keepPreviousData,
    enabled,
  });
}
