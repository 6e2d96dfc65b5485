import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Assignment, AssignmentUpdate } from '../../../domain/plans/plan-api.schemas.ts';
import { apiRequest } from '../../lib/api-client.ts';
import { planQueryKey } from './get-plan.ts';
import { obligationsQueryKey } from './list-obligations.ts';

/** Changes the role, or settles the unit of a name left unresolved at import. */
export async function updateAssignment({
  id,
  ...input
}: AssignmentUpdate & { id: string }): Promise<Assignment> {
  return apiRequest<Assignment>(`/api/assignments/${encodeURIComponent(id)}`, {
    method: 'PATCH',
    body: input,
  });
}

export function useUpdateAssignment(planId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateAssignment,
    onSettled: async () => {
      await queryClient.invalidateQueries({ queryKey: planQueryKey(planId) });
      await queryClient.invalidateQueries({ queryKey: obligationsQueryKey(planId) });
    },
  });
}
