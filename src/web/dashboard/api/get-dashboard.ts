import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Dashboard, DashboardQuery } from '../../../domain/reports/dashboard.schemas.ts';
import { apiRequest } from '../../lib/api-client.ts';

export async function getDashboard(params: DashboardQuery, signal?: AbortSignal): Promise<Dashboard> {
  return apiRequest<Dashboard>('/api/dashboard', { query: { ...params }, signal });
}

export function useDashboard(params: DashboardQuery, enabled = true) {
  return useQuery({
    // Under 'reports' so that saving or reviewing a report refreshes the figures too.
    queryKey: ['reports', 'dashboard', params],
    queryFn: ({ signal }) => getDashboard(params, signal),
    placeholderData: keepPreviousData,
    enabled,
  });
}
