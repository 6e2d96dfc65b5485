import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { pageSchema } from '../../domain/common/pagination.ts';
import {
  unitDetailSchema,
  unitGroupSchema,
  unitIdParamsSchema,
  unitListQuerySchema,
  unitSchema,
} from '../../domain/org/org.schemas.ts';
import type { Db } from '../db/database.ts';
import { actorOf } from '../http/auth.ts';
import { getUnit, listChildren, listUnitGroups, listUnits } from './org.service.ts';

export const orgRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    '/units',
    {
      schema: { tags: ['org'], querystring: unitListQuerySchema, response: { 200: pageSchema(unitSchema) } },
    },
    async (req) => listUnits(db, actorOf(req), req.query),
  );
  app.get(
    '/units/:id',
    { schema: { tags: ['org'], params: unitIdParamsSchema, response: { 200: unitDetailSchema } } },
    async (req) => getUnit(db, actorOf(req), req.params.id),
  );
  app.get(
    '/units/:id/children',
    {
      schema: {
        tags: ['org'],
        params: unitIdParamsSchema,
        response: { 200: z.object({ items: z.array(unitSchema) }) },
      },
    },
    async (req) => listChildren(db, actorOf(req), req.params.id),
  );
  app.get(
    '/unit-groups',
    { schema: { tags: ['org'], response: { 200: z.object({ items: z.array(unitGroupSchema) }) } } },
    async (req) => listUnitGroups(db, actorOf(req)),
  );
};
