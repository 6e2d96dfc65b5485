import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Task, TaskUpdate } from '../../../domain/plans/plan-api.schemas.ts';
import { apiRequest } from '../../lib/api-client.ts';
import { planQueryKey } from './get-plan.ts';
import { obligationsQueryKey } from './list-obligations.ts';

export async function updateTask({
  id,
  ...input
}: TaskUpdate & { id: string; planId: string }): Promise<Task> {
  const { planId: _planId, ...body } = input;
  return apiRequest<Task>(`/api/tasks/${encodeURIComponent(id)}`, { method: 'PATCH', body });
}

export function useUpdateTask() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateTask,
    onSettled: async (_task, _error, input) => {
      await queryClient.invalidateQueries({ queryKey: planQueryKey(input.planId) });
      await queryClient.invalidateQueries({ queryKey: obligationsQueryKey(input.planId) });
    },
  });
}
