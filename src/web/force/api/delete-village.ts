import { useMutation } from '@tanstack/react-query';
import { apiRequest } from '../../lib/api-client.ts';
import { useInvalidateForce } from './query-keys.ts';

export async function deleteVillage(id: string): Promise<void> {
  await apiRequest<undefined>(`/api/villages/${encodeURIComponent(id)}`, { method: 'DELETE' });
}

export function useDeleteVillage() {
  const invalidate = useInvalidateForce();
  return useMutation({ mutationFn: deleteVillage, onSettled: invalidate });
}
