import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../lib/api-client.ts';
import { planQueryKey } from './get-plan.ts';
import { obligationsQueryKey } from './list-obligations.ts';

export async function deleteAssignment(id: string): Promise<void> {
  await apiRequest<undefined>(`/api/assignments/${encodeURIComponent(id)}`, { method: 'DELETE' });
}

/** Removes one assignment, or every member of a group's fan-out at once. */
export function useDeleteAssignments(planId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (ids: string[]) => {
      for (const id of ids) await deleteAssignment(id);
    },
    onSettled: async () => {
      await queryClient.invalidateQueries({ queryKey: planQueryKey(planId) });
      await queryClient.invalidateQueries({ queryKey: obligationsQueryKey(planId) });
    },
  });
}
