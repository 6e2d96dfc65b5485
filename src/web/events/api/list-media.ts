import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { MEDIA_SORT_FIELDS, MediaFilter, MediaItem } from '../../../domain/events/media.schemas.ts';
import { apiRequest } from '../../lib/api-client.ts';
import type { SortOrder } from '../../lib/use-list-state.ts';

export const MEDIA_QUERY_KEY = ['media'] as const;
export type MediaSortField = (typeof MEDIA_SORT_FIELDS)[number];
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
