import type { Role } from '../../domain/auth/constants.ts';

/** Who is acting, resolved from the session once per request and passed to every service. */
export interface Actor {
  userId: string;
  username: string;
  displayName: string;
  role: Role;
  unitId: string;
  /** Materialised path of the root of everything the actor may see (see scopePathOf). */
  scopePath: string;
  requestId: string;
  /** The request's time (ISO-8601 UTC), from the app's clock so that tests can fix it. */
  now: string;
}

/** For work done by the system itself (CLI, demo loader, jobs): no user, no scope limit. */
export interface SystemActor {
  userId: null;
  unitId: null;
  requestId: string | null;
  now: string;
}

export const systemActor = (now = new Date()): SystemActor => ({
  userId: null,
  unitId: null,
  requestId: null,
  now: now.toISOString(),
});
