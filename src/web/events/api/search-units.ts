import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Unit } from '../../../domain/org/org.schemas.ts';
import { apiRequest } from '../../lib/api-client.ts';

/** Units to pick an organiser or outlet from; the server folds diacritics, so "bao thai" finds "Báo Thái Nguyên". */
export function useUnitSearch(q: string, enabled: boolean) {
  return useQuery({
    queryKey: ['units', 'events-pick', q],
    queryFn: ({ signal }) => apiRequest<{ items: Unit[] }>('/api/units', { query: { q, limit: 30 }, signal }),
    select: (data) => data.items,
    enabled,
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}
