import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../lib/api-client.ts';
import { reportQueryKey } from './get-report.ts';

export async function deleteReportFile(fileId: string): Promise<void> {
  await apiRequest<void>(`/api/files/${encodeURIComponent(fileId)}`, { method: 'DELETE' });
}

export function useDeleteReportFile(periodId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteReportFile,
    onSettled: () => queryClient.invalidateQueries({ queryKey: reportQueryKey(periodId) }),
  });
}
