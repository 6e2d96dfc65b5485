import { randomUUID } from 'node:crypto';
import { foldText } from '../../domain/common/text.ts';
import { documentNumberKey } from '../../domain/legal/document-import.ts';
import type {
  LegalDocument,
  LegalDocumentFilter,
  LegalDocumentInput,
  LegalDocumentListQuery,
  LegalDocumentUpdate,
} from '../../domain/legal/documents.schemas.ts';
import { type AuditActor, recordAudit } from '../audit/audit.service.ts';
import type { Db } from '../db/database.ts';
import type { Actor } from '../http/actor.ts';
import { requireRole } from '../http/auth.ts';
import { AppError, conflict, notFound } from '../http/errors.ts';
import { readStoredFile, removeStoredFile, storeEvidenceFile } from '../http/file-store.ts';
import type { UploadedFile } from '../http/uploads.ts';
import {
  type DocumentRow,
  findDocumentFields,
  findDocumentPage,
  findNumberKeys,
  findVisibleDocument,
  streamDocuments,
} from './documents.repo.ts';
import { provinceIdOf } from './legal-scope.ts';

export const DOCUMENT_NOT_FOUND = { vi: 'Không tìm thấy văn bản.', en: 'Document not found.' };
const NUMBER_TAKEN = 'Số, ký hiệu này đã có trong sổ văn bản';
const NO_FILE = { vi: 'Văn bản chưa có tệp đính kèm.', en: 'The document has no file attached.' };

export function toLegalDocument(row: DocumentRow): LegalDocument {
  return {
    id: row.id,
    number: row.number,
    kind: row.kind,
    issuer: row.issuer,
    issuedOn: row.issuedOn,
    title: row.title,
    field: row.field,
    validity: row.validity,
    note: row.note,
    isDemo: row.isDemo === 1,
    file:
      row.fileName && row.fileContentType && row.fileSha256
        ? {
            filename: row.fileName,
            contentType: row.fileContentType,
            size: row.fileSize ?? 0,
            sha256: row.fileSha256,
          }
        : null,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    version: row.version,
  };
}

/** The register is kept by the provincial coordinator (Công an tỉnh) and the administrators; all others read it. */
function requireRegisterKeeper(actor: Actor) {
  requireRole(actor, 'admin', 'coordinator');
}

const searchNameOf = (input: Pick<LegalDocumentInput, 'number' | 'title' | 'field'>) =>
  foldText(`${input.number} ${input.title} ${input.field ?? ''}`);

export async function listDocuments(db: Db, actor: Actor, query: LegalDocumentListQuery) {
  const { rows, total } = await findDocumentPage(db, actor, {
    ...query,
    folded: query.q ? foldText(query.q) : undefined,
  });
  return { items: rows.map(toLegalDocument), total };
}

export async function* exportDocuments(
  db: Db,
  actor: Actor,
  filter: LegalDocumentFilter & Pick<LegalDocumentListQuery, 'sort' | 'order'>,
): AsyncIterable<LegalDocument> {
  const folded = filter.q ? foldText(filter.q) : undefined;
  for await (const row of streamDocuments(db, actor, { ...filter, folded })) yield toLegalDocument(row);
}

export async function listDocumentFields(db: Db, actor: Actor) {
  return { items: await findDocumentFields(db, actor) };
}

export async function getDocument(db: Db, actor: Actor, id: string): Promise<LegalDocument> {
  const row = await findVisibleDocument(db, actor, id);
  if (!row) throw notFound(DOCUMENT_NOT_FOUND);
  return toLegalDocument(row);
}

/** Writes new documents of one province (hand entry, import, demo); the caller checks numbers first. */
export async function insertDocuments(
  db: Db,
  actor: AuditActor,
  provinceId: string,
  inputs: LegalDocumentInput[],
  options: { isDemo?: boolean } = {},
): Promise<string[]> {
  const rows = inputs.map((input) => ({
    id: randomUUID(),
    provinceId,
    number: input.number,
    numberKey: documentNumberKey(input.number),
    kind: input.kind,
    issuer: input.issuer,
    issuedOn: input.issuedOn,
    title: input.title,
    field: input.field ?? null,
    validity: input.validity,
    note: input.note ?? null,
    searchName: searchNameOf(input),
    isDemo: options.isDemo ? 1 : 0,
    createdBy: actor.userId,
    updatedBy: actor.userId,
    createdAt: actor.now,
    updatedAt: actor.now,
  }));
  for (let start = 0; start < rows.length; start += 200) {
    await db
      .insertInto('legalDocument')
      .values(rows.slice(start, start + 200))
      .execute();
  }
  return rows.map((row) => row.id);
}

