import { useMutation } from '@tanstack/react-query';
import type { Member, MemberLeave } from '../../../domain/force/force-api.schemas.ts';
import { apiRequest } from '../../lib/api-client.ts';
import { useInvalidateForce } from './query-keys.ts';

/** Luật 30/2023/QH15, Điều 17(3): the reason (a)–(d) and the date. */
export async function leaveMember({ id, ...input }: MemberLeave & { id: string }): Promise<Member> {
  return apiRequest<Member>(`/api/members/${encodeURIComponent(id)}/leave`, { method: 'POST', body: input });
}

export function useLeaveMember() {
  const invalidate = useInvalidateForce();
  return useMutation({ mutationFn: leaveMember, onSettled: invalidate });
}
