import { useMutation } from '@tanstack/react-query';
import type { Member, MemberUpdate } from '../../../domain/force/force-api.schemas.ts';
import { apiRequest } from '../../lib/api-client.ts';
import { useInvalidateForce } from './query-keys.ts';

export async function updateMember({ id, ...input }: MemberUpdate & { id: string }): Promise<Member> {
  return apiRequest<Member>(`/api/members/${encodeURIComponent(id)}`, { method: 'PATCH', body: input });
}

export function useUpdateMember() {
  const invalidate = useInvalidateForce();
  return useMutation({ mutationFn: updateMember, onSettled: invalidate });
}
