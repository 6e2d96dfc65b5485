import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  LegalDocument,
  LegalDocumentInput,
  LegalDocumentUpdate,
} from '../../../domain/legal/documents.schemas.ts';
import { apiRequest } from '../../lib/api-client.ts';
import { downloadFile } from '../../lib/download.ts';
import type {
  DocumentFilters,
  DocumentListParams,
  DocumentPage,
  DocumentSortField,
  SortOrder,
} from '../types.ts';

export const DOCUMENTS_QUERY_KEY = ['legal-documents'] as const;

export function useDocuments(params: DocumentListParams) {
  return useQuery({
    queryKey: [...DOCUMENTS_QUERY_KEY, 'list', params],
    queryFn: ({ signal }) =>
      apiRequest<DocumentPage>('/api/legal-documents', { query: { ...params }, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useDocumentFields() {
  return useQuery({
    queryKey: [...DOCUMENTS_QUERY_KEY, 'fields'],
    queryFn: ({ signal }) => apiRequest<{ items: string[] }>('/api/legal-documents/fields', { signal }),
    select: (data) => data.items,
  });
}

export async function exportDocuments(
  filters: DocumentFilters & { sort: DocumentSortField; order: SortOrder },
): Promise<void> {
  await downloadFile({
    path: '/api/legal-documents/export.xlsx',
    query: { ...filters },
    fallbackName: 'so-van-ban-qppl.xlsx',
  });
}

export async function downloadDocumentFile(document: LegalDocument): Promise<void> {
  await downloadFile({
    path: `/api/legal-documents/${encodeURIComponent(document.id)}/file`,
    query: {},
    fallbackName: document.file?.filename ?? 'van-ban',
  });
}

function useInvalidateDocuments() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: DOCUMENTS_QUERY_KEY });
}

export function useCreateDocument() {
  const invalidate = useInvalidateDocuments();
  return useMutation({
    mutationFn: (input: LegalDocumentInput) =>
      apiRequest<LegalDocument>('/api/legal-documents', { method: 'POST', body: input }),
    onSuccess: invalidate,
  });
}

export function useUpdateDocument() {
  const invalidate = useInvalidateDocuments();
  return useMutation({
    mutationFn: ({ id, ...input }: LegalDocumentUpdate & { id: string }) =>
      apiRequest<LegalDocument>(`/api/legal-documents/${encodeURIComponent(id)}`, {
        method: 'PATCH',
        body: input,
      }),
    onSuccess: invalidate,
  });
}

export function useDeleteDocument() {
  const invalidate = useInvalidateDocuments();
  return useMutation({
    mutationFn: (id: string) =>
      apiRequest<void>(`/api/legal-documents/${encodeURIComponent(id)}`, { method: 'DELETE' }),
    onSuccess: invalidate,
  });
}
