import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Report } from '../../../domain/reports/reports.schemas.ts';
import { apiRequest } from '../../lib/api-client.ts';
import { reportQueryKey } from './get-report.ts';
import { REPORTS_QUERY_KEY } from './list-periods.ts';

export async function returnReport(input: {
  reportId: string;
  version: number;
  comment: string;
}): Promise<Report> {
  return apiRequest<Report>(`/api/reports/${encodeURIComponent(input.reportId)}/return`, {
    method: 'POST',
    body: { version: input.version, comment: input.comment },
  });
}

export function useReturnReport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: returnReport,
    onSuccess: (report) => {
      queryClient.setQueryData(reportQueryKey(report.period.periodId), report);
      void queryClient.invalidateQueries({ queryKey: [...REPORTS_QUERY_KEY, 'periods'] });
    },
  });
}
