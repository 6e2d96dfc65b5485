import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../lib/api-client.ts';
import type { FollowUpListParams, FollowUpPage } from '../types.ts';

export const FOLLOW_UPS_QUERY_KEY = ['follow-ups'] as const;

export async function listFollowUps(params: FollowUpListParams, signal?: AbortSignal): Promise<FollowUpPage> {
  return apiRequest<FollowUpPage>('/api/follow-ups', { query: { ...params, sort: 'dueDate' }, signal });
}

export function useFollowUps(params: FollowUpListParams) {
  return useQuery({
    queryKey: [...FOLLOW_UPS_QUERY_KEY, 'list', params],
    queryFn: ({ signal }) => listFollowUps(params, signal),
    placeholderData: keepPreviousData,
  });
}

/** How many of my unit's follow-ups are overdue and due soon (the dashboard's notice). */
export function useFollowUpsDue() {
  return useQuery({
    queryKey: [...FOLLOW_UPS_QUERY_KEY, 'due'],
    queryFn: async ({ signal }) => {
      const count = (state: 'overdue' | 'due_soon') =>
        listFollowUps({ scope: 'unit', state, order: 'asc', limit: 1, offset: 0 }, signal).then(
          (page) => page.total,
        );
      const [overdue, soon] = await Promise.all([count('overdue'), count('due_soon')]);
      return { overdue, soon };
    },
    staleTime: 60_000,
  });
}
