import { downloadFile } from '../../lib/download.ts';
import type { SortOrder, UserFilters, UserSortField } from '../types.ts';

export async function exportUsers(
  filters: UserFilters & { sort: UserSortField; order: SortOrder },
): Promise<void> {
  await downloadFile({
    path: '/api/users/export.xlsx',
    query: { ...filters },
    fallbackName: 'nguoi-dung.xlsx',
  });
}
