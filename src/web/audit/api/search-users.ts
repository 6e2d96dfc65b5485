import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../lib/api-client.ts';
import type { UserOption } from '../types.ts';

/** Users in the reader's scope to filter the log by (admins and coordinators). */
export async function searchUsers(q: string, signal?: AbortSignal): Promise<UserOption[]> {
  const { items } = await apiRequest<{ items: UserOption[] }>('/api/users/options', { query: { q }, signal });
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
