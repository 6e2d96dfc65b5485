import { gzipSync } from 'node:zlib';
import type { Db } from '../db/database.ts';

/** How long a computed dashboard is served as it is (writes through the API in this process clear it at once). */
export const DASHBOARD_FRESH_MS = 15_000;
/** Up to this age a dashboard is still served while a newer one is computed; older, the request waits. */
export const DASHBOARD_STALE_MS = 120_000;
/** Distinct dashboards kept (scopes × plans × ranges); the oldest goes first. */
const MAX_ENTRIES = 500;

/** A dashboard ready to send: its JSON, and the same gzipped (made once, when first asked for). */
export class DashboardBody {
  private gzipped: Buffer | undefined;
  constructor(readonly json: Buffer) {}
  gzip(): Buffer {
    this.gzipped ??= gzipSync(this.json);
    return this.gzipped;
  }
}

interface Entry {
  /** The first computation, until it is done. */
  first: Promise<DashboardBody>;
  /** The latest computed body and when it was computed. */
  ready?: { body: DashboardBody; at: number };
  refreshing: boolean;
}

type Compute = () => Promise<unknown>;

/**
 * The dashboard of one scope, plan, range and day is the same for every user who asks within a few seconds,
 * and computing it for a whole province reads every period of the plan (tens of thousands of rows). So a
 * computed dashboard is kept, already serialised (and gzipped when a client asks for it):
 * - any successful write through the API in this process clears the cache (app.ts), so a user who submits or
 *   reviews a report sees it counted on their next look;
 * - for `DASHBOARD_FRESH_MS` it is served as it is; then, up to `DASHBOARD_STALE_MS`, it is still served while
 *   one newer computation runs in the background (nobody waits for it); older, the request waits for a new one.
 *   Writes elsewhere (the CLI, another instance, the job runner) therefore show within seconds;
 * - concurrent requests for the same dashboard share one computation; a failed one is not kept.
 */
export class DashboardCache {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly freshMs = DASHBOARD_FRESH_MS,
    private readonly staleMs = DASHBOARD_STALE_MS,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** Forgets every dashboard; one being computed still answers the requests already waiting for it. */
  invalidate(): void {
    this.entries.clear();
  }

  get(key: string, compute: Compute): Promise<DashboardBody> {
    const entry = this.entries.get(key);
    if (!entry) return this.start(key, compute);
    if (!entry.ready) return entry.first;
    const age = this.now() - entry.ready.at;
    if (age < this.freshMs) return Promise.resolve(entry.ready.body);
    if (age >= this.staleMs) return this.start(key, compute);
    if (!entry.refreshing) this.refresh(key, entry, compute);
    return Promise.resolve(entry.ready.body);
  }

  private run(compute: Compute): Promise<DashboardBody> {
    return compute().then((value) => new DashboardBody(Buffer.from(JSON.stringify(value))));
  }

  private start(key: string, compute: Compute): Promise<DashboardBody> {
    const first = this.run(compute);
    if (this.freshMs <= 0) return first;
    const entry: Entry = { first, refreshing: false };
    this.entries.delete(key);
    this.entries.set(key, entry);
    while (this.entries.size > MAX_ENTRIES) {
      const oldest = this.entries.keys().next();
      if (oldest.done) break;
      this.entries.delete(oldest.value);
    }
    first.then(
      (body) => {
        entry.ready = { body, at: this.now() };
      },
      () => this.forget(key, entry),
    );
    return first;
  }

  private refresh(key: string, entry: Entry, compute: Compute): void {
    entry.refreshing = true;
    this.run(compute).then(
      (body) => {
        entry.ready = { body, at: this.now() };
        entry.refreshing = false;
      },
      () => this.forget(key, entry),
    );
  }

  private forget(key: string, entry: Entry): void {
    if (this.entries.get(key) === entry) this.entries.delete(key);
  }
}

/** One cache per database, so that apps built on different databases (tests) never share dashboards. */
const caches = new WeakMap<Db, DashboardCache>();

export function dashboardCacheOf(db: Db): DashboardCache {
  let cache = caches.get(db);
  if (!cache) {
    cache = new DashboardCache();
    caches.set(db, cache);
  }
  return cache;
}
