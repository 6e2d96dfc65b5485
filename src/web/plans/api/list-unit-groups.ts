import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../lib/api-client.ts';
import type { UnitGroupOption } from '../types.ts';

/** The named groups plans assign to ("UBND các xã, phường, thị trấn"), with their member counts. */
export async function listUnitGroups(signal?: AbortSignal): Promise<UnitGroupOption[]> {
  const { items } = await apiRequest<{ items: UnitGroupOption[] }>('/api/unit-groups', { signal });
  return items;
}

export function useUnitGroups() {
  return useQuery({
    queryKey: ['unit-groups'],
    queryFn: ({ signal }) => listUnitGroups(signal),
    staleTime: 10 * 60_000,
  });
}
