import type { EventFile } from '../../../domain/events/events.schemas.ts';
import { downloadFile } from '../../lib/download.ts';

export async function downloadEventFile(file: EventFile) {
  await downloadFile({
    path: `/api/event-files/${encodeURIComponent(file.id)}`,
    query: {},
    fallbackName: file.filename,
  });
}
