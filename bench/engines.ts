// The database engines the benchmarks run on: SQLite files in a temp folder, and PostgreSQL databases on
// BENCH_DATABASE_URL or on a throwaway cluster. Every engine removes what it made in `teardown`, and a
// process 'exit' hook removes temp files even when the run dies half-way.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { openDatabase } from '../src/server/db/database.ts';
import { migrateToLatest } from '../src/server/db/migrate.ts';
import { findPostgresBinaries, startThrowawayPostgres } from '../src/server/test/postgres.ts';
import type { BenchDatabase, Engine } from './types.ts';

export interface EngineHost {
  engine: Engine;
  /** Where the databases live, for the report. */
  description: string;
  /** Conditions that shape the figures (durability settings …), printed with the results. */
  notes: string[];
  createDatabase(label: string): Promise<BenchDatabase>;
  teardown(): Promise<void>;
}

export type EngineAvailability = { host: EngineHost } | { skipped: string };

/** Opens and migrates a database, and remembers it so teardown can close it if the benchmark did not. */
async function openMigrated(url: string, opened: BenchDatabase[]): Promise<BenchDatabase> {
  const { db } = openDatabase(url);
  let closed = false;
  const database: BenchDatabase = {
    url,
    db,
    close: async () => {
      if (closed) return;
      closed = true;
      await db.destroy();
    },
  };
  opened.push(database);
  await migrateToLatest(db);
  return database;
}

async function closeAll(opened: BenchDatabase[]): Promise<void> {
  for (const database of opened) await database.close().catch(() => undefined);
}

export function sqliteEngine(): EngineHost {
  const root = mkdtempSync(join(tmpdir(), 'antt-bench-'));
  const removeRoot = () => rmSync(root, { recursive: true, force: true });
  process.on('exit', removeRoot);
  const opened: BenchDatabase[] = [];
  let count = 0;
  return {
    engine: 'sqlite',
    description: `SQLite files in ${root} (WAL, synchronous=NORMAL, as the app opens them)`,
    notes: [],
    createDatabase: (label) => openMigrated(join(root, `${++count}-${label}.sqlite`), opened),
    teardown: async () => {
      await closeAll(opened);
      removeRoot();
      process.off('exit', removeRoot);
    },
  };
}

/** A PostgreSQL server: BENCH_DATABASE_URL when set, else a throwaway cluster when Debian's binaries exist. */
export async function postgresEngine(): Promise<EngineAvailability> {
  const given = process.env.BENCH_DATABASE_URL;
  let serverUrl: string;
  let stopServer: () => Promise<void> = () => Promise.resolve();
  let description: string;
  const notes: string[] = [];
  if (given) {
    serverUrl = given;
    description = `databases created on BENCH_DATABASE_URL (${new URL(given).host})`;
  } else {
    const binaries = findPostgresBinaries();
    if (!binaries) {
      return {
        skipped:
          'no BENCH_DATABASE_URL, and initdb/pg_ctl were not found in /usr/lib/postgresql/*/bin or on PATH ' +
          '(apt-get install postgresql)',
      };
    }
    // Binaries present but the cluster does not start: an error, not a skip (run.ts reports it loudly).
    const throwaway = await startThrowawayPostgres();
    serverUrl = throwaway.url;
    stopServer = () => throwaway.stop();
    description = `throwaway cluster from ${binaries.initdb.replace(/\/initdb$/, '')} at ${new URL(serverUrl).host}`;
    notes.push(
      'throwaway cluster runs with fsync=off, synchronous_commit=off (no durability cost in writes)',
    );
  }

  const admin = new Kysely<unknown>({
    dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: serverUrl, max: 1 }) }),
  });
  try {
    const version = await sql<{ version: string }>`select version() as version`.execute(admin);
    description += `, ${version.rows[0]?.version.split(' on ')[0] ?? 'unknown version'}`;
  } catch (error) {
    await admin.destroy().catch(() => undefined);
    await stopServer();
    throw new Error(
      `cannot connect to ${new URL(serverUrl).host}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  const created: string[] = [];
  const opened: BenchDatabase[] = [];

  return {
    host: {
      engine: 'postgres',
      description,
      notes,
      createDatabase: async (label) => {
        const name = `antt_bench_${label.replace(/[^a-z0-9]/gi, '_').toLowerCase()}_${randomUUID().slice(0, 8)}`;
        await sql`create database ${sql.id(name)}`.execute(admin);
        created.push(name);
        const url = new URL(serverUrl);
        url.pathname = `/${name}`;
        return openMigrated(url.toString(), opened);
      },
      teardown: async () => {
        await closeAll(opened);
        for (const name of created) {
          await sql`drop database if exists ${sql.id(name)} with (force)`
            .execute(admin)
            .catch(() => undefined);
        }
        await admin.destroy().catch(() => undefined);
        await stopServer();
      },
    },
  };
}
