import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { ReportFile } from '../../domain/reports/reports.schemas.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { Db } from '../db/database.ts';
import type { Actor } from '../http/actor.ts';
import { AppError, notFound } from '../http/errors.ts';
import { sniffFileType, type UploadedFile } from '../http/uploads.ts';
import { findFiles } from './reports.repo.ts';
import { requireReportAccess } from './reports.service.ts';

const FILE_NOT_FOUND = { vi: 'Không tìm thấy tệp.', en: 'File not found.' };
const WRONG_TYPE = {
  vi: 'Chỉ nhận tệp minh chứng PDF, Word (.docx), Excel (.xlsx), ảnh JPEG hoặc PNG. Tệp này không thuộc các dạng đó.',
  en: 'Evidence must be PDF, Word (.docx), Excel (.xlsx), JPEG or PNG; this file is none of these.',
};

/** The evidence types SPEC §4 allows, read from the content, never from the name. */
function evidenceType(data: Buffer): string | undefined {
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
const safeName = (name: string) =>
  [...path.basename(name)]
    .map((c) => (c.charCodeAt(0) < 32 || c === '\\' ? '_' : c))
    .join('')
    .slice(0, 200) || 'tep';

export async function addReportFile(
  db: Db,
  actor: Actor,
  filesDir: string,
  reportId: string,
  file: UploadedFile,
): Promise<ReportFile> {
  await requireReportAccess(db, actor, reportId, 'write');
  const contentType = evidenceType(file.data);
  if (!contentType) throw new AppError('UNSUPPORTED_MEDIA_TYPE', WRONG_TYPE);
  const id = randomUUID();
  const sha256 = createHash('sha256').update(file.data).digest('hex');
  const storageKey = path.join(actor.now.slice(0, 4), id);
  const target = path.join(filesDir, storageKey);
  await fs.mkdir(path.dirname(target), { recursive: true });
  await fs.writeFile(target, file.data);
  try {
    await db.transaction().execute(async (trx) => {
      await trx
        .insertInto('reportFile')
        .values({
          id,
          reportId,
          filename: safeName(file.filename),
          contentType,
          size: file.data.length,
          sha256,
          storageKey,
          uploadedBy: actor.userId,
          uploadedAt: actor.now,
        })
        .execute();
      await recordAudit(trx, actor, {
        action: 'create',
        entity: 'report_file',
        entityId: id,
        after: { reportId, filename: safeName(file.filename), size: file.data.length, sha256 },
      });
    });
  } catch (err) {
    await fs.rm(target, { force: true });
    throw err;
  }
  const files = await findFiles(db, reportId);
  const saved = files.find((f) => f.id === id);
  if (!saved) throw notFound(FILE_NOT_FOUND);
  return saved;
}

async function findFile(db: Db, id: string) {
  return db.selectFrom('reportFile').selectAll().where('id', '=', id).executeTakeFirst();
}

/** A file's bytes for download, checked against its stored checksum. */
export async function readReportFile(db: Db, actor: Actor, filesDir: string, id: string) {
  const file = await findFile(db, id);
  if (!file) throw notFound(FILE_NOT_FOUND);
  await requireReportAccess(db, actor, file.reportId, 'read');
  const data = await fs.readFile(path.join(filesDir, file.storageKey));
  if (createHash('sha256').update(data).digest('hex') !== file.sha256) {
    throw new AppError('INTERNAL', {
      vi: 'Tệp lưu trữ bị hỏng (sai mã kiểm tra).',
      en: 'Stored file is corrupt (checksum mismatch).',
    });
  }
  return { file, data };
}

export async function deleteReportFile(db: Db, actor: Actor, filesDir: string, id: string): Promise<void> {
  const file = await findFile(db, id);
  if (!file) throw notFound(FILE_NOT_FOUND);
  await requireReportAccess(db, actor, file.reportId, 'write');
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('reportFile').where('id', '=', id).execute();
    await recordAudit(trx, actor, {
      action: 'delete',
      entity: 'report_file',
      entityId: id,
      before: { filename: file.filename, sha256: file.sha256 },
    });
  });
  await fs.rm(path.join(filesDir, file.storageKey), { force: true });
}
