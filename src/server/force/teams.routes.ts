import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { pageSchema } from '../../domain/common/pagination.ts';
import type { Db } from '../db/database.ts';
import { actorOf } from '../http/auth.ts';
import {
  teamCreateSchema,
  teamDissolveSchema,
  teamListQuerySchema,
  teamSchema,
  teamUpdateSchema,
} from '../../domain/force/force-api.schemas.ts';
import { formatVietnameseDate } from '../../domain/common/dates.ts';
import { allPages, sendXlsx } from '../http/xlsx.ts';
import { createTeam, dissolveTeam, getTeam, listTeams, updateTeam } from './teams.service.ts';

const idParams = z.object({ id: z.string().min(1).max(64) });

export const teamsRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    '/teams',
    {
      schema: {
        tags: ['force'],
        querystring: teamListQuerySchema,
        response: { 200: pageSchema(teamSchema) },
      },
    },
    async (req) => listTeams(db, actorOf(req), req.query),
  );
  app.get(
    '/teams/export.xlsx',
    { schema: { tags: ['force'], querystring: teamListQuerySchema.omit({ limit: true, offset: true }) } },
    async (req, reply) => {
      const actor = actorOf(req);
      const rows = await allPages((limit, offset) => listTeams(db, actor, { ...req.query, limit, offset }));
      const date = (d: string | null) => (d ? formatVietnameseDate(d) : null);
      return sendXlsx(reply, {
        filename: 'danh-sach-to-bao-ve-antt.xlsx',
        sheetName: 'Tổ bảo vệ ANTT',
        rows,
        columns: [
          { header: 'Xã, phường, thị trấn', width: 24, value: (t) => t.unit.name },
          { header: 'Tên Tổ', width: 32, value: (t) => t.name },
          {
            header: 'Thôn, tổ dân phố phụ trách',
            width: 32,
            value: (t) => t.villages.map((v) => v.name).join('; '),
          },
          { header: 'Số QĐ thành lập', width: 16, value: (t) => t.decisionNumber },
          { header: 'Ngày QĐ', width: 12, value: (t) => date(t.decisionDate) },
          { header: 'Người ký', width: 24, value: (t) => t.decisionSigner },
          {
            header: 'Tình trạng',
            width: 14,
            value: (t) => (t.status === 'active' ? 'Đang hoạt động' : 'Đã giải thể'),
          },
          { header: 'Tổ trưởng', width: 24, value: (t) => t.leader?.name ?? null },
          { header: 'Số thành viên', width: 10, value: (t) => t.members.total },
          { header: 'Tổ phó', width: 8, value: (t) => t.members.to_pho },
          { header: 'Tổ viên', width: 8, value: (t) => t.members.to_vien },
          { header: 'Số QĐ giải thể', width: 16, value: (t) => t.dissolutionDecisionNumber },
          { header: 'Ngày giải thể', width: 12, value: (t) => date(t.dissolutionDecisionDate) },
          { header: 'Cần xử lý', width: 40, value: (t) => t.problems.join(' ') || null },
        ],
      });
    },
  );
  app.post(
    '/teams',
    {
      schema: {
        tags: ['force'],
        description: "The team's commune is its villages' commune.",
        body: teamCreateSchema,
        response: { 201: teamSchema },
      },
    },
    async (req, reply) => reply.status(201).send(await createTeam(db, actorOf(req), req.body)),
  );
  app.get(
    '/teams/:id',
    { schema: { tags: ['force'], params: idParams, response: { 200: teamSchema } } },
    async (req) => getTeam(db, actorOf(req), req.params.id),
  );
  app.patch(
    '/teams/:id',
    { schema: { tags: ['force'], params: idParams, body: teamUpdateSchema, response: { 200: teamSchema } } },
    async (req) => updateTeam(db, actorOf(req), req.params.id, req.body),
  );
  app.post(
    '/teams/:id/dissolve',
    {
      schema: {
        tags: ['force'],
        description: 'Keeps the team with its dissolution decision; 422 while members remain.',
        params: idParams,
        body: teamDissolveSchema,
        response: { 200: teamSchema },
      },
    },
    async (req) => dissolveTeam(db, actorOf(req), req.params.id, req.body),
  );
};
