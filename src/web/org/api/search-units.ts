import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { UnitKind } from '../../../domain/org/constants.ts';
import { apiRequest } from '../../lib/api-client.ts';
import type { UnitPage } from '../types.ts';

export interface UnitSearch {
  q: string;
  kind?: UnitKind;
  limit: number;
  offset: number;
}

/** Name or code search; the server folds case and diacritics, so "dai tu" finds "Huyện Đại Từ". */
export async function searchUnits(search: UnitSearch, signal?: AbortSignal): Promise<UnitPage> {
  return apiRequest<UnitPage>('/api/units', { query: { ...search }, signal });
}

export function useSearchUnits(search: UnitSearch) {
  return useQuery({
    queryKey: ['units', 'search', search],
    queryFn: ({ signal }) => searchUnits(search, signal),
    enabled: search.q.trim().length > 0 || search.kind !== undefined,
    placeholderData: keepPreviousData,
  });
}
