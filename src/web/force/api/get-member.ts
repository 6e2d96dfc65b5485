import { useQuery } from '@tanstack/react-query';
import type { Member } from '../../../domain/force/force-api.schemas.ts';
import { apiRequest } from '../../lib/api-client.ts';
import { FORCE_QUERY_KEY } from './query-keys.ts';

export const memberQueryKey = (id: string) => [...FORCE_QUERY_KEY, 'member', id] as const;

export async function getMember(id: string, signal?: AbortSignal): Promise<Member> {
  return apiRequest<Member>(`/api/members/${encodeURIComponent(id)}`, { signal });
}

export function useMember(id: string | undefined) {
  return useQuery({
    queryKey: memberQueryKey(id ?? ''),
    queryFn: ({ signal }) => getMember(id ?? '', signal),
    enabled: Boolean(id),
  });
}
