import { useQuery } from '@tanstack/react-query';
import type { Report } from '../../../domain/reports/reports.schemas.ts';
import { apiRequest } from '../../lib/api-client.ts';
import { REPORTS_QUERY_KEY } from './list-periods.ts';

export const reportQueryKey = (periodId: string) => [...REPORTS_QUERY_KEY, 'report', periodId] as const;

export async function getReport(periodId: string, signal?: AbortSignal): Promise<Report> {
  return apiRequest<Report>(`/api/periods/${encodeURIComponent(periodId)}/report`, { signal });
}

export function useReport(periodId: string) {
  return useQuery({
    queryKey: reportQueryKey(periodId),
    queryFn: ({ signal }) => getReport(periodId, signal),
    // The page edits this copy: a background refetch must not replace what the user is typing.
    staleTime: Infinity,
  });
}
