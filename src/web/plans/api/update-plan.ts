import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Plan, PlanUpdate } from '../../../domain/plans/plan-api.schemas.ts';
import { apiRequest } from '../../lib/api-client.ts';
import { PLANS_QUERY_KEY } from './list-plans.ts';

/** Sends the version read with the plan; the server answers 409 when someone changed it since. */
export async function updatePlan({ id, ...input }: PlanUpdate & { id: string }): Promise<Plan> {
  return apiRequest<Plan>(`/api/plans/${encodeURIComponent(id)}`, { method: 'PATCH', body: input });
}

export function useUpdatePlan() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updatePlan,
    // On a conflict too: the page then shows the other person's change and its new version.
    onSettled: () => queryClient.invalidateQueries({ queryKey: PLANS_QUERY_KEY }),
  });
}
