import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Me } from '../../domain/auth/auth.schemas.ts';
import type { Role } from '../../domain/auth/constants.ts';
import { resolveSession } from '../auth/auth.service.ts';
import type { Db } from '../db/database.ts';
import type { Actor } from './actor.ts';
import { AppError } from './errors.ts';

export const SESSION_COOKIE = 'antt_session';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
    me: Me | null;
    /** The request's time, from the app clock. */
    now: string;
  }
  interface FastifyContextConfig {
    /** Route answers without a session (health, login). Every other /api route needs one. */
    isPublic?: boolean;
  }
}

/** The signed-in actor; the auth hook has already answered 401 for routes that are not public. */
export function actorOf(req: FastifyRequest): Actor {
  if (!req.actor) throw new AppError('UNAUTHENTICATED');
  return req.actor;
}

export function requireRole(actor: Actor, ...roles: Role[]): void {
  if (!roles.includes(actor.role)) throw new AppError('FORBIDDEN');
}

export function sessionCookieOptions(req: FastifyRequest, secure: boolean | undefined, expires?: Date) {
  return {
    path: '/',
    httpOnly: true,
    sameSite: 'lax' as const,
    secure: secure ?? req.protocol === 'https',
    ...(expires ? { expires } : {}),
  };
}

/** Resolves the session cookie to an actor on every /api request, and refuses non-public routes without one. */
export function registerAuth(
  app: FastifyInstance,
  options: { db: Db; clock: () => Date; sessionTtlHours: number },
) {
  app.decorateRequest('actor', null);
  app.decorateRequest('me', null);
  app.decorateRequest('now', '');
  app.addHook('onRequest', async (req: FastifyRequest, _reply: FastifyReply) => {
    req.now = options.clock().toISOString();
    // The API description (/api/docs) is public like any published API reference.
    if (!req.url.startsWith('/api/') || req.url.startsWith('/api/docs')) return;
    const token = req.cookies[SESSION_COOKIE];
    if (token) {
      const session = await resolveSession(options.db, token, req.now, options.sessionTtlHours);
      if (session) {
        req.actor = { ...session.actor, requestId: req.id };
        req.me = session.me;
      }
    }
    if (!req.actor && !req.routeOptions.config.isPublic) throw new AppError('UNAUTHENTICATED');
  });
}
