import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { LegalDocument } from '../../../domain/legal/documents.schemas.ts';
import { DOCUMENTS_QUERY_KEY } from './list-documents.ts';
import { uploadFile } from './upload.ts';

/** Attaches the document's file, replacing the one it had. */
export function useUploadDocumentFile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, file }: { id: string; file: File }) =>
      uploadFile<LegalDocument>(`/api/legal-documents/${encodeURIComponent(id)}/file`, file, 'PUT'),
    onSettled: () => queryClient.invalidateQueries({ queryKey: DOCUMENTS_QUERY_KEY }),
  });
}
