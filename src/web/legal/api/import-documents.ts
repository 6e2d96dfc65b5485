import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { LegalImportResult } from '../../../domain/legal/documents.schemas.ts';
import { DOCUMENTS_QUERY_KEY } from './list-documents.ts';
import { uploadFile } from './upload.ts';

/** Checks the file (commit false: a preview) or imports it whole (commit true). */
export function useImportDocuments() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ file, commit }: { file: File; commit: boolean }) =>
      uploadFile<LegalImportResult>(`/api/legal-documents/import?commit=${String(commit)}`, file),
    onSuccess: (result) => {
      if (result.isImported) void queryClient.invalidateQueries({ queryKey: DOCUMENTS_QUERY_KEY });
    },
  });
}
