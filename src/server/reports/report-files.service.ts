import type { ReportFile } from '../../domain/reports/reports.schemas.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { Db } from '../db/database.ts';
import type { Actor } from '../http/actor.ts';
import { readStoredFile, removeStoredFile, storeEvidenceFile } from '../http/file-store.ts';
import { notFound } from '../http/errors.ts';
import type { UploadedFile } from '../http/uploads.ts';
import { findFiles } from './reports.repo.ts';
import { requireReportAccess } from './reports.service.ts';

const FILE_NOT_FOUND = { vi: 'Không tìm thấy tệp.', en: 'File not found.' };

export async function addReportFile(
  db: Db,
  actor: Actor,
  filesDir: string,
  reportId: string,
  file: UploadedFile,
): Promise<ReportFile> {
  await requireReportAccess(db, actor, reportId, 'write');
  const stored = await storeEvidenceFile(filesDir, actor.now, file);
  const { id, filename, contentType, size, sha256, storageKey } = stored;
  try {
    await db.transaction().execute(async (trx) => {
      await trx
        .insertInto('reportFile')
        .values({
          id,
          reportId,
          filename,
          contentType,
          size,
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
        after: { reportId, filename, size, sha256 },
      });
    });
  } catch (err) {
    await removeStoredFile(filesDir, storageKey);
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
  const data = await readStoredFile(filesDir, file.storageKey, file.sha256);
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
  await removeStoredFile(filesDir, file.storageKey);
}
