import { downloadFile } from '../../lib/download.ts';
import type { DifficultyFilters, DifficultySortField, SortOrder } from '../types.ts';

export async function exportDifficulties(
  filters: DifficultyFilters & { sort: DifficultySortField; order: SortOrder },
): Promise<void> {
  await downloadFile({
    path: '/api/difficulties/export.xlsx',
    query: { ...filters },
    fallbackName: 'kho-khan-vuong-mac.xlsx',
  });
}
