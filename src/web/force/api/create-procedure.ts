import { useMutation } from '@tanstack/react-query';
import type { Procedure, ProcedureCreate } from '../../../domain/force/force-api.schemas.ts';
import { apiRequest } from '../../lib/api-client.ts';
import { useInvalidateForce } from './query-keys.ts';

export async function createProcedure(input: ProcedureCreate): Promise<Procedure> {
  return apiRequest<Procedure>('/api/procedures', { method: 'POST', body: input });
}

export function useCreateProcedure() {
  const invalidate = useInvalidateForce();
  return useMutation({ mutationFn: createProcedure, onSettled: invalidate });
}
