import { useQuery } from '@tanstack/react-query';
import type { Event } from '../../../domain/events/events.schemas.ts';
import { apiRequest } from '../../lib/api-client.ts';
import { EVENTS_QUERY_KEY } from './list-events.ts';

export function useEvent(id: string | null) {
  return useQuery({
    queryKey: [...EVENTS_QUERY_KEY, id],
    queryFn: ({ signal }) => apiRequest<Event>(`/api/events/${encodeURIComponent(id ?? '')}`, { signal }),
    enabled: id !== null,
  });
}
