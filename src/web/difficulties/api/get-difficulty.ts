import { useQuery } from '@tanstack/react-query';
import type { DifficultyDetail } from '../../../domain/difficulties/difficulties.schemas.ts';
import { apiRequest } from '../../lib/api-client.ts';
import { DIFFICULTIES_QUERY_KEY } from './list-difficulties.ts';

export const difficultyQueryKey = (id: string) => [...DIFFICULTIES_QUERY_KEY, 'detail', id] as const;

export async function getDifficulty(id: string, signal?: AbortSignal): Promise<DifficultyDetail> {
  return apiRequest<DifficultyDetail>(`/api/difficulties/${encodeURIComponent(id)}`, { signal });
}

export function useDifficulty(id: string | undefined) {
  return useQuery({
    queryKey: difficultyQueryKey(id ?? ''),
    queryFn: ({ signal }) => getDifficulty(id ?? '', signal),
    enabled: Boolean(id),
  });
}
