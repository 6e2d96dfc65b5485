import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Unit } from '../../../domain/org/org.schemas.ts';
import { apiRequest } from '../../lib/api-client.ts';
import type { UnitPage } from '../types.ts';

export async function getRootUnits(signal?: AbortSignal): Promise<Unit[]> {
  const page = await apiRequest<UnitPage>('/api/units', { query: { roots: true, limit: 500 }, signal });
  return page.items;
}

export const rootUnitsQueryOptions = queryOptions({
  queryKey: ['units', 'roots'],
  queryFn: ({ signal }) => getRootUnits(signal),
  staleTime: 5 * 60_000,
});

export function useRootUnits() {
  return useQuery(rootUnitsQueryOptions);
}
