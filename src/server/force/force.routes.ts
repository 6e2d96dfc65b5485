import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Db } from '../db/database.ts';
import { forceSettingsRoutes } from './force-settings.routes.ts';
import { membersRoutes } from './members.routes.ts';
import { overviewRoutes } from './overview.routes.ts';
import { proceduresRoutes } from './procedures.routes.ts';
import { teamsRoutes } from './teams.routes.ts';
import { villagesRoutes } from './villages.routes.ts';

/** The grassroots force (SPEC §7): every route of the feature, under /api. */
export const forceRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  await app.register(villagesRoutes, { db });
  await app.register(teamsRoutes, { db });
  await app.register(membersRoutes, { db });
  await app.register(proceduresRoutes, { db });
  await app.register(forceSettingsRoutes, { db });
  await app.register(overviewRoutes, { db });
};
