import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { User, UserCreate } from '../../../domain/users/users.schemas.ts';
import { apiRequest } from '../../lib/api-client.ts';
import { USERS_QUERY_KEY } from './list-users.ts';

export async function createUser(input: UserCreate): Promise<User> {
  return apiRequest<User>('/api/users', { method: 'POST', body: input });
}

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createUser,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: USERS_QUERY_KEY }),
  });
}
