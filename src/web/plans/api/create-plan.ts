import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Plan, PlanCreate } from '../../../domain/plans/plan-api.schemas.ts';
import { apiRequest } from '../../lib/api-client.ts';
import { PLANS_QUERY_KEY } from './list-plans.ts';
import { planQueryKey } from './get-plan.ts';

export async function createPlan(input: PlanCreate): Promise<Plan> {
  return apiRequest<Plan>('/api/plans', { method: 'POST', body: input });
}

export function useCreatePlan() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createPlan,
    onSuccess: async (plan) => {
      queryClient.setQueryData(planQueryKey(plan.id), plan);
      await queryClient.invalidateQueries({ queryKey: [...PLANS_QUERY_KEY, 'list'] });
      // A sub-plan shows on its parent's page.
      if (plan.parentPlanId)
        await queryClient.invalidateQueries({ queryKey: planQueryKey(plan.parentPlanId) });
    },
  });
}
