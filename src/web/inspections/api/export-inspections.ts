import { downloadFile } from '../../lib/download.ts';
import type { InspectionFilters, InspectionSort, SortOrder } from '../types.ts';

export async function exportInspections(
  filters: InspectionFilters & { sort: InspectionSort; order: SortOrder },
): Promise<void> {
  await downloadFile({
    path: '/api/inspections/export.xlsx',
    query: { ...filters },
    fallbackName: 'kiem-tra.xlsx',
  });
}
