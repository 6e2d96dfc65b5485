import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../lib/api-client.ts';
import type { UnitOption } from '../types.ts';

/** Units to assign a task to; the server folds diacritics, so "so tu phap" finds "Sở Tư pháp". */
export async function searchUnits(q: string, signal?: AbortSignal): Promise<UnitOption[]> {
  const { items } = await apiRequest<{ items: UnitOption[]; total: number }>('/api/units', {
    query: { q, limit: 20 },
    signal,
  });
  return items;
}

export function useSearchUnits(q: string, enabled: boolean) {
  return useQuery({
    queryKey: ['units', 'plan-pick', q],
    queryFn: ({ signal }) => searchUnits(q, signal),
    enabled: enabled && q.length > 0,
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}
