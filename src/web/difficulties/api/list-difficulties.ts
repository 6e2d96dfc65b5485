import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../lib/api-client.ts';
import type { DifficultyListParams, DifficultyPage } from '../types.ts';

export const DIFFICULTIES_QUERY_KEY = ['difficulties'] as const;

export async function listDifficulties(
  params: DifficultyListParams,
  signal?: AbortSignal,
): Promise<DifficultyPage> {
  return apiRequest<DifficultyPage>('/api/difficulties', { query: { ...params }, signal });
}

export function useDifficulties(params: DifficultyListParams) {
  return useQuery({
    queryKey: [...DIFFICULTIES_QUERY_KEY, 'list', params],
    queryFn: ({ signal }) => listDifficulties(params, signal),
    placeholderData: keepPreviousData,
  });
}
