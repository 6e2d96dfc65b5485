import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Unit } from '../../../domain/org/org.schemas.ts';
import { apiRequest } from '../../lib/api-client.ts';

/** Units to pick from in the user form; the server folds diacritics, so "dai tu" finds "Đại Từ". */
export async function searchUnits(q: string, signal?: AbortSignal): Promise<Unit[]> {
  const { items } = await apiRequest<{ items: Unit[]; total: number }>('/api/units', {
    query: { q, limit: 30 },
    signal,
  });
  return items;
}

export function useSearchUnits(q: string, enabled: boolean) {
  return useQuery({
    queryKey: ['units', 'pick', q],
    queryFn: ({ signal }) => searchUnits(q, signal),
    enabled,
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}
