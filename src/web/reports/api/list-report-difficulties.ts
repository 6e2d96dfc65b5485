import { useQuery } from '@tanstack/react-query';
import type { Difficulty } from '../../../domain/difficulties/difficulties.schemas.ts';
import { apiRequest } from '../../lib/api-client.ts';
import { REPORTS_QUERY_KEY } from './list-periods.ts';

/** The difficulties this report raised, oldest first, each with its answer (the difficulties register). */
export async function listReportDifficulties(reportId: string, signal?: AbortSignal): Promise<Difficulty[]> {
  const page = await apiRequest<{ items: Difficulty[] }>('/api/difficulties', {
    query: { reportId, sort: 'raisedAt', order: 'asc', limit: 50 },
    signal,
  });
  return page.items;
}

export function useReportDifficulties(reportId: string | null) {
  return useQuery({
    queryKey: [...REPORTS_QUERY_KEY, 'difficulties', reportId ?? ''],
    queryFn: ({ signal }) => listReportDifficulties(reportId ?? '', signal),
    enabled: Boolean(reportId),
  });
}
