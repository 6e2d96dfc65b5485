import { useMutation } from '@tanstack/react-query';
import type { Team, TeamUpdate } from '../../../domain/force/force-api.schemas.ts';
import { apiRequest } from '../../lib/api-client.ts';
import { useInvalidateForce } from './query-keys.ts';

export async function updateTeam({ id, ...input }: TeamUpdate & { id: string }): Promise<Team> {
  return apiRequest<Team>(`/api/teams/${encodeURIComponent(id)}`, { method: 'PATCH', body: input });
}

export function useUpdateTeam() {
  const invalidate = useInvalidateForce();
  return useMutation({ mutationFn: updateTeam, onSettled: invalidate });
}
