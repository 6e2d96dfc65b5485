import { downloadFile } from '../../lib/download.ts';
import type { PlanFilters, PlanSortField, SortOrder } from '../types.ts';

export async function exportPlans(
  filters: PlanFilters & { sort: PlanSortField; order: SortOrder },
): Promise<void> {
  await downloadFile({
    path: '/api/plans/export.xlsx',
    query: { ...filters },
    fallbackName: 'ke-hoach.xlsx',
  });
}
