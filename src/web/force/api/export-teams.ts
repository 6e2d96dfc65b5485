import { downloadFile } from '../../lib/download.ts';
import type { TeamFilters } from '../types.ts';

export async function exportTeams(filters: TeamFilters): Promise<void> {
  await downloadFile({
    path: '/api/teams/export.xlsx',
    query: { ...filters },
    fallbackName: 'to-bao-ve-antt.xlsx',
  });
}
