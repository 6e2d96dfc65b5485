import { useMutation } from '@tanstack/react-query';
import type { Procedure, ProcedureUpdate } from '../../../domain/force/force-api.schemas.ts';
import { apiRequest } from '../../lib/api-client.ts';
import { useInvalidateForce } from './query-keys.ts';

export async function updateProcedure({
  id,
  ...input
}: ProcedureUpdate & { id: string }): Promise<Procedure> {
  return apiRequest<Procedure>(`/api/procedures/${encodeURIComponent(id)}`, { method: 'PATCH', body: input });
}

export function useUpdateProcedure() {
  const invalidate = useInvalidateForce();
  return useMutation({ mutationFn: updateProcedure, onSettled: invalidate });
}
