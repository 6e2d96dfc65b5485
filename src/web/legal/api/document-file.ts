import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { LegalDocument, LegalImportResult } from '../../../domain/legal/documents.schemas.ts';
import { DOCUMENTS_QUERY_KEY } from './documents.ts';
import { uploadFile } from './upload.ts';

export function useUploadDocumentFile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, file }: { id: string; file: File }) =>
      uploadFile<LegalDocument>(`/api/legal-documents/${encodeURIComponent(id)}/file`, file, 'PUT'),
    onSettled: () => queryClient.invalidateQueries({ queryKey: DOCUMENTS_QUERY_KEY }),
  });
}

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
