import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  Event,
  EventCreate,
  EventFile,
  EventFilter,
  EventSummary,
  EventUpdate,
  TaskOption,
} from '../../../domain/events/events.schemas.ts';
import { apiRequest } from '../../lib/api-client.ts';
import { downloadFile } from '../../lib/download.ts';
import type { SortOrder } from '../types.ts';
import { uploadFile } from './upload.ts';

export const EVENTS_QUERY_KEY = ['events'] as const;
export type EventSortField = 'startsOn' | 'title' | 'participantCount' | 'updatedAt';
export type EventListParams = EventFilter & {
  sort: EventSortField;
  order: SortOrder;
  limit: number;
  offset: number;
};

export function useEvents(params: EventListParams) {
  return useQuery({
    queryKey: [...EVENTS_QUERY_KEY, 'list', params],
    queryFn: ({ signal }) =>
      apiRequest<{ items: EventSummary[]; total: number; participants: number }>('/api/events', {
        query: { ...params },
        signal,
      }),
    placeholderData: keepPreviousData,
  });
}

export function useEvent(id: string | null) {
  return useQuery({
    queryKey: [...EVENTS_QUERY_KEY, id],
    queryFn: ({ signal }) => apiRequest<Event>(`/api/events/${encodeURIComponent(id ?? '')}`, { signal }),
    enabled: id !== null,
  });
}

export function useTaskOptions() {
  return useQuery({
    queryKey: ['task-options'],
    queryFn: ({ signal }) => apiRequest<{ items: TaskOption[] }>('/api/task-options', { signal }),
    select: (data) => data.items,
    staleTime: 60_000,
  });
}

export async function exportEvents(filters: EventFilter & { sort: EventSortField; order: SortOrder }) {
  await downloadFile({
    path: '/api/events/export.xlsx',
    query: { ...filters },
    fallbackName: 'hoi-nghi-tap-huan.xlsx',
  });
}

export async function downloadEventFile(file: EventFile) {
  await downloadFile({
    path: `/api/event-files/${encodeURIComponent(file.id)}`,
    query: {},
    fallbackName: file.filename,
  });
}

function useInvalidateEvents() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: EVENTS_QUERY_KEY });
}

export function useSaveEvent() {
  const invalidate = useInvalidateEvents();
  return useMutation({
    mutationFn: (input: { id: string; update: EventUpdate } | { id: null; create: EventCreate }) =>
      'update' in input
        ? apiRequest<Event>(`/api/events/${encodeURIComponent(input.id)}`, {
            method: 'PATCH',
            body: input.update,
          })
        : apiRequest<Event>('/api/events', { method: 'POST', body: input.create }),
    onSuccess: invalidate,
  });
}

export function useDeleteEvent() {
  const invalidate = useInvalidateEvents();
  return useMutation({
    mutationFn: (id: string) =>
      apiRequest<void>(`/api/events/${encodeURIComponent(id)}`, { method: 'DELETE' }),
    onSuccess: invalidate,
  });
}

export function useUploadEventFile() {
  const invalidate = useInvalidateEvents();
  return useMutation({
    mutationFn: ({ eventId, file }: { eventId: string; file: File }) =>
      uploadFile<EventFile>(`/api/events/${encodeURIComponent(eventId)}/files`, file),
    onSettled: invalidate,
  });
}

export function useDeleteEventFile() {
  const invalidate = useInvalidateEvents();
  return useMutation({
    mutationFn: (id: string) =>
      apiRequest<void>(`/api/event-files/${encodeURIComponent(id)}`, { method: 'DELETE' }),
    onSettled: invalidate,
  });
}
