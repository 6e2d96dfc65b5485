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
