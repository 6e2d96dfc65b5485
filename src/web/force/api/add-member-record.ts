import { useMutation } from '@tanstack/react-query';
import type { Member } from '../../../domain/force/force-api.schemas.ts';
import type {
  MemberEquipmentInput,
  MemberMeritInput,
  MemberTrainingInput,
} from '../../../domain/force/force.schemas.ts';
import { apiRequest } from '../../lib/api-client.ts';
import { useInvalidateForce } from './query-keys.ts';

/** A member's training or drill, equipment issued, or commendation/discipline. */
export type MemberRecordInput =
  | { kind: 'trainings'; body: MemberTrainingInput }
  | { kind: 'equipment'; body: MemberEquipmentInput }
  | { kind: 'merits'; body: MemberMeritInput };

export async function addMemberRecord({ memberId, record }: { memberId: string; record: MemberRecordInput }) {
  return apiRequest<Member>(`/api/members/${encodeURIComponent(memberId)}/${record.kind}`, {
    method: 'POST',
    body: record.body,
  });
}

export function useAddMemberRecord() {
  const invalidate = useInvalidateForce();
  return useMutation({ mutationFn: addMemberRecord, onSettled: invalidate });
}
