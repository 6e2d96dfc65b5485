import { downloadFile } from '../../lib/download.ts';
import type { ImportKind } from './preview-import.ts';

const NAMES: Record<ImportKind, string> = {
  villages: 'mau-danh-sach-thon-to-dan-pho.xlsx',
  members: 'mau-danh-sach-thanh-vien.xlsx',
};

export async function downloadImportTemplate(kind: ImportKind): Promise<void> {
  await downloadFile({ path: `/api/${kind}/import-template.xlsx`, query: {}, fallbackName: NAMES[kind] });
}
