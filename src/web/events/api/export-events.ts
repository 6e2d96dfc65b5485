import type { EventFilter } from '../../../domain/events/events.schemas.ts';
import { downloadFile } from '../../lib/download.ts';
import type { SortOrder } from '../../lib/use-list-state.ts';
import type { EventSortField } from './list-events.ts';

export async function exportEvents(filters: EventFilter & { sort: EventSortField; order: SortOrder }) {
  await downloadFile({
    path: '/api/events/export.xlsx',
    query: { ...filters },
    fallbackName: 'hoi-nghi-tap-huan.xlsx',
  });
}
