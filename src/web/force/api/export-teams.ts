import { downloadFile } from '../../lib/download.ts';
import type { SortOrder, TeamFilters, TeamSortField } from '../types.ts';

/** The list's filters and sort, so that the file shows what the screen shows. */
export async function exportTeams(
  filters: TeamFilters & { sort: TeamSortField; order: SortOrder },
): Promise<void> {
  await downloadFile({
    path: '/api/teams/export.xlsx',
    query: { ...filters },
    fallbackName: 'to-bao-ve-antt.xlsx',
  });
}
