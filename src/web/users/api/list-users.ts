import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../lib/api-client.ts';
import type { UserListParams, UserPage } from '../types.ts';

export const USERS_QUERY_KEY = ['users'] as const;

export async function listUsers(params: UserListParams, signal?: AbortSignal): Promise<UserPage> {
  return apiRequest<UserPage>('/api/users', { query: { ...params }, signal });
}

export function useUsers(params: UserListParams) {
  return useQuery({
    queryKey: [...USERS_QUERY_KEY, 'list', params],
    queryFn: ({ signal }) => listUsers(params, signal),
    placeholderData: keepPreviousData,
  });
}
