import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { pageSchema } from '../../domain/common/pagination.ts';
import type { Db } from '../db/database.ts';
import { actorOf } from '../http/auth.ts';
import {
  villageCreateSchema,
  villageListQuerySchema,
  villageSchema,
  villageUpdateSchema,
} from '../../domain/force/force-api.schemas.ts';
import { registerImportRoutes } from './import-routes.ts';
import {
  commitVillageImport,
  previewVillageImport,
  VILLAGE_COLUMNS,
  type VillageColumnKey,
} from './villages-import.service.ts';
import { createVillage, deleteVillage, getVillage, listVillages, updateVillage } from './villages.service.ts';
import { sendXlsx } from '../http/xlsx.ts';
import {
  AREA_TYPE_LABELS,
  SECURITY_RATING_LABELS,
  VILLAGE_KIND_LABELS,
} from '../../domain/force/force.labels.ts';
import type { Village } from '../../domain/force/force-api.schemas.ts';

const GAP_VI = { ok: 'Đủ', short: 'Thiếu', over: 'Vượt mức tối đa', unknown: 'Chưa xác định' } as const;

/** The import's columns first (so that an export can be edited and imported again), then what the rules say. */
const EXPORT_VALUES: Record<VillageColumnKey, (v: Village & { stt: number }) => string | number | null> = {
  stt: (v) => v.stt,
  name: (v) => v.name,
  kind: (v) => VILLAGE_KIND_LABELS[v.kind].vi,
  households: (v) => v.households,
  population: (v) => v.population,
  areaHectares: (v) => v.areaHectares,
  villageClass: (v) => v.villageClass,
  areaTypes: (v) => v.areaTypes.map((a) => AREA_TYPE_LABELS[a].vi).join(', ') || null,
  securityRating: (v) => SECURITY_RATING_LABELS[v.securityRating].vi,
  note: (v) => v.note,
};

const idParams = z.object({ id: z.string().min(1).max(64) });

export const villagesRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    '/villages',
    {
      schema: {
        tags: ['force'],
        description: 'Villages in scope with what the rules require, the members in post and the gaps.',
        querystring: villageListQuerySchema,
        response: { 200: pageSchema(villageSchema) },
      },
    },
    async (req) => listVillages(db, actorOf(req), req.query),
  );
  app.get(
    '/villages/export.xlsx',
    {
      schema: {
        tags: ['force'],
        description: 'The filtered list (import layout, then required vs in post).',
        querystring: villageListQuerySchema.omit({ limit: true, offset: true }),
      },
    },
    async (req, reply) => {
      const { items } = await listVillages(db, actorOf(req), { ...req.query, limit: 1_000_000, offset: 0 });
      return sendXlsx(reply, {
        filename: 'danh-sach-thon-to-dan-pho.xlsx',
        sheetName: 'Thôn, tổ dân phố',
        rows: (async function* () {
          let stt = 0;
          for (const village of items) yield { ...village, stt: ++stt };
        })(),
        columns: [
          { header: 'Xã, phường, thị trấn', width: 24, value: (v) => v.unit.name },
          ...VILLAGE_COLUMNS.map((c) => ({
            header: c.header,
            width: c.key === 'name' ? 28 : 14,
            value: EXPORT_VALUES[c.key],
          })),
          { header: 'Tổ phụ trách', width: 30, value: (v) => v.teams.map((t) => t.name).join('; ') || null },
          { header: 'Thành viên theo tiêu chí', width: 12, value: (v) => v.requirement?.members ?? null },
          { header: 'Thành viên hiện có', width: 12, value: (v) => v.inPost },
          { header: 'Đánh giá', width: 14, value: (v) => GAP_VI[v.gap.status] },
          { header: 'Còn thiếu', width: 10, value: (v) => v.gap.shortfall },
          { header: 'Cần xử lý', width: 50, value: (v) => v.problems.join(' ') || null },
        ],
      });
    },
  );
  registerImportRoutes(app, db, {
    entity: 'villages',
    listName: 'village list',
    template: {
      filename: 'mau-danh-sach-thon-to-dan-pho.xlsx',
      sheetName: 'Thôn, tổ dân phố',
      columns: VILLAGE_COLUMNS,
    },
    preview: previewVillageImport,
    commit: commitVillageImport,
    commitDescription: 'New villages are created, known ones (same name) updated; all or nothing.',
  });
  app.post(
    '/villages',
    { schema: { tags: ['force'], body: villageCreateSchema, response: { 201: villageSchema } } },
    async (req, reply) => reply.status(201).send(await createVillage(db, actorOf(req), req.body)),
  );
  app.get(
    '/villages/:id',
    { schema: { tags: ['force'], params: idParams, response: { 200: villageSchema } } },
    async (req) => getVillage(db, actorOf(req), req.params.id),
  );
  app.patch(
    '/villages/:id',
    {
      schema: {
        tags: ['force'],
        params: idParams,
        body: villageUpdateSchema,
        response: { 200: villageSchema },
      },
    },
    async (req) => updateVillage(db, actorOf(req), req.params.id, req.body),
  );
  app.delete('/villages/:id', { schema: { tags: ['force'], params: idParams } }, async (req, reply) => {
    await deleteVillage(db, actorOf(req), req.params.id);
    return reply.status(204).send();
  });
};
