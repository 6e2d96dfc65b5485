import type { OverviewQuery } from '../../../domain/force/force-api.schemas.ts';
import { downloadFile } from '../../lib/download.ts';

export async function exportOverview(query: OverviewQuery): Promise<void> {
  await downloadFile({
    path: '/api/force/overview/export.xlsx',
    query: { ...query },
    fallbackName: 'tong-hop-luc-luong-antt-co-so.xlsx',
  });
}
