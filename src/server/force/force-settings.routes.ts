import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  carryForceResultSchema,
  carryForceSchema,
  holidayUpdateSchema,
  holidayYearParams,
  holidayYearSchema,
  ruleSetChooseSchema,
  ruleSetListQuerySchema,
  ruleSetSchema,
  shippedRuleSetSchema,
} from '../../domain/force/force-api.schemas.ts';
import type { Db } from '../db/database.ts';
import { actorOf } from '../http/auth.ts';
import { getHolidayYear, resetHolidayYear, updateHolidayYear } from './holidays.service.ts';
import { refreshOpenProcedureDeadlines } from './procedures.service.ts';
import { carryForceAcrossSuccession } from './succession.service.ts';
import { chooseRuleSet, getRuleSet, listRuleSets, listShippedRuleSets } from './rule-sets.service.ts';

const idParams = z.object({ id: z.string().min(1).max(64) });

/** The province's criteria rule sets and the holiday table (working days). */
export const forceSettingsRoutes: FastifyPluginAsyncZod<{ db: Db }> = async (app, { db }) => {
  app.get(
    '/force/rule-sets/shipped',
    {
      schema: {
        tags: ['force'],
        description: 'The rule sets shipped as examples (other provinces’ published numbers, the demo’s).',
        response: { 200: z.object({ items: z.array(shippedRuleSetSchema) }) },
      },
    },
    async () => listShippedRuleSets(),
  );
  app.get(
    '/force/rule-sets',
    {
      schema: {
        tags: ['force'],
        description: 'The province’s stored sets, newest first, with the one in force today.',
        querystring: ruleSetListQuerySchema,
        response: { 200: z.object({ items: z.array(ruleSetSchema) }) },
      },
    },
    async (req) => listRuleSets(db, actorOf(req), req.query.provinceId),
  );
  app.post(
    '/force/rule-sets',
    {
      schema: {
        tags: ['force'],
        description: 'Admins and coordinators choose the set their province applies from a date.',
        body: ruleSetChooseSchema,
        response: { 201: ruleSetSchema },
      },
    },
    async (req, reply) => reply.status(201).send(await chooseRuleSet(db, actorOf(req), req.body)),
  );
  app.get(
    '/force/rule-sets/:id',
    { schema: { tags: ['force'], params: idParams, response: { 200: ruleSetSchema } } },
    async (req) => getRuleSet(db, actorOf(req), req.params.id),
  );

  app.get(
    '/force/holidays/:year',
    { schema: { tags: ['force'], params: holidayYearParams, response: { 200: holidayYearSchema } } },
    async (req) => getHolidayYear(db, req.params.year),
  );
  app.put(
    '/force/holidays/:year',
    {
      schema: {
        tags: ['force'],
        description: 'Admin: the year’s whole table (Tết and swaps as announced).',
        params: holidayYearParams,
        body: holidayUpdateSchema,
        response: { 200: holidayYearSchema },
      },
    },
    async (req) => {
      const year = await updateHolidayYear(db, actorOf(req), req.params.year, req.body);
      await refreshOpenProcedureDeadlines(db, req.now);
      return year;
    },
  );
  app.delete(
    '/force/holidays/:year',
    {
      schema: {
        tags: ['force'],
        description: 'Admin: back to the defaults.',
        params: holidayYearParams,
        response: { 200: holidayYearSchema },
      },
    },
    async (req) => {
      const year = await resetHolidayYear(db, actorOf(req), req.params.year);
      await refreshOpenProcedureDeadlines(db, req.now);
      return year;
    },
  );

  app.post(
    '/force/carry-across-succession',
    {
      schema: {
        tags: ['force'],
        description:
          'Admin: after communes merged (a succession old → new), moves their villages, teams, members and procedures to the successor, keeping history.',
        body: carryForceSchema,
        response: { 200: carryForceResultSchema },
      },
    },
    async (req) => carryForceAcrossSuccession(db, actorOf(req), req.body.oldUnitId, req.body.newUnitId),
  );
};
