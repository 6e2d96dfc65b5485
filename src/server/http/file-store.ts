/**
 * Evidence and document files on disk: the type read from the content (never the name), stored under
 * DATA_DIR/files/<year>/<id> with a SHA-256 that is checked again on every read. Reports' evidence files,
 * legal documents and event materials keep their rows in their own tables and their bytes here.
 */
import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { LocalizedText } from '../../domain/errors.ts';
import { AppError } from './errors.ts';
import { sniffFileType } from './uploads.ts';

export const WRONG_FILE_TYPE: LocalizedText = {
  vi: 'Chỉ nhận tệp PDF, Word (.docx), Excel (.xlsx), ảnh JPEG hoặc PNG. Tệp này không thuộc các dạng đó.',
  en: 'Files must be PDF, Word (.docx), Excel (.xlsx), JPEG or PNG; this file is none of these.',
};

/** The types SPEC §4 allows for evidence, read from the content, never from the name. */
export function evidenceType(data: Buffer): string | undefined {
  const type = sniffFileType(data);
  if (type === 'pdf') return 'application/pdf';
  if (type === 'jpeg') return 'image/jpeg';
  if (type === 'png') return 'image/png';
  if (type === 'zip') {
    // Office files are ZIP archives; their part names are stored as plain text in the archive's headers.
    if (data.includes('word/document.xml'))
      return 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
    if (data.includes('xl/workbook.xml'))
      return 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  }
  return undefined;
}

/** The name as shown and downloaded: no folders, no control characters. */
export const safeFileName = (name: string) =>
  [...path.basename(name)]
    .map((c) => (c.charCodeAt(0) < 32 || c === '\\' ? '_' : c))
    .join('')
    .slice(0, 200) || 'tep';

export interface StoredFileMeta {
  id: string;
  filename: string;
  contentType: string;
  size: number;
  sha256: string;
  storageKey: string;
}

/**
 * Checks the type (415 otherwise) and writes the bytes; the caller records the row in its transaction and
 * calls `removeStoredFile` if that fails, so that no row points at a missing file and no file is orphaned.
 */
export async function storeEvidenceFile(
  filesDir: string,
  now: string,
  file: { filename: string; data: Buffer },
): Promise<StoredFileMeta> {
  const contentType = evidenceType(file.data);
  if (!contentType) throw new AppError('UNSUPPORTED_MEDIA_TYPE', WRONG_FILE_TYPE);
  const id = randomUUID();
  const storageKey = path.join(now.slice(0, 4), id);
  const target = path.join(filesDir, storageKey);
  await fs.mkdir(path.dirname(target), { recursive: true });
  await fs.writeFile(target, file.data);
  return {
    id,
    filename: safeFileName(file.filename),
    contentType,
    size: file.data.length,
    sha256: createHash('sha256').update(file.data).digest('hex'),
    storageKey,
  };
}

/** A stored file's bytes, checked against the checksum recorded when it was stored. */
export async function readStoredFile(filesDir: string, storageKey: string, sha256: string): Promise<Buffer> {
  const data = await fs.readFile(path.join(filesDir, storageKey));
  if (createHash('sha256').update(data).digest('hex') !== sha256) {
    throw new AppError('INTERNAL', {
      vi: 'Tệp lưu trữ bị hỏng (sai mã kiểm tra).',
      en: 'Stored file is corrupt (checksum mismatch).',
    });
  }
  return data;
}

export async function removeStoredFile(filesDir: string, storageKey: string): Promise<void> {
  await fs.rm(path.join(filesDir, storageKey), { force: true });
}

/** `attachment` with the name in ASCII for old clients and in UTF-8 for the rest (RFC 6266). */
export function attachmentHeader(filename: string): string {
  return `attachment; filename="${filename.replace(/[^\x20-\x7e]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}
