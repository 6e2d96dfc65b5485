import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { LegalDocument, LegalDocumentUpdate } from '../../../domain/legal/documents.schemas.ts';
import { apiRequest } from '../../lib/api-client.ts';
import { DOCUMENTS_QUERY_KEY } from './list-documents.ts';

export async function updateDocument({
  id,
  ...input
}: LegalDocumentUpdate & { id: string }): Promise<LegalDocument> {
  return apiRequest<LegalDocument>(`/api/legal-documents/${encodeURIComponent(id)}`, {
    method: 'PATCH',
    body: input,
  });
}

export function useUpdateDocument() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateDocument,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: DOCUMENTS_QUERY_KEY }),
  });
}
