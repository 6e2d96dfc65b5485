import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { EVENT_SORT_FIELDS, EventFilter, EventSummary } from '../../../domain/events/events.schemas.ts';
import { apiRequest } from '../../lib/api-client.ts';
import type { SortOrder } from '../../lib/use-list-state.ts';

export const EVENTS_QUERY_KEY = ['events'] as const;
export type EventSortField = (typeof EVENT_SORT_FIELDS)[number];
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
