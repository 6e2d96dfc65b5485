import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { loginSchema, meSchema } from '../../domain/auth/auth.schemas.ts';
import type { Db } from '../db/database.ts';
import { actorOf, SESSION_COOKIE, sessionCookieOptions } from '../http/auth.ts';
import { AppError } from '../http/errors.ts';
import { login, logout, resolveSession } from './auth.service.ts';

export interface AuthRoutesOptions {
  db: Db;
  sessionTtlHours: number;
  cookieSecure: boolean | undefined;
  loginRateLimit: number;
}

export const authRoutes: FastifyPluginAsyncZod<AuthRoutesOptions> = async (app, options) => {
  const { db } = options;

  app.post(
    '/login',
    {
      config: {
        isPublic: true,
        rateLimit: {
          max: options.loginRateLimit,
          timeWindow: '1 minute',
          // After body parsing, so that the key can include the username.
          hook: 'preHandler',
          // Per address and username: one office behind one NAT does not lock out its colleagues.
          keyGenerator: (req) => {
            const body = req.body as { username?: unknown } | undefined;
            return `${req.ip}|${typeof body?.username === 'string' ? body.username.toLowerCase() : ''}`;
          },
        },
      },
      schema: { tags: ['auth'], body: loginSchema, response: { 200: z.object({ user: meSchema }) } },
    },
    async (req, reply) => {
      const { token, expiresAt } = await login(db, req.body, {
        now: req.now,
        requestId: req.id,
        ttlHours: options.sessionTtlHours,
        userAgent: req.headers['user-agent'] ?? null,
        ip: req.ip,
      });
      void reply.setCookie(
        SESSION_COOKIE,
        token,
        sessionCookieOptions(req, options.cookieSecure, new Date(expiresAt)),
      );
      const session = await resolveSession(db, token, req.now, options.sessionTtlHours);
      if (!session) throw new AppError('INTERNAL');
      return { user: session.me };
    },
  );

  app.post('/logout', { schema: { tags: ['auth'], response: { 204: z.null() } } }, async (req, reply) => {
    const token = req.cookies[SESSION_COOKIE];
    if (token) await logout(db, actorOf(req), token);
    void reply.clearCookie(SESSION_COOKIE, sessionCookieOptions(req, options.cookieSecure));
    return reply.status(204).send(null);
  });

  app.get('/me', { schema: { tags: ['auth'], response: { 200: meSchema } } }, async (req) => {
    actorOf(req);
    if (!req.me) throw new AppError('UNAUTHENTICATED');
    return req.me;
  });
};
