import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { FindingCreate, FindingUpdate } from '../../../domain/inspections/inspections.schemas.ts';
import { apiRequest } from '../../lib/api-client.ts';
import { INSPECTIONS_QUERY_KEY } from './list-inspections.ts';

/** Adding, editing or deleting a finding; the inspection is read again afterwards. */
export type FindingChange =
  | { kind: 'create'; inspectionId: string; input: FindingCreate }
  | { kind: 'update'; findingId: string; input: FindingUpdate }
  | { kind: 'delete'; findingId: string; version: number };

export async function changeFinding(change: FindingChange): Promise<void> {
  if (change.kind === 'create') {
    await apiRequest(`/api/inspections/${encodeURIComponent(change.inspectionId)}/findings`, {
      method: 'POST',
      body: change.input,
    });
    return;
  }
  const path = `/api/findings/${encodeURIComponent(change.findingId)}`;
  if (change.kind === 'update') await apiRequest(path, { method: 'PATCH', body: change.input });
  else await apiRequest(path, { method: 'DELETE', query: { version: change.version } });
}

export function useChangeFinding() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: changeFinding,
    onSettled: () => queryClient.invalidateQueries({ queryKey: INSPECTIONS_QUERY_KEY }),
  });
}
