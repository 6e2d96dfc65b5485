import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ReportFile } from '../../../domain/reports/reports.schemas.ts';
import { networkError, parseErrorResponse } from '../../lib/api-client.ts';
import { getLanguage } from '../../lib/i18n.ts';
import { reportQueryKey } from './get-report.ts';

/** Multipart, so not through apiRequest's JSON body; errors still become ApiError (415 type, 413 size). */
export async function uploadReportFile({
  reportId,
  file,
}: {
  reportId: string;
  file: File;
}): Promise<ReportFile> {
  const body = new FormData();
  body.append('file', file, file.name);
  let response: Response;
  try {
    response = await fetch(`/api/reports/${encodeURIComponent(reportId)}/files`, {
      method: 'POST',
      headers: { Accept: 'application/json', 'Accept-Language': getLanguage() },
      credentials: 'same-origin',
      body,
    });
  } catch {
    throw networkError();
  }
  if (!response.ok) throw await parseErrorResponse(response);
  return (await response.json()) as ReportFile;
}

export function useUploadReportFile(periodId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: uploadReportFile,
    onSettled: () => queryClient.invalidateQueries({ queryKey: reportQueryKey(periodId) }),
  });
}
