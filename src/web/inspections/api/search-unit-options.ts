import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../lib/api-client.ts';
import type { UnitOption } from '../types.ts';

/** Units in the user's scope (under `withinUnitId` when given); the server folds diacritics. */
export async function searchUnitOptions(
  params: { q: string; withinUnitId?: string },
  signal?: AbortSignal,
): Promise<UnitOption[]> {
  const { items } = await apiRequest<{ items: UnitOption[] }>('/api/inspections/unit-options', {
    query: params,
    signal,
  });
  return items;
}

export function useUnitOptions(params: { q: string; withinUnitId?: string }, enabled: boolean) {
  return useQuery({
    queryKey: ['inspection-unit-options', params],
    queryFn: ({ signal }) => searchUnitOptions(params, signal),
    enabled,
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}
