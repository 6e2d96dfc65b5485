import { useMutation } from '@tanstack/react-query';
import type { EligibilityCheck } from '../../../domain/force/force-api.schemas.ts';
import type { FieldError } from '../../../domain/errors.ts';
import { apiRequest } from '../../lib/api-client.ts';

export interface EligibilityResult {
  eligible: boolean;
  errors: FieldError[];
}

/** The entry checks (Art. 13, CCCD, one Tổ trưởng) on a draft; nothing written. */
export async function checkMember(input: EligibilityCheck): Promise<EligibilityResult> {
  return apiRequest<EligibilityResult>('/api/members/check', { method: 'POST', body: input });
}

export function useCheckMember() {
  return useMutation({ mutationFn: checkMember });
}
