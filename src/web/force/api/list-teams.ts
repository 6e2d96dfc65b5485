import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../lib/api-client.ts';
import type { SortOrder, TeamFilters, TeamPage, TeamSortField } from '../types.ts';
import { FORCE_QUERY_KEY } from './query-keys.ts';

export type TeamListParams = TeamFilters & {
  sort?: TeamSortField;
  order?: SortOrder;
  limit: number;
  offset: number;
};

export async function listTeams(params: TeamListParams, signal?: AbortSignal): Promise<TeamPage> {
  return apiRequest<TeamPage>('/api/teams', { query: { ...params }, signal });
}

export function useTeams(params: TeamListParams, enabled = true) {
  return useQuery({
    queryKey: [...FORCE_QUERY_KEY, 'teams', params],
    queryFn: ({ signal }) => listTeams(params, signal),
    placeholderData: keepPreviousData,
    enabled,
  });
}
