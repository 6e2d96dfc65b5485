import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import multipart from '@fastify/multipart';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import {
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { z } from 'zod';
import { auditRoutes } from './audit/audit.routes.ts';
import { authRoutes } from './auth/auth.routes.ts';
import { budgetRoutes } from './budget/budget.routes.ts';
import { followPayrolls } from './budget/payroll-spending.ts';
import type { Config } from './config.ts';
import type { Db, Dialect } from './db/database.ts';
import { difficultiesRoutes } from './difficulties/difficulties.routes.ts';
import { forceRoutes } from './force/force.routes.ts';
import { registerAuth } from './http/auth.ts';
import { inspectionsRoutes } from './inspections/inspections.routes.ts';
import { AppError, problemHandler } from './http/errors.ts';
import { eventsRoutes } from './events/events.routes.ts';
import { mediaRoutes } from './events/media.routes.ts';
import { registerJobRunner } from './jobs/job-runner.plugin.ts';
import { legalDocumentsRoutes } from './legal/documents.routes.ts';
import { reviewsRoutes } from './legal/reviews.routes.ts';
import type { Mailer } from './notifications/mailer.ts';
import { notificationsRoutes } from './notifications/notifications.routes.ts';
import { reminderSettingsOf } from './notifications/reminder-schedule.ts';
import { orgRoutes } from './org/org.routes.ts';
import { payrollRoutes } from './payroll/payroll.routes.ts';
import { plansRoutes } from './plans/plans.routes.ts';
import { dashboardCacheOf } from './reports/dashboard-cache.ts';
import { reportsRoutes } from './reports/reports.routes.ts';
import { usersRoutes } from './users/users.routes.ts';

z.config(z.locales.vi());

/** Writes that never change a dashboard's figures. */
const KEEPS_DASHBOARD = /^\/api\/(auth|notifications)\//;

export interface AppDependencies {
  db: Db;
  dialect: Dialect;
  config: Config;
  clock?: () => Date;
  /** Sends the outbox's e-mails; null or absent: e-mails wait in the outbox. */
  mailer?: Mailer | null;
  /** Run the timed jobs (reminders, outbox) while the app runs: main.ts turns it on, tests when they ask. */
  runJobs?: boolean;
}

/** Builds the whole app without listening; main.ts listens, tests inject requests. */
export async function buildApp({
  db,
  dialect,
  config,
  clock = () => new Date(),
  mailer = null,
  runJobs = false,
}: AppDependencies): Promise<FastifyInstance> {
  const app = Fastify({
    logger: { level: config.logLevel },
    genReqId: () => randomUUID(),
    bodyLimit: config.bodyLimitBytes,
    trustProxy: config.trustProxy,
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(problemHandler);
  // State-changing requests take JSON or multipart only: a form post from another site cannot reach the API.
  app.removeContentTypeParser(['text/plain']);
  app.addHook('onSend', async (req, reply) => {
    void reply.header('x-request-id', req.id);
    // A change through the API shows on the next dashboard (reports/dashboard-cache.ts); signing in and
    // reading one's notifications change nothing it counts.
    if (
      req.method !== 'GET' &&
      req.method !== 'HEAD' &&
      reply.statusCode < 400 &&
      !KEEPS_DASHBOARD.test(req.url)
    )
      dashboardCacheOf(db).invalidate();
  });

  await app.register(cookie);
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // Ant Design writes its CSS-in-JS into <style> elements.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        upgradeInsecureRequests: null,
      },
    },
  });
  await app.register(rateLimit, { global: false });
  await app.register(multipart, { limits: { fileSize: config.uploadLimitBytes, files: 10 } });
  await app.register(swagger, {
    openapi: {
      info: {
        title: 'ANTT Cơ sở API',
        version: '0.1.0',
        description: 'API của hệ thống ANTT Cơ sở (Luật 30/2023/QH15).',
      },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'antt_session' } } },
      security: [{ session: [] }],
    },
    transform: jsonSchemaTransform,
    // Recursive schemas (task trees) become named components.
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true });

  registerAuth(app, { db, clock, sessionTtlHours: config.sessionTtlHours });

  app.get(
    '/api/health',
    {
      config: { isPublic: true },
      schema: {
        tags: ['system'],
        response: { 200: z.object({ status: z.literal('ok'), database: z.enum(['sqlite', 'postgres']) }) },
      },
    },
    async () => ({ status: 'ok' as const, database: dialect }),
  );
  await app.register(authRoutes, {
    prefix: '/api/auth',
    db,
    sessionTtlHours: config.sessionTtlHours,
    cookieSecure: config.cookieSecure,
    loginRateLimit: config.loginRateLimit,
  });
  await app.register(orgRoutes, { prefix: '/api', db });
  await app.register(usersRoutes, { prefix: '/api/users', db });
  await app.register(auditRoutes, { prefix: '/api/audit', db });
  await app.register(plansRoutes, { prefix: '/api', db });
  await app.register(notificationsRoutes, { prefix: '/api', db, reminders: reminderSettingsOf(config) });
  await app.register(reportsRoutes, { prefix: '/api', db, dataDir: config.dataDir });
  await app.register(inspectionsRoutes, { prefix: '/api', db });
  await app.register(difficultiesRoutes, { prefix: '/api', db });
  const filesDir = path.join(config.dataDir, 'files');
  await app.register(legalDocumentsRoutes, { prefix: '/api', db, filesDir });
  await app.register(reviewsRoutes, { prefix: '/api', db });
  await app.register(eventsRoutes, { prefix: '/api', db, filesDir });
  await app.register(mediaRoutes, { prefix: '/api', db });
  await app.register(forceRoutes, { prefix: '/api', db });
  await app.register(budgetRoutes, { prefix: '/api', db });
  await app.register(payrollRoutes, { prefix: '/api', db });
  followPayrolls();

  if (runJobs) registerJobRunner(app, { db, config, clock, mailer });

  registerWebApp(app, config.webDistDir);
  return app;
}

/** Serves the built web app; any unknown non-API GET gets index.html so that client routes load. */
function registerWebApp(app: FastifyInstance, webDistDir: string) {
  const root = path.resolve(webDistDir);
  const hasWebApp = fs.existsSync(path.join(root, 'index.html'));
  if (hasWebApp) {
    void app.register(fastifyStatic, {
      root,
      wildcard: false,
      index: false,
      setHeaders: (res, filePath) => {
        res.setHeader(
          'cache-control',
          filePath.includes(`${path.sep}assets${path.sep}`)
            ? 'public, max-age=31536000, immutable'
            : 'no-cache',
        );
      },
    });
  }
  app.setNotFoundHandler(async (req, reply) => {
    if (req.method === 'GET' && hasWebApp && !req.url.startsWith('/api/')) {
      const file = req.url.split('?')[0] ?? '/';
      if (
        file !== '/' &&
        fs.existsSync(path.join(root, file)) &&
        fs.statSync(path.join(root, file)).isFile()
      ) {
        return reply.sendFile(file.slice(1));
      }
      return reply.header('cache-control', 'no-cache').sendFile('index.html');
    }
    throw new AppError('NOT_FOUND');
  });
}
