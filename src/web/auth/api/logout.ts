import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../lib/api-client.ts';
import { ME_QUERY_KEY } from './get-me.ts';

export async function logout(): Promise<void> {
  await apiRequest<void>('/api/auth/logout', { method: 'POST' });
}

export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: logout,
    onSettled: () => {
      // Even if the call failed (session already gone), forget everything the session could see.
      queryClient.removeQueries();
      queryClient.setQueryData(ME_QUERY_KEY, null);
    },
  });
}
