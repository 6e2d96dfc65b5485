import { useQuery } from '@tanstack/react-query';
import type { RuleSet, ShippedRuleSet } from '../../../domain/force/force-api.schemas.ts';
import { apiRequest } from '../../lib/api-client.ts';
import { FORCE_QUERY_KEY } from './query-keys.ts';

export type { ShippedRuleSet };

/** The published rule sets shipped as examples, each with its source. */
export function useShippedRuleSets() {
  return useQuery({
    queryKey: [...FORCE_QUERY_KEY, 'rule-sets', 'shipped'],
    queryFn: ({ signal }) =>
      apiRequest<{ items: ShippedRuleSet[] }>('/api/force/rule-sets/shipped', { signal }),
    staleTime: Infinity,
  });
}

/** The rule sets the province has chosen, newest first; the one in force applies. */
export function useRuleSets() {
  return useQuery({
    queryKey: [...FORCE_QUERY_KEY, 'rule-sets', 'chosen'],
    queryFn: ({ signal }) => apiRequest<{ items: RuleSet[] }>('/api/force/rule-sets', { signal }),
  });
}