export async function createDocument(
  db: Db,
  actor: Actor,
  input: LegalDocumentInput,
): Promise<LegalDocument> {
  requireRegisterKeeper(actor);
  const provinceId = provinceIdOf(actor);
  const id = await db.transaction().execute(async (trx) => {
    const taken = await findNumberKeys(trx, provinceId, [documentNumberKey(input.number)]);
    if (taken.size > 0) throw conflict(undefined, [{ path: '/number', message: NUMBER_TAKEN }]);
    const [created] = await insertDocuments(trx, actor, provinceId, [input]);
    if (!created) throw new AppError('INTERNAL');
    await recordAudit(trx, actor, {
      action: 'create',
      entity: 'legal_document',
      entityId: created,
      after: input,
    });
    return created;
  });
  return getDocument(db, actor, id);
}

/** A document the actor reads (404 otherwise) and keeps (403 otherwise). */
async function requireKeptDocument(db: Db, actor: Actor, id: string) {
  const row = await findVisibleDocument(db, actor, id);
  if (!row) throw notFound(DOCUMENT_NOT_FOUND);
  requireRegisterKeeper(actor);
  return row;
}

export async function updateDocument(
  db: Db,
  actor: Actor,
  id: string,
  input: LegalDocumentUpdate,
): Promise<LegalDocument> {
  const current = await requireKeptDocument(db, actor, id);
  const { version, ...changes } = input;
  const next = { ...toLegalDocument(current), ...changes };
  await db.transaction().execute(async (trx) => {
    if (
      changes.number !== undefined &&
      documentNumberKey(changes.number) !== documentNumberKey(current.number)
    ) {
      const taken = await findNumberKeys(trx, current.provinceId, [documentNumberKey(changes.number)]);
      if (taken.size > 0) throw conflict(undefined, [{ path: '/number', message: NUMBER_TAKEN }]);
    }
    const result = await trx
      .updateTable('legalDocument')
      .set({
        ...changes,
        numberKey: documentNumberKey(next.number),
        searchName: searchNameOf(next),
        updatedBy: actor.userId,
        updatedAt: actor.now,
        version: version + 1,
      })
      .where('id', '=', id)
      .where('version', '=', version)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) throw conflict();
    await recordAudit(trx, actor, {
      action: 'update',
      entity: 'legal_document',
      entityId: id,
      before: toLegalDocument(current),
      after: changes,
    });
  });
  return getDocument(db, actor, id);
}

export async function deleteDocument(db: Db, actor: Actor, filesDir: string, id: string): Promise<void> {
  const current = await requireKeptDocument(db, actor, id);
  await db.transaction().execute(async (trx) => {
    const used = await trx
      .selectFrom('reviewFinding')
      .select('id')
      .where('documentId', '=', id)
      .executeTakeFirst();
    if (used) {
      throw conflict({
        vi: 'Văn bản đã có kết quả rà soát của đơn vị, không thể xóa. Hãy cập nhật tình trạng hiệu lực thay vì xóa.',
        en: 'Units have recorded findings on this document; update its validity instead of deleting it.',
      });
    }
    await trx.deleteFrom('legalDocument').where('id', '=', id).execute();
    await recordAudit(trx, actor, {
      action: 'delete',
      entity: 'legal_document',
      entityId: id,
      before: toLegalDocument(current),
    });
  });
  if (current.fileStorageKey) await removeStoredFile(filesDir, current.fileStorageKey);
}

/** Attaches the document's file (the signed copy), replacing the one it had. */
export async function attachDocumentFile(
  db: Db,
  actor: Actor,
  filesDir: string,
  id: string,
  file: UploadedFile,
): Promise<LegalDocument> {
  const current = await requireKeptDocument(db, actor, id);
  const stored = await storeEvidenceFile(filesDir, actor.now, file);
  try {
    await db.transaction().execute(async (trx) => {
      await trx
        .updateTable('legalDocument')
        .set({
          fileName: stored.filename,
          fileContentType: stored.contentType,
          fileSize: stored.size,
          fileSha256: stored.sha256,
          fileStorageKey: stored.storageKey,
          updatedBy: actor.userId,
          updatedAt: actor.now,
          version: current.version + 1,
        })
        .where('id', '=', id)
        .execute();
      await recordAudit(trx, actor, {
        action: 'update',
        entity: 'legal_document',
        entityId: id,
        before: { file: current.fileName, sha256: current.fileSha256 },
        after: { file: stored.filename, size: stored.size, sha256: stored.sha256 },
      });
    });
  } catch (err) {
    await removeStoredFile(filesDir, stored.storageKey);
    throw err;
  }
  if (current.fileStorageKey) await removeStoredFile(filesDir, current.fileStorageKey);
  return getDocument(db, actor, id);
}

export async function readDocumentFile(db: Db, actor: Actor, filesDir: string, id: string) {
  const row = await findVisibleDocument(db, actor, id);
  if (!row) throw notFound(DOCUMENT_NOT_FOUND);
  if (!row.fileStorageKey || !row.fileSha256 || !row.fileName) throw notFound(NO_FILE);
  const data = await readStoredFile(filesDir, row.fileStorageKey, row.fileSha256);
  return { filename: row.fileName, contentType: row.fileContentType ?? 'application/octet-stream', data };
}
