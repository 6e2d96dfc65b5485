import { useMutation } from '@tanstack/react-query';
import type { Team, TeamDissolve } from '../../../domain/force/force-api.schemas.ts';
import { apiRequest } from '../../lib/api-client.ts';
import { useInvalidateForce } from './query-keys.ts';

/** The team is kept with its decision; the server answers 422 while it still has members. */
export async function dissolveTeam({ id, ...input }: TeamDissolve & { id: string }): Promise<Team> {
  return apiRequest<Team>(`/api/teams/${encodeURIComponent(id)}/dissolve`, { method: 'POST', body: input });
}

export function useDissolveTeam() {
  const invalidate = useInvalidateForce();
  return useMutation({ mutationFn: dissolveTeam, onSettled: invalidate });
}
