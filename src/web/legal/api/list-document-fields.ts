import { useQuery } from '@tanstack/react-query';
import { apiRequest } from '../../lib/api-client.ts';
import { DOCUMENTS_QUERY_KEY } from './list-documents.ts';

/** The fields (lĩnh vực) the register uses, for the filter and the form. */
export function useDocumentFields() {
  return useQuery({
    queryKey: [...DOCUMENTS_QUERY_KEY, 'fields'],
    queryFn: ({ signal }) => apiRequest<{ items: string[] }>('/api/legal-documents/fields', { signal }),
    select: (data) => data.items,
  });
}
