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
import { createVillage, deleteVillage, getVillage, listVillages, updateVillage } from './villages.service.ts';

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
