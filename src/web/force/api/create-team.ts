import { useMutation } from '@tanstack/react-query';
import type { Team, TeamCreate } from '../../../domain/force/force-api.schemas.ts';
import { apiRequest } from '../../lib/api-client.ts';
import { useInvalidateForce } from './query-keys.ts';

export async function createTeam(input: TeamCreate): Promise<Team> {
  return apiRequest<Team>('/api/teams', { method: 'POST', body: input });
}

export function useCreateTeam() {
  const invalidate = useInvalidateForce();
  return useMutation({ mutationFn: createTeam, onSettled: invalidate });
}
