import type { IndicatorSourceFilter } from '../../../domain/events/indicator-sources.ts';
import { downloadFile } from '../../lib/download.ts';

export async function exportIndicatorSources(taskId: string, filter: IndicatorSourceFilter) {
  await downloadFile({
    path: `/api/tasks/${encodeURIComponent(taskId)}/indicator-sources/export.xlsx`,
    query: { ...filter },
    fallbackName: 'chi-tieu-lay-so-lieu-tu-dong.xlsx',
  });
}
