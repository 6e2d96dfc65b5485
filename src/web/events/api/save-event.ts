import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Event, EventCreate, EventUpdate } from '../../../domain/events/events.schemas.ts';
import { apiRequest } from '../../lib/api-client.ts';
import { EVENTS_QUERY_KEY } from './list-events.ts';

/** Creates an event (`id: null`) or updates one. */
export function useSaveEvent() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { id: string; update: EventUpdate } | { id: null; create: EventCreate }) =>
      'update' in input
        ? apiRequest<Event>(`/api/events/${encodeURIComponent(input.id)}`, {
            method: 'PATCH',
            body: input.update,
          })
        : apiRequest<Event>('/api/events', { method: 'POST', body: input.create }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: EVENTS_QUERY_KEY }),
  });
}
