import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Report } from '../../../domain/reports/reports.schemas.ts';
import { apiRequest } from '../../lib/api-client.ts';
import { reportQueryKey } from './get-report.ts';
import { REPORTS_QUERY_KEY } from './list-periods.ts';

export async function acceptReport({
  reportId,
  version,
}: {
  reportId: string;
  version: number;
}): Promise<Report> {
  return apiRequest<Report>(`/api/reports/${encodeURIComponent(reportId)}/accept`, {
    method: 'POST',
    body: { version },
  });
}

export function useAcceptReport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: acceptReport,
    onSuccess: (report) => {
      queryClient.setQueryData(reportQueryKey(report.period.periodId), report);
      void queryClient.invalidateQueries({ queryKey: [...REPORTS_QUERY_KEY, 'periods'] });
    },
  });
}
