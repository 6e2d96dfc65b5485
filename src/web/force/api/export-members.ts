import { downloadFile } from '../../lib/download.ts';
import type { MemberFilters, MemberSortField, SortOrder } from '../types.ts';

/** The filtered list in the import layout, CCCD and phone masked. */
export async function exportMembers(
  params: MemberFilters & { sort: MemberSortField; order: SortOrder },
): Promise<void> {
  await downloadFile({
    path: '/api/members/export.xlsx',
    query: { ...params },
    fallbackName: 'danh-sach-thanh-vien.xlsx',
  });
}
