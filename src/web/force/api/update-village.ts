import { useMutation } from '@tanstack/react-query';
import type { Village, VillageUpdate } from '../../../domain/force/force-api.schemas.ts';
import { apiRequest } from '../../lib/api-client.ts';
import { useInvalidateForce } from './query-keys.ts';

/** Sends the version read with the village; the server answers 409 when someone changed it since. */
export async function updateVillage({ id, ...input }: VillageUpdate & { id: string }): Promise<Village> {
  return apiRequest<Village>(`/api/villages/${encodeURIComponent(id)}`, { method: 'PATCH', body: input });
}

export function useUpdateVillage() {
  const invalidate = useInvalidateForce();
  return useMutation({ mutationFn: updateVillage, onSettled: invalidate });
}
