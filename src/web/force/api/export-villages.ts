import { downloadFile } from '../../lib/download.ts';
import type { SortOrder, VillageFilters, VillageSortField } from '../types.ts';
import { villageQuery } from './list-villages.ts';

export async function exportVillages(
  params: VillageFilters & { sort: VillageSortField; order: SortOrder },
): Promise<void> {
  await downloadFile({
    path: '/api/villages/export.xlsx',
    query: villageQuery(params),
    fallbackName: 'thon-to-dan-pho.xlsx',
  });
}
