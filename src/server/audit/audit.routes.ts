import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { auditEntrySchema, auditListQuerySchema } from '../../domain/audit/audit.schemas.ts';
import { pageSchema } from '../../domain/common/pagination.ts';
import type { Db } from '../db/database.ts';
import { actorOf } from '../http/auth.ts';
import { formatVietnamTime, sendXlsx } from '../http/xlsx.ts';
import { exportAudit, listAudit } from './audit.service.ts';

const json = (value: unknown) => (value === null || value === undefined ? null : JSON.stringify(value));

export const auditRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    '',
    {
      schema: {
        tags: ['audit'],
        querystring: auditListQuerySchema,
        response: { 200: pageSchema(auditEntrySchema) },
      },
    },
    async (req) => listAudit(db, actorOf(req), req.query),
  );
  app.get(
    '/export.xlsx',
    { schema: { tags: ['audit'], querystring: auditListQuerySchema.omit({ limit: true, offset: true }) } },
    async (req, reply) =>
      sendXlsx(reply, {
        filename: 'nhat-ky-he-thong.xlsx',
        sheetName: 'Nhật ký',
        rows: exportAudit(db, actorOf(req), req.query),
        columns: [
          { header: 'Thời gian', width: 20, value: (e) => formatVietnamTime(e.at) },
          { header: 'Người thực hiện', width: 22, value: (e) => e.user?.username ?? 'hệ thống' },
          { header: 'Đơn vị', width: 30, value: (e) => e.unit?.name ?? null },
          { header: 'Thao tác', width: 16, value: (e) => e.action },
          { header: 'Đối tượng', width: 16, value: (e) => e.entity },
          { header: 'Mã đối tượng', width: 38, value: (e) => e.entityId },
          { header: 'Trước', width: 50, value: (e) => json(e.before) },
          { header: 'Sau', width: 50, value: (e) => json(e.after) },
          { header: 'Mã yêu cầu', width: 38, value: (e) => e.requestId },
        ],
      }),
  );
};
