import { useMutation } from '@tanstack/react-query';
import type { Village, VillageCreate } from '../../../domain/force/force-api.schemas.ts';
import { apiRequest } from '../../lib/api-client.ts';
import { useInvalidateForce } from './query-keys.ts';

export async function createVillage(input: VillageCreate): Promise<Village> {
  return apiRequest<Village>('/api/villages', { method: 'POST', body: input });
}

export function useCreateVillage() {
  const invalidate = useInvalidateForce();
  return useMutation({ mutationFn: createVillage, onSettled: invalidate });
}
