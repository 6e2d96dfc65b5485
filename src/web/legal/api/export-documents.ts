import { downloadFile } from '../../lib/download.ts';
import type { SortOrder } from '../../lib/use-list-state.ts';
import type { DocumentFilters, DocumentSortField } from '../types.ts';

export async function exportDocuments(
  filters: DocumentFilters & { sort: DocumentSortField; order: SortOrder },
): Promise<void> {
  await downloadFile({
    path: '/api/legal-documents/export.xlsx',
    query: { ...filters },
    fallbackName: 'so-van-ban-qppl.xlsx',
  });
}
