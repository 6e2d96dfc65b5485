import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../lib/api-client.ts';
import type { InspectionListParams, InspectionPage } from '../types.ts';

export const INSPECTIONS_QUERY_KEY = ['inspections'] as const;

export async function listInspections(
  params: InspectionListParams,
  signal?: AbortSignal,
): Promise<InspectionPage> {
  return apiRequest<InspectionPage>('/api/inspections', { query: { ...params }, signal });
}

export function useInspections(params: InspectionListParams) {
  return useQuery({
    queryKey: [...INSPECTIONS_QUERY_KEY, 'list', params],
    queryFn: ({ signal }) => listInspections(params, signal),
    placeholderData: keepPreviousData,
  });
}
