import { downloadFile } from '../../lib/download.ts';
import type { CampaignListParams } from '../types.ts';

export async function exportCampaigns(filters: Omit<CampaignListParams, 'limit' | 'offset'>): Promise<void> {
  await downloadFile({
    path: '/api/review-campaigns/export.xlsx',
    query: { ...filters },
    fallbackName: 'dot-ra-soat.xlsx',
  });
}
