import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Assignment, AssignmentCreate } from '../../../domain/plans/plan-api.schemas.ts';
import { apiRequest } from '../../lib/api-client.ts';
import { planQueryKey } from './get-plan.ts';
import { obligationsQueryKey } from './list-obligations.ts';

/** Assigns a task to a unit, or to a group that the server fans out to its member units. */
export async function addAssignments({
  taskId,
  ...input
}: AssignmentCreate & { taskId: string }): Promise<{ items: Assignment[] }> {
  return apiRequest<{ items: Assignment[] }>(`/api/tasks/${encodeURIComponent(taskId)}/assignments`, {
    method: 'POST',
    body: input,
  });
}

export function useAddAssignments(planId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: addAssignments,
    onSettled: async () => {
      await queryClient.invalidateQueries({ queryKey: planQueryKey(planId) });
      await queryClient.invalidateQueries({ queryKey: obligationsQueryKey(planId) });
    },
  });
}
