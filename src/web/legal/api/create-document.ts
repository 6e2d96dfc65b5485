import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { LegalDocument, LegalDocumentInput } from '../../../domain/legal/documents.schemas.ts';
import { apiRequest } from '../../lib/api-client.ts';
import { DOCUMENTS_QUERY_KEY } from './list-documents.ts';

export async function createDocument(input: LegalDocumentInput): Promise<LegalDocument> {
  return apiRequest<LegalDocument>('/api/legal-documents', { method: 'POST', body: input });
}

export function useCreateDocument() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createDocument,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: DOCUMENTS_QUERY_KEY }),
  });
}
