import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  importPreviewSchema,
  importResultSchema,
  type ImportCommitFields,
  type ImportPreview,
  type ImportResult,
} from '../../domain/force/force-api.schemas.ts';
import type { Db } from '../db/database.ts';
import type { Actor } from '../http/actor.ts';
import { actorOf } from '../http/auth.ts';
import { sendXlsx } from '../http/xlsx.ts';
import { requireCommuneInScope, requireForceWriter } from './force-scope.ts';
import { readImportRequest } from './import-common.ts';

type App = Parameters<FastifyPluginAsyncZod<{ db: Db }>>[0];

export interface ImportRoutes {
  /** The URL segment: `/<entity>/import-template.xlsx`, `/communes/:unitId/<entity>/imports/…`. */
  entity: 'members' | 'villages';
  /** The list's name in descriptions ("member list"). */
  listName: string;
  template: { filename: string; sheetName: string; columns: readonly { header: string }[] };
  preview: (
    db: Db,
    actor: Actor,
    unitId: string,
    data: Buffer,
    corrections: ImportCommitFields['corrections'],
  ) => Promise<ImportPreview>;
  commit: (
    db: Db,
    actor: Actor,
    unitId: string,
    data: Buffer,
    fields: ImportCommitFields,
  ) => Promise<ImportResult>;
  commitDescription: string;
}

const unitParams = z.object({ unitId: z.string().min(1).max(64) });

/**
 * The three routes of an .xlsx import into a commune's register: the empty template, the preview (every row
 * checked, nothing written) and the commit (all or nothing). The writer and the commune are checked before
 * the upload is read: a user who may not write there is answered 403 / 404 without it.
 */
export function registerImportRoutes(app: App, db: Db, o: ImportRoutes): void {
  app.get(
    `/${o.entity}/import-template.xlsx`,
    { schema: { tags: ['force'], description: `An empty ${o.listName} with the import headers.` } },
    async (_req, reply) =>
      sendXlsx(reply, {
        filename: o.template.filename,
        sheetName: o.template.sheetName,
        columns: o.template.columns.map((c) => ({ header: c.header, width: 18, value: () => null })),
        rows: (async function* () {})(),
      }),
  );
  const prepare = async (actor: Actor, unitId: string) => {
    requireForceWriter(actor);
    await requireCommuneInScope(db, actor, unitId);
  };
  app.post(
    `/communes/:unitId/${o.entity}/imports/preview`,
    {
      schema: {
        tags: ['force'],
        description:
          'multipart: `file` (.xlsx), optional `corrections` (JSON [{row, cells}]): every row checked, errors by row and column; nothing written.',
        params: unitParams,
        response: { 200: importPreviewSchema },
      },
    },
    async (req) => {
      const actor = actorOf(req);
      await prepare(actor, req.params.unitId);
      const { data, fields } = await readImportRequest(req);
      return o.preview(db, actor, req.params.unitId, data, fields.corrections);
    },
  );
  app.post(
    `/communes/:unitId/${o.entity}/imports/commit`,
    {
      schema: {
        tags: ['force'],
        description: `multipart: \`file\` (the same .xlsx), \`mode\` (all | valid-only), \`corrections\` (JSON [{row, cells}]). ${o.commitDescription}`,
        params: unitParams,
        response: { 201: importResultSchema },
      },
    },
    async (req, reply) => {
      const actor = actorOf(req);
      await prepare(actor, req.params.unitId);
      const { data, fields } = await readImportRequest(req);
      return reply.status(201).send(await o.commit(db, actor, req.params.unitId, data, fields));
    },
  );
}
