import { useMutation } from '@tanstack/react-query';
import type { RuleSet, RuleSetChoose } from '../../../domain/force/force-api.schemas.ts';
import { apiRequest } from '../../lib/api-client.ts';
import { useInvalidateForce } from './query-keys.ts';

/** The province applies a shipped rule set from a date; every village's requirement follows it. */
export async function chooseRuleSet(input: RuleSetChoose): Promise<RuleSet> {
  return apiRequest<RuleSet>('/api/force/rule-sets', { method: 'POST', body: input });
}

export function useChooseRuleSet() {
  const invalidate = useInvalidateForce();
  return useMutation({ mutationFn: chooseRuleSet, onSettled: invalidate });
}
