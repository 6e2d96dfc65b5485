import { downloadFile } from '../../lib/download.ts';
import { campaignPath } from './list-campaigns.ts';

export async function downloadReviewConsolidation(id: string, format: 'docx' | 'xlsx'): Promise<void> {
  await downloadFile({
    path: `${campaignPath(id)}/consolidation.${format}`,
    query: {},
    fallbackName: `tong-hop-ra-soat.${format}`,
  });
}
