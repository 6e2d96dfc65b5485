import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../lib/api-client.ts';
import type { MemberFilters, MemberPage, MemberSortField, SortOrder } from '../types.ts';
import { FORCE_QUERY_KEY } from './query-keys.ts';

export type MemberListParams = MemberFilters & {
  sort: MemberSortField;
  order: SortOrder;
  limit: number;
  offset: number;
};

export async function listMembers(params: MemberListParams, signal?: AbortSignal): Promise<MemberPage> {
  return apiRequest<MemberPage>('/api/members', { query: { ...params }, signal });
}

export function useMembers(params: MemberListParams) {
  return useQuery({
    queryKey: [...FORCE_QUERY_KEY, 'members', params],
    queryFn: ({ signal }) => listMembers(params, signal),
    placeholderData: keepPreviousData,
  });
}
