import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { MediaKind } from '../../../domain/events/constants.ts';
import type { MediaSummary } from '../../../domain/events/media.schemas.ts';
import { apiRequest } from '../../lib/api-client.ts';
import { MEDIA_QUERY_KEY } from './list-media.ts';

export function useMediaSummary(params: { year: number; kind?: MediaKind; taskId?: string }) {
  return useQuery({
    queryKey: [...MEDIA_QUERY_KEY, 'summary', params],
    queryFn: ({ signal }) => apiRequest<MediaSummary>('/api/media/summary', { query: params, signal }),
    placeholderData: keepPreviousData,
  });
}
