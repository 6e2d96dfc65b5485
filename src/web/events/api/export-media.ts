import type { MediaFilter } from '../../../domain/events/media.schemas.ts';
import { downloadFile } from '../../lib/download.ts';
import type { SortOrder } from '../../lib/use-list-state.ts';
import type { MediaSortField } from './list-media.ts';

export async function exportMedia(filters: MediaFilter & { sort: MediaSortField; order: SortOrder }) {
  await downloadFile({
    path: '/api/media/export.xlsx',
    query: { ...filters },
    fallbackName: 'tin-bai-tuyen-truyen.xlsx',
  });
}
