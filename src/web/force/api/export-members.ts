import { downloadFile } from '../../lib/download.ts';
import type { MemberFilters, MemberSortField, SortOrder } from '../types.ts';

/**
 * The filtered list in the import layout, CCCD and phone masked; `reveal` writes them whole (the server logs
 * it, Nghị định 13/2023), for a list to be edited and imported again.
 */
export async function exportMembers(
  params: MemberFilters & { sort: MemberSortField; order: SortOrder; reveal?: boolean },
): Promise<void> {
  const { reveal, ...query } = params;
  await downloadFile({
    path: '/api/members/export.xlsx',
    query: { ...query, reveal: reveal ? 'true' : undefined },
    fallbackName: 'danh-sach-thanh-vien.xlsx',
  });
}
