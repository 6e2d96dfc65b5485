import { downloadFile } from '../../lib/download.ts';
import type { AuditFilters } from '../types.ts';

export async function exportAudit(filters: AuditFilters): Promise<void> {
  await downloadFile({
    path: '/api/audit/export.xlsx',
    query: { ...filters },
    fallbackName: 'nhat-ky-he-thong.xlsx',
  });
}
