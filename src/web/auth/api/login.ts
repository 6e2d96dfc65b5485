import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Login, Me } from '../../../domain/auth/auth.schemas.ts';
import { apiRequest } from '../../lib/api-client.ts';
import { ME_QUERY_KEY } from './get-me.ts';

export async function login(input: Login): Promise<Me> {
  const { user } = await apiRequest<{ user: Me }>('/api/auth/login', { method: 'POST', body: input });
  return user;
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: login,
    onSuccess: (user) => {
      // Whatever was cached belonged to the previous session.
      queryClient.removeQueries();
      queryClient.setQueryData(ME_QUERY_KEY, user);
    },
  });
}
