import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Unit } from '../../../domain/org/org.schemas.ts';
import { apiRequest } from '../../lib/api-client.ts';

export async function getUnitChildren(unitId: string, signal?: AbortSignal): Promise<Unit[]> {
  const { items } = await apiRequest<{ items: Unit[] }>(`/api/units/${encodeURIComponent(unitId)}/children`, {
    signal,
  });
  return items;
}

export function unitChildrenQueryOptions(unitId: string) {
  return queryOptions({
    queryKey: ['units', 'children', unitId],
    queryFn: ({ signal }) => getUnitChildren(unitId, signal),
    staleTime: 5 * 60_000,
  });
}

export function useUnitChildren(unitId: string | undefined, options: { enabled?: boolean } = {}) {
  return useQuery({
    ...unitChildrenQueryOptions(unitId ?? ''),
    enabled: Boolean(unitId) && options.enabled !== false,
  });
}
