import { useMutation } from '@tanstack/react-query';
import type { Member, MemberStatusChange } from '../../../domain/force/force-api.schemas.ts';
import { apiRequest } from '../../lib/api-client.ts';
import { useInvalidateForce } from './query-keys.ts';

/** Suspend a member, or reinstate a suspended one. */
export async function changeMemberStatus({
  id,
  ...input
}: MemberStatusChange & { id: string }): Promise<Member> {
  return apiRequest<Member>(`/api/members/${encodeURIComponent(id)}/status`, { method: 'POST', body: input });
}

export function useChangeMemberStatus() {
  const invalidate = useInvalidateForce();
  return useMutation({ mutationFn: changeMemberStatus, onSettled: invalidate });
}
