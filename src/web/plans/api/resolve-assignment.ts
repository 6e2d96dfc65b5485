import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Assignment } from '../../../domain/plans/plan-api.schemas.ts';
import type { UnitChoice } from '../utils/unit-choice.ts';
import { addAssignments } from './add-assignments.ts';
import { deleteAssignment } from './delete-assignment.ts';
import { planQueryKey } from './get-plan.ts';
import { obligationsQueryKey } from './list-obligations.ts';
import { updateAssignment } from './update-assignment.ts';

/**
 * Settles a name left unresolved at import: a unit is set on the assignment itself; a group is assigned
 * afresh (the server fans it out) and the unresolved line then removed.
 */
export async function resolveAssignment({
  assignment,
  choice,
}: {
  assignment: Assignment;
  choice: UnitChoice;
}): Promise<void> {
  if (choice.kind === 'unit') {
    await updateAssignment({ id: assignment.id, version: assignment.version, unitId: choice.unit.id });
    return;
  }
  await addAssignments({ taskId: assignment.taskId, role: assignment.role, groupKey: choice.group.key });
  await deleteAssignment(assignment.id);
}

export function useResolveAssignment(planId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: resolveAssignment,
    onSettled: async () => {
      await queryClient.invalidateQueries({ queryKey: planQueryKey(planId) });
      await queryClient.invalidateQueries({ queryKey: obligationsQueryKey(planId) });
    },
  });
}
