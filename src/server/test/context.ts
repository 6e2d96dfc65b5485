import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { buildApp } from '../app.ts';
import { type Config, testConfig } from '../config.ts';
import { type Db, type Dialect, openDatabase } from '../db/database.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { loadDemoDataIfEmpty } from '../demo/demo.service.ts';
import { DEMO_PASSWORD } from '../demo/demo-data.ts';

export interface TestContext {
  dialect: Dialect;
  db: Db;
  app: FastifyInstance;
  /** DATA_DIR of this context (uploaded files live in its files/ folder). */
  dataDir: string;
  /** Signs in (once per username) and returns an injector that sends that user's session cookie. */
  as(
    username: string,
    password?: string,
  ): Promise<(options: InjectOptions) => Promise<LightMyRequestResponse>>;
  inject(options: InjectOptions): Promise<LightMyRequestResponse>;
  unitId(code: string): Promise<string>;
  userId(username: string): Promise<string>;
  close(): Promise<void>;
}

/** A fresh, empty PostgreSQL database on the test server, dropped again by `drop`. */
async function createPostgresDatabase(
  serverUrl: string,
): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `antt_test_${randomUUID().replace(/-/g, '')}`;
  const admin = new Kysely<unknown>({
    dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: serverUrl, max: 1 }) }),
  });
  await sql`create database ${sql.id(name)}`.execute(admin);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      await sql`drop database if exists ${sql.id(name)} with (force)`.execute(admin);
      await admin.destroy();
    },
  };
}

export interface TestContextOptions {
  /** Load the demo data (Thái Nguyên tree, agencies, demo users). Default true. */
  withDemoData?: boolean;
  /** Also the demo's reporting periods and half-year of reports. Default false: tests make their own. */
  withDemoReports?: boolean;
  /** Also the demo's villages, teams, members and rule set choice. Default false: tests make their own. */
  withDemoForce?: boolean;
  config?: Partial<Config>;
  clock?: () => Date;
}

/**
 * A migrated real database (SQLite in memory, or a fresh PostgreSQL database) and the app built on it.
 * Nothing is mocked: requests go through the same plugins, hooks and queries as in production.
 */
export async function createTestContext(
  dialect: Dialect,
  postgresUrl: string | null,
  options: TestContextOptions = {},
): Promise<TestContext> {
  let dropDatabase: (() => Promise<void>) | undefined;
  let databaseUrl = ':memory:';
  if (dialect === 'postgres') {
    if (!postgresUrl) throw new Error('postgres tests need inject("postgresUrl")');
    const created = await createPostgresDatabase(postgresUrl);
    databaseUrl = created.url;
    dropDatabase = created.drop;
  }
  const { db } = openDatabase(databaseUrl);
  await migrateToLatest(db);
  if (options.withDemoData ?? true)
    await loadDemoDataIfEmpty(db, new Date(), {
      withReports: options.withDemoReports ?? false,
      withForce: options.withDemoForce ?? false,
    });
  // Uploaded files go to a folder of this context's own, removed on close.
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'antt-test-'));
  const config = testConfig({ databaseUrl, dataDir, loginRateLimit: 1000, ...options.config });
  const app = await buildApp({ db, dialect, config, clock: options.clock });
  await app.ready();

  const cookies = new Map<string, string>();
  const context: TestContext = {
    dialect,
    db,
    app,
    dataDir,
    inject: (request) => app.inject(request),
    async as(username, password = DEMO_PASSWORD) {
      let cookie = cookies.get(username);
      if (!cookie) {
        const res = await app.inject({
          method: 'POST',
          url: '/api/auth/login',
          payload: { username, password },
        });
        if (res.statusCode !== 200)
          throw new Error(`login as ${username} failed: ${res.statusCode} ${res.body}`);
        const session = res.cookies.find((c) => c.name === 'antt_session');
        if (!session) throw new Error('no session cookie');
        cookie = `antt_session=${session.value}`;
        cookies.set(username, cookie);
      }
      const header = cookie;
      return (request) => app.inject({ ...request, headers: { ...request.headers, cookie: header } });
    },
    async unitId(code) {
      const row = await db.selectFrom('unit').select('id').where('code', '=', code).executeTakeFirstOrThrow();
      return row.id;
    },
    async userId(username) {
      const row = await db
        .selectFrom('appUser')
        .select('id')
        .where('username', '=', username)
        .executeTakeFirstOrThrow();
      return row.id;
    },
    async close() {
      await app.close();
      await db.destroy();
      await dropDatabase?.();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
  return context;
}

/** Audit rows written for one entity, oldest first. */
export async function auditRowsFor(db: Db, entity: string, entityId?: string) {
  let query = db.selectFrom('auditLog').selectAll().where('entity', '=', entity);
  if (entityId) query = query.where('entityId', '=', entityId);
  return query.orderBy('at').execute();
}
