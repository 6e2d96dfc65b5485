import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../lib/api-client.ts';
import type { UserOption } from '../types.ts';

/** Users to filter the log by (the users list is an administrator's call). */
export async function searchUsers(q: string, signal?: AbortSignal): Promise<UserOption[]> {
  const { items } = await apiRequest<{ items: UserOption[]; total: number }>('/api/users', {
    query: { q, limit: 30, sort: 'displayName', order: 'asc' },
    signal,
  });
  return items;
}

export function useSearchUsers(q: string, enabled: boolean) {
  return useQuery({
    queryKey: ['audit', 'user-options', q],
    queryFn: ({ signal }) => searchUsers(q, signal),
    enabled,
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}
