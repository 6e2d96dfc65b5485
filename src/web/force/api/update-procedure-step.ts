import { useMutation } from '@tanstack/react-query';
import type { Procedure, ProcedureStepUpdate } from '../../../domain/force/force-api.schemas.ts';
import { apiRequest } from '../../lib/api-client.ts';
import { useInvalidateForce } from './query-keys.ts';

/** Marks a step done on a date (or not done: `doneOn` null); later due dates count from it. */
export async function updateProcedureStep({
  procedureId,
  stepKey,
  ...input
}: ProcedureStepUpdate & { procedureId: string; stepKey: string }): Promise<Procedure> {
  const path = `${encodeURIComponent(procedureId)}/steps/${encodeURIComponent(stepKey)}`;
  return apiRequest<Procedure>(`/api/procedures/${path}`, { method: 'PATCH', body: input });
}

export function useUpdateProcedureStep() {
  const invalidate = useInvalidateForce();
  return useMutation({ mutationFn: updateProcedureStep, onSettled: invalidate });
}
