import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Indicator } from '../../../domain/reports/reports.schemas.ts';
import { apiRequest } from '../../lib/api-client.ts';
import { PLANS_QUERY_KEY } from './list-plans.ts';

type IndicatorFields = Omit<Indicator, 'id' | 'taskId'>;
const indicatorsQueryKey = (taskId: string) => [...PLANS_QUERY_KEY, 'indicators', taskId] as const;

export function useTaskIndicators(taskId: string) {
  return useQuery({
    queryKey: indicatorsQueryKey(taskId),
    queryFn: ({ signal }) =>
      apiRequest<{ items: Indicator[] }>(`/api/tasks/${encodeURIComponent(taskId)}/indicators`, { signal }),
    select: (data) => data.items,
  });
}

/** Adds (no id), changes (id and fields) or deletes (id, `remove`) one indicator of a task. */
export function useChangeIndicator(taskId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (
      change:
        | { kind: 'add'; fields: IndicatorFields }
        | { kind: 'update'; id: string; fields: Partial<IndicatorFields> }
        | { kind: 'remove'; id: string },
    ): Promise<Indicator | void> => {
      switch (change.kind) {
        case 'add':
          return apiRequest<Indicator>(`/api/tasks/${encodeURIComponent(taskId)}/indicators`, {
            method: 'POST',
            body: change.fields,
          });
        case 'update':
          return apiRequest<Indicator>(`/api/indicators/${encodeURIComponent(change.id)}`, {
            method: 'PATCH',
            body: change.fields,
          });
        case 'remove':
          return apiRequest<void>(`/api/indicators/${encodeURIComponent(change.id)}`, { method: 'DELETE' });
      }
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: indicatorsQueryKey(taskId) }),
  });
}
