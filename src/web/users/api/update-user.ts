import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { User, UserUpdate } from '../../../domain/users/users.schemas.ts';
import { apiRequest } from '../../lib/api-client.ts';
import { USERS_QUERY_KEY } from './list-users.ts';

/** Sends the version read with the row; the server answers 409 when someone changed it since. */
export async function updateUser({ id, ...input }: UserUpdate & { id: string }): Promise<User> {
  return apiRequest<User>(`/api/users/${encodeURIComponent(id)}`, { method: 'PATCH', body: input });
}

export function useUpdateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateUser,
    // On a conflict too: the list then shows the other person's change and its new version.
    onSettled: () => queryClient.invalidateQueries({ queryKey: USERS_QUERY_KEY }),
  });
}
