import { downloadFile } from '../../lib/download.ts';

export async function downloadConsolidation(input: {
  planId: string;
  format: 'docx' | 'xlsx';
  from?: string;
  to?: string;
}): Promise<void> {
  await downloadFile({
    path: `/api/plans/${encodeURIComponent(input.planId)}/consolidation.${input.format}`,
    query: { from: input.from, to: input.to },
    fallbackName: `bao-cao-tong-hop.${input.format}`,
  });
}
