import { useQuery } from '@tanstack/react-query';
import type { TaskOption } from '../../../domain/events/events.schemas.ts';
import { apiRequest } from '../../lib/api-client.ts';

/** The tasks of the plans the user sees, to link an event or a media item to. */
export function useTaskOptions() {
  return useQuery({
    queryKey: ['task-options'],
    queryFn: ({ signal }) => apiRequest<{ items: TaskOption[] }>('/api/task-options', { signal }),
    select: (data) => data.items,
    staleTime: 60_000,
  });
}
