import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { formatVietnameseDate } from '../../domain/common/dates.ts';
import { pageSchema } from '../../domain/common/pagination.ts';
import { IMPORT_COLUMNS } from '../../domain/legal/document-import.ts';
import {
  LEGAL_DOCUMENT_KIND_LABELS,
  LEGAL_ISSUER_LABELS,
  LEGAL_VALIDITY_LABELS,
} from '../../domain/legal/constants.ts';
import {
  legalDocumentInputSchema,
  legalDocumentListQuerySchema,
  legalDocumentSchema,
  legalDocumentUpdateSchema,
  legalImportResultSchema,
} from '../../domain/legal/documents.schemas.ts';
import type { Db } from '../db/database.ts';
import { actorOf } from '../http/auth.ts';
import { attachmentHeader } from '../http/file-store.ts';
import { readUploadedFile } from '../http/uploads.ts';
import { formatVietnamTime, sendXlsx } from '../http/xlsx.ts';
import { importDocuments } from './document-import.service.ts';
import {
  attachDocumentFile,
  createDocument,
  deleteDocument,
  exportDocuments,
  getDocument,
  listDocumentFields,
  listDocuments,
  readDocumentFile,
  updateDocument,
} from './documents.service.ts';

const idParams = z.object({ id: z.string().min(1).max(64) });
const tags = ['legal'];

export const legalDocumentsRoutes: FastifyPluginAsyncZod<{ db: Db; filesDir: string }> = async (
  app,
  { db, filesDir },
) => {
  app.get(
    '/legal-documents',
    {
      schema: {
        tags,
        querystring: legalDocumentListQuerySchema,
        response: { 200: pageSchema(legalDocumentSchema) },
      },
    },
    async (req) => listDocuments(db, actorOf(req), req.query),
  );

  app.get(
    '/legal-documents/fields',
    { schema: { tags, response: { 200: z.object({ items: z.array(z.string()) }) } } },
    async (req) => listDocumentFields(db, actorOf(req)),
  );

  // The columns of the import, in its order: an export can be edited and imported again.
  app.get(
    '/legal-documents/export.xlsx',
    { schema: { tags, querystring: legalDocumentListQuerySchema.omit({ limit: true, offset: true }) } },
    async (req, reply) =>
      sendXlsx(reply, {
        filename: 'so-van-ban-qppl.xlsx',
        sheetName: 'Văn bản QPPL',
        rows: exportDocuments(db, actorOf(req), req.query),
        columns: [
          { header: IMPORT_COLUMNS.number.heading, width: 20, value: (d) => d.number },
          {
            header: IMPORT_COLUMNS.kind.heading,
            width: 14,
            value: (d) => LEGAL_DOCUMENT_KIND_LABELS[d.kind].vi,
          },
          {
            header: IMPORT_COLUMNS.issuer.heading,
            width: 14,
            value: (d) => LEGAL_ISSUER_LABELS[d.issuer].vi,
          },
          {
            header: IMPORT_COLUMNS.issuedOn.heading,
            width: 14,
            value: (d) => formatVietnameseDate(d.issuedOn),
          },
          { header: IMPORT_COLUMNS.title.heading, width: 70, value: (d) => d.title },
          { header: IMPORT_COLUMNS.field.heading, width: 22, value: (d) => d.field },
          {
            header: IMPORT_COLUMNS.validity.heading,
            width: 22,
            value: (d) => LEGAL_VALIDITY_LABELS[d.validity].vi,
          },
          { header: IMPORT_COLUMNS.note.heading, width: 30, value: (d) => d.note },
          { header: 'Tệp đính kèm', width: 24, value: (d) => d.file?.filename ?? null },
          { header: 'Cập nhật', width: 20, value: (d) => formatVietnamTime(d.updatedAt) },
        ],
      }),
  );

  app.post(
    '/legal-documents/import',
    {
      schema: {
        tags,
        description:
          'multipart, one `file` (.xlsx). `?commit=true` writes every row or none; without it, a preview.',
        querystring: z.object({ commit: z.enum(['true', 'false']).default('false') }),
        response: { 200: legalImportResultSchema },
      },
    },
    async (req) =>
      importDocuments(db, actorOf(req), await readUploadedFile(req), { commit: req.query.commit === 'true' }),
  );

  app.post(
    '/legal-documents',
    { schema: { tags, body: legalDocumentInputSchema, response: { 201: legalDocumentSchema } } },
    async (req, reply) => reply.status(201).send(await createDocument(db, actorOf(req), req.body)),
  );

  app.get(
    '/legal-documents/:id',
    { schema: { tags, params: idParams, response: { 200: legalDocumentSchema } } },
    async (req) => getDocument(db, actorOf(req), req.params.id),
  );

  app.patch(
    '/legal-documents/:id',
    {
      schema: {
        tags,
        params: idParams,
        body: legalDocumentUpdateSchema,
        response: { 200: legalDocumentSchema },
      },
    },
    async (req) => updateDocument(db, actorOf(req), req.params.id, req.body),
  );

  app.delete('/legal-documents/:id', { schema: { tags, params: idParams } }, async (req, reply) => {
    await deleteDocument(db, actorOf(req), filesDir, req.params.id);
    return reply.status(204).send();
  });

  app.put(
    '/legal-documents/:id/file',
    {
      schema: {
        tags,
        params: idParams,
        description: 'multipart, one `file`',
        response: { 200: legalDocumentSchema },
      },
    },
    async (req) => attachDocumentFile(db, actorOf(req), filesDir, req.params.id, await readUploadedFile(req)),
  );

  app.get('/legal-documents/:id/file', { schema: { tags, params: idParams } }, async (req, reply) => {
    const file = await readDocumentFile(db, actorOf(req), filesDir, req.params.id);
    return reply
      .header('content-type', file.contentType)
      .header('content-disposition', attachmentHeader(file.filename))
      .send(file.data);
  });
};
