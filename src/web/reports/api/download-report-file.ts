import type { ReportFile } from '../../../domain/reports/reports.schemas.ts';
import { downloadFile } from '../../lib/download.ts';

export async function downloadReportFile(file: ReportFile): Promise<void> {
  await downloadFile({
    path: `/api/files/${encodeURIComponent(file.id)}`,
    query: {},
    fallbackName: file.filename,
  });
}
