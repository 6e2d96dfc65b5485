import { useQuery } from '@tanstack/react-query';
import type { Inspection } from '../../../domain/inspections/inspections.schemas.ts';
import { apiRequest } from '../../lib/api-client.ts';
import { INSPECTIONS_QUERY_KEY } from './list-inspections.ts';

export const inspectionQueryKey = (id: string) => [...INSPECTIONS_QUERY_KEY, 'one', id] as const;

export async function getInspection(id: string, signal?: AbortSignal): Promise<Inspection> {
  return apiRequest<Inspection>(`/api/inspections/${encodeURIComponent(id)}`, { signal });
}

export function useInspection(id: string) {
  return useQuery({ queryKey: inspectionQueryKey(id), queryFn: ({ signal }) => getInspection(id, signal) });
}
