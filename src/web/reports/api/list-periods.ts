import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../lib/api-client.ts';
import { downloadFile } from '../../lib/download.ts';
import type { PeriodFilters, PeriodPage } from '../types.ts';

export const REPORTS_QUERY_KEY = ['reports'] as const;

export type PeriodListParams = PeriodFilters & { limit: number; offset: number };

export async function listPeriods(params: PeriodListParams, signal?: AbortSignal): Promise<PeriodPage> {
  const { lateOnly, ...rest } = params;
  return apiRequest<PeriodPage>('/api/periods', {
    query: { ...rest, lateOnly: lateOnly ? 'true' : undefined },
    signal,
  });
}

export function usePeriods(params: PeriodListParams) {
  return useQuery({
    queryKey: [...REPORTS_QUERY_KEY, 'periods', params],
    queryFn: ({ signal }) => listPeriods(params, signal),
    placeholderData: keepPreviousData,
  });
}

export async function exportPeriods(filters: PeriodFilters): Promise<void> {
  const { lateOnly, ...rest } = filters;
  await downloadFile({
    path: '/api/periods/export.xlsx',
    query: { ...rest, lateOnly: lateOnly ? 'true' : undefined },
    fallbackName: 'ky-bao-cao.xlsx',
  });
}
