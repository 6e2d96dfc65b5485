import type { LegalDocument } from '../../../domain/legal/documents.schemas.ts';
import { downloadFile } from '../../lib/download.ts';

export async function downloadDocumentFile(document: LegalDocument): Promise<void> {
  await downloadFile({
    path: `/api/legal-documents/${encodeURIComponent(document.id)}/file`,
    query: {},
    fallbackName: document.file?.filename ?? 'van-ban',
  });
}
