import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Inspection, InspectionCreate } from '../../../domain/inspections/inspections.schemas.ts';
import { apiRequest } from '../../lib/api-client.ts';
import { inspectionQueryKey } from './get-inspection.ts';
import { INSPECTIONS_QUERY_KEY } from './list-inspections.ts';

export async function createInspection(input: InspectionCreate): Promise<Inspection> {
  return apiRequest<Inspection>('/api/inspections', { method: 'POST', body: input });
}

export function useCreateInspection() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createInspection,
    onSuccess: (inspection) => {
      queryClient.setQueryData(inspectionQueryKey(inspection.id), inspection);
      void queryClient.invalidateQueries({ queryKey: [...INSPECTIONS_QUERY_KEY, 'list'] });
    },
  });
}
