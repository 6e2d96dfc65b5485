import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { EventFile } from '../../../domain/events/events.schemas.ts';
import { EVENTS_QUERY_KEY } from './list-events.ts';
import { uploadFile } from './upload.ts';

export function useUploadEventFile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ eventId, file }: { eventId: string; file: File }) =>
      uploadFile<EventFile>(`/api/events/${encodeURIComponent(eventId)}/files`, file),
    onSettled: () => queryClient.invalidateQueries({ queryKey: EVENTS_QUERY_KEY }),
  });
}
