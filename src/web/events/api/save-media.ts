import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { MediaCreate, MediaItem, MediaUpdate } from '../../../domain/events/media.schemas.ts';
import { apiRequest } from '../../lib/api-client.ts';
import { MEDIA_QUERY_KEY } from './list-media.ts';

/** Creates an item (`id: null`) or updates one. */
export function useSaveMedia() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { id: string; update: MediaUpdate } | { id: null; create: MediaCreate }) =>
      'update' in input
        ? apiRequest<MediaItem>(`/api/media/${encodeURIComponent(input.id)}`, {
            method: 'PATCH',
            body: input.update,
          })
        : apiRequest<MediaItem>('/api/media', { method: 'POST', body: input.create }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: MEDIA_QUERY_KEY }),
  });
}
