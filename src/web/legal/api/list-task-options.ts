import { useQuery } from '@tanstack/react-query';
import type { TaskOption } from '../../../domain/events/events.schemas.ts';
import { apiRequest } from '../../lib/api-client.ts';

/** The tasks of the plans the user sees: a campaign carries one out and takes its units. */
export function useTaskOptions(enabled: boolean) {
  return useQuery({
    queryKey: ['task-options'],
    queryFn: ({ signal }) => apiRequest<{ items: TaskOption[] }>('/api/task-options', { signal }),
    select: (data) => data.items,
    staleTime: 60_000,
    enabled,
  });
}
