import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  MediaCreate,
  MediaFilter,
  MediaItem,
  MediaSummary,
  MediaUpdate,
} from '../../../domain/events/media.schemas.ts';
import type { MediaKind } from '../../../domain/events/constants.ts';
import { apiRequest } from '../../lib/api-client.ts';
import { downloadFile } from '../../lib/download.ts';
import type { SortOrder } from '../types.ts';

export const MEDIA_QUERY_KEY = ['media'] as const;
export type MediaSortField = 'publishedOn' | 'title' | 'updatedAt';
export type MediaListParams = MediaFilter & {
  sort: MediaSortField;
  order: SortOrder;
  limit: number;
  offset: number;
};

export function useMediaItems(params: MediaListParams) {
  return useQuery({
    queryKey: [...MEDIA_QUERY_KEY, 'list', params],
    queryFn: ({ signal }) =>
      apiRequest<{ items: MediaItem[]; total: number }>('/api/media', { query: { ...params }, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useMediaSummary(params: { year: number; kind?: MediaKind; taskId?: string }) {
  return useQuery({
    queryKey: [...MEDIA_QUERY_KEY, 'summary', params],
    queryFn: ({ signal }) => apiRequest<MediaSummary>('/api/media/summary', { query: params, signal }),
    placeholderData: keepPreviousData,
  });
}

export async function exportMedia(filters: MediaFilter & { sort: MediaSortField; order: SortOrder }) {
  await downloadFile({
    path: '/api/media/export.xlsx',
    query: { ...filters },
    fallbackName: 'tin-bai-tuyen-truyen.xlsx',
  });
}

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

export function useDeleteMedia() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      apiRequest<void>(`/api/media/${encodeURIComponent(id)}`, { method: 'DELETE' }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: MEDIA_QUERY_KEY }),
  });
}
