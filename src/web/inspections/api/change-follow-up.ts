import { useMutation, useQueryClient } from '@tanstack/react-query';
import type {
  FollowUpComplete,
  FollowUpCreate,
  FollowUpUpdate,
} from '../../../domain/inspections/inspections.schemas.ts';
import { apiRequest } from '../../lib/api-client.ts';
import { FOLLOW_UPS_QUERY_KEY } from './list-follow-ups.ts';
import { INSPECTIONS_QUERY_KEY } from './list-inspections.ts';

/** Adding, editing, deleting or completing a follow-up; the inspection and the lists are read again. */
export type FollowUpChange =
  | { kind: 'create'; findingId: string; input: FollowUpCreate }
  | { kind: 'update'; followUpId: string; input: FollowUpUpdate }
  | { kind: 'complete'; followUpId: string; input: FollowUpComplete }
  | { kind: 'delete'; followUpId: string; version: number };

export async function changeFollowUp(change: FollowUpChange): Promise<void> {
  if (change.kind === 'create') {
    await apiRequest(`/api/findings/${encodeURIComponent(change.findingId)}/follow-ups`, {
      method: 'POST',
      body: change.input,
    });
    return;
  }
  const path = `/api/follow-ups/${encodeURIComponent(change.followUpId)}`;
  if (change.kind === 'update') await apiRequest(path, { method: 'PATCH', body: change.input });
  else if (change.kind === 'complete')
    await apiRequest(`${path}/complete`, { method: 'POST', body: change.input });
  else await apiRequest(path, { method: 'DELETE', query: { version: change.version } });
}

export function useChangeFollowUp() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: changeFollowUp,
    onSettled: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: INSPECTIONS_QUERY_KEY }),
        queryClient.invalidateQueries({ queryKey: FOLLOW_UPS_QUERY_KEY }),
      ]);
    },
  });
}
