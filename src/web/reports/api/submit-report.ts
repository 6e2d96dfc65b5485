import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Report } from '../../../domain/reports/reports.schemas.ts';
import { apiRequest } from '../../lib/api-client.ts';
import { reportQueryKey } from './get-report.ts';
import { REPORTS_QUERY_KEY } from './list-periods.ts';

export async function submitReport({
  reportId,
  version,
}: {
  reportId: string;
  version: number;
}): Promise<Report> {
  return apiRequest<Report>(`/api/reports/${encodeURIComponent(reportId)}/submit`, {
    method: 'POST',
    body: { version },
  });
}

export function useSubmitReport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: submitReport,
    onSuccess: (report) => {
      queryClient.setQueryData(reportQueryKey(report.period.periodId), report);
      void queryClient.invalidateQueries({ queryKey: [...REPORTS_QUERY_KEY, 'periods'] });
    },
  });
}
