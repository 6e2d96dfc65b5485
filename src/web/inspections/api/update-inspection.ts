import { useMutation, useQueryClient } from '@tanstack/react-query';
import type {
  Inspection,
  InspectionCancel,
  InspectionComplete,
  InspectionUpdate,
} from '../../../domain/inspections/inspections.schemas.ts';
import { apiRequest } from '../../lib/api-client.ts';
import { inspectionQueryKey } from './get-inspection.ts';
import { INSPECTIONS_QUERY_KEY } from './list-inspections.ts';

/** One change of an inspection: an edit, recording it done, or cancelling it; each sends the version read. */
export type InspectionChange =
  | { id: string; kind: 'update'; input: InspectionUpdate }
  | { id: string; kind: 'complete'; input: InspectionComplete }
  | { id: string; kind: 'cancel'; input: InspectionCancel };

export async function changeInspection(change: InspectionChange): Promise<Inspection> {
  const base = `/api/inspections/${encodeURIComponent(change.id)}`;
  if (change.kind === 'update') return apiRequest<Inspection>(base, { method: 'PATCH', body: change.input });
  return apiRequest<Inspection>(`${base}/${change.kind}`, { method: 'POST', body: change.input });
}

export function useChangeInspection() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: changeInspection,
    onSuccess: (inspection) => {
      queryClient.setQueryData(inspectionQueryKey(inspection.id), inspection);
      void queryClient.invalidateQueries({ queryKey: [...INSPECTIONS_QUERY_KEY, 'list'] });
    },
    // A stale version (409) or a state that moved on (422): read the inspection again for the next try.
    onError: (_error, change) => queryClient.invalidateQueries({ queryKey: inspectionQueryKey(change.id) }),
  });
}
