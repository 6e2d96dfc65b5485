import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Unit } from '../../../domain/org/org.schemas.ts';
import { apiRequest } from '../../lib/api-client.ts';

/** Communes to pick from; the server folds diacritics, so "hung son" finds "Xã Hùng Sơn". */
export async function searchCommunes(q: string, signal?: AbortSignal): Promise<Unit[]> {
  const { items } = await apiRequest<{ items: Unit[]; total: number }>('/api/units', {
    query: { q, kind: 'commune', limit: 30 },
    signal,
  });
  return items;
}

export function useSearchCommunes(q: string, enabled: boolean) {
  return useQuery({
    queryKey: ['units', 'communes', q],
    queryFn: ({ signal }) => searchCommunes(q, signal),
    enabled,
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}
