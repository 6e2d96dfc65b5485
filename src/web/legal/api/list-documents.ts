import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../lib/api-client.ts';
import type { DocumentListParams, DocumentPage } from '../types.ts';

export const DOCUMENTS_QUERY_KEY = ['legal-documents'] as const;

export async function listDocuments(params: DocumentListParams, signal?: AbortSignal): Promise<DocumentPage> {
  return apiRequest<DocumentPage>('/api/legal-documents', { query: { ...params }, signal });
}

export function useDocuments(params: DocumentListParams) {
  return useQuery({
    queryKey: [...DOCUMENTS_QUERY_KEY, 'list', params],
    queryFn: ({ signal }) => listDocuments(params, signal),
    placeholderData: keepPreviousData,
  });
}
