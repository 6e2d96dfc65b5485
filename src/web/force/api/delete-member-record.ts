import { useMutation } from '@tanstack/react-query';
import type { Member } from '../../../domain/force/force-api.schemas.ts';
import { apiRequest } from '../../lib/api-client.ts';
import type { MemberRecordInput } from './add-member-record.ts';
import { useInvalidateForce } from './query-keys.ts';

export async function deleteMemberRecord(input: {
  memberId: string;
  kind: MemberRecordInput['kind'];
  recordId: string;
}): Promise<Member> {
  const path = [input.memberId, input.kind, input.recordId].map(encodeURIComponent).join('/');
  return apiRequest<Member>(`/api/members/${path}`, { method: 'DELETE' });
}

export function useDeleteMemberRecord() {
  const invalidate = useInvalidateForce();
  return useMutation({ mutationFn: deleteMemberRecord, onSettled: invalidate });
}
