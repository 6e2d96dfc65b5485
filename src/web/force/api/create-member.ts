import { useMutation } from '@tanstack/react-query';
import type { Member, MemberCreate } from '../../../domain/force/force-api.schemas.ts';
import { apiRequest } from '../../lib/api-client.ts';
import { useInvalidateForce } from './query-keys.ts';

/** 422 with the Law's reason on each field that fails Art. 13; 409 when the team already has a Tổ trưởng. */
export async function createMember(input: MemberCreate): Promise<Member> {
  return apiRequest<Member>('/api/members', { method: 'POST', body: input });
}

export function useCreateMember() {
  const invalidate = useInvalidateForce();
  return useMutation({ mutationFn: createMember, onSettled: invalidate });
}
