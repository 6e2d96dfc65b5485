import { downloadFile } from '../../lib/download.ts';

export async function exportCampaigns(filters: { state?: 'open' | 'closed' }): Promise<void> {
  await downloadFile({
    path: '/api/review-campaigns/export.xlsx',
    query: filters,
    fallbackName: 'dot-ra-soat.xlsx',
  });
}
