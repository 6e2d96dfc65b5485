import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { DifficultyDetail } from '../../../domain/difficulties/difficulties.schemas.ts';
import { apiRequest } from '../../lib/api-client.ts';
import { difficultyQueryKey } from './get-difficulty.ts';
import { DIFFICULTIES_QUERY_KEY } from './list-difficulties.ts';

export type DifficultyActionInput =
  | { action: 'answer'; id: string; version: number; answer: string }
  | { action: 'close' | 'reopen'; id: string; version: number; note?: string };

/** Answer (coordinators), close as solved, or reopen: every change carries the version read (409 if stale). */
export async function actOnDifficulty(input: DifficultyActionInput): Promise<DifficultyDetail> {
  const { action, id, ...body } = input;
  return apiRequest<DifficultyDetail>(`/api/difficulties/${encodeURIComponent(id)}/${action}`, {
    method: 'POST',
    body,
  });
}

export function useDifficultyAction() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: actOnDifficulty,
    onSuccess: (detail) => {
      queryClient.setQueryData(difficultyQueryKey(detail.id), detail);
      void queryClient.invalidateQueries({ queryKey: [...DIFFICULTIES_QUERY_KEY, 'list'] });
      // The report page shows the answer beside the difficulty's text.
      void queryClient.invalidateQueries({ queryKey: ['reports', 'difficulties'] });
    },
  });
}
