import { useQuery } from '@tanstack/react-query';
import type { LateStep } from '../../../domain/force/force-api.schemas.ts';
import { apiRequest } from '../../lib/api-client.ts';
import { FORCE_QUERY_KEY } from './query-keys.ts';

/** Steps of open procedures past their due date, in the user's scope (the commune's dashboard list). */
export async function listLateSteps(unitId: string | undefined, signal?: AbortSignal) {
  return apiRequest<{ items: LateStep[] }>('/api/procedures/late-steps', { query: { unitId }, signal });
}

export function useLateSteps(unitId: string | undefined) {
  return useQuery({
    queryKey: [...FORCE_QUERY_KEY, 'late-steps', unitId],
    queryFn: ({ signal }) => listLateSteps(unitId, signal),
  });
}
