import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Report, ReportSave } from '../../../domain/reports/reports.schemas.ts';
import { apiRequest } from '../../lib/api-client.ts';
import { reportQueryKey } from './get-report.ts';
import { REPORTS_QUERY_KEY } from './list-periods.ts';

/** Sends the version read; the server answers 409 when someone saved since, 422 when the report is locked. */
export async function saveReport({ periodId, ...input }: ReportSave & { periodId: string }): Promise<Report> {
  return apiRequest<Report>(`/api/periods/${encodeURIComponent(periodId)}/report`, {
    method: 'PUT',
    body: input,
  });
}

export function useSaveReport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveReport,
    onSuccess: (report) => {
      queryClient.setQueryData(reportQueryKey(report.period.periodId), report);
      void queryClient.invalidateQueries({ queryKey: [...REPORTS_QUERY_KEY, 'periods'] });
    },
  });
}
