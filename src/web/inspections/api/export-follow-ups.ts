import { downloadFile } from '../../lib/download.ts';
import type { FollowUpListParams } from '../types.ts';

export async function exportFollowUps(params: Omit<FollowUpListParams, 'limit' | 'offset'>): Promise<void> {
  await downloadFile({
    path: '/api/follow-ups/export.xlsx',
    query: { ...params, sort: 'dueDate' },
    fallbackName: 'viec-can-khac-phuc.xlsx',
  });
}
