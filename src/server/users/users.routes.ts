import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ROLE_LABELS } from '../../domain/auth/constants.ts';
import { pageSchema } from '../../domain/common/pagination.ts';
import {
  userCreateSchema,
  userListQuerySchema,
  userOptionSchema,
  userSchema,
  userUpdateSchema,
} from '../../domain/users/users.schemas.ts';
import type { Db } from '../db/database.ts';
import { actorOf } from '../http/auth.ts';
import { formatVietnamTime, sendXlsx } from '../http/xlsx.ts';
import { createUser, exportUsers, listUserOptions, listUsers, updateUser } from './users.service.ts';

const idParams = z.object({ id: z.string().min(1).max(64) });

export const usersRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    '',
    {
      schema: {
        tags: ['users'],
        querystring: userListQuerySchema,
        response: { 200: pageSchema(userSchema) },
      },
    },
    async (req) => listUsers(db, actorOf(req), req.query),
  );

  app.get(
    '/options',
    {
      schema: {
        tags: ['users'],
        querystring: z.object({ q: z.string().trim().max(200).optional() }),
        response: { 200: z.object({ items: z.array(userOptionSchema) }) },
      },
    },
    async (req) => listUserOptions(db, actorOf(req), req.query.q),
  );

  app.get(
    '/export.xlsx',
    { schema: { tags: ['users'], querystring: userListQuerySchema.omit({ limit: true, offset: true }) } },
    async (req, reply) =>
      sendXlsx(reply, {
        filename: 'nguoi-dung.xlsx',
        sheetName: 'Người dùng',
        rows: exportUsers(db, actorOf(req), req.query),
        columns: [
          { header: 'Tên đăng nhập', width: 22, value: (u) => u.username },
          { header: 'Họ và tên', width: 30, value: (u) => u.displayName },
          { header: 'Email', width: 28, value: (u) => u.email },
          { header: 'Vai trò', width: 26, value: (u) => ROLE_LABELS[u.role].vi },
          { header: 'Mã đơn vị', width: 12, value: (u) => u.unit.code },
          { header: 'Đơn vị', width: 36, value: (u) => u.unit.name },
          { header: 'Trạng thái', width: 14, value: (u) => (u.active ? 'Đang hoạt động' : 'Đã khóa') },
          { header: 'Ngày tạo', width: 20, value: (u) => formatVietnamTime(u.createdAt) },
        ],
      }),
  );

  app.post(
    '',
    { schema: { tags: ['users'], body: userCreateSchema, response: { 201: userSchema } } },
    async (req, reply) => reply.status(201).send(await createUser(db, actorOf(req), req.body)),
  );

  app.patch(
    '/:id',
    { schema: { tags: ['users'], params: idParams, body: userUpdateSchema, response: { 200: userSchema } } },
    async (req) => updateUser(db, actorOf(req), req.params.id, req.body),
  );
};
