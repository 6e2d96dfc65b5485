import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { CamelCasePlugin, type Compilable, Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import type { Database } from './schema.ts';

export type Db = Kysely<Database>;
export type Dialect = 'sqlite' | 'postgres';

export function dialectOf(databaseUrl: string): Dialect {
  return /^postgres(ql)?:\/\//.test(databaseUrl) ? 'postgres' : 'sqlite';
}

/** Reads rows as arrays on the driver; null when it cannot now (SQLite inside someone's transaction). */
type ArrayReader = (sql: string, parameters: readonly unknown[]) => Promise<unknown[][]> | unknown[][] | null;
const arrayReaders = new WeakMap<Db, ArrayReader>();

/**
 * The rows of a query as arrays of column values, in the order selected: no object per row and no renaming of
 * columns, for reads of hundreds of thousands of rows (the national payroll), where building an object per row
 * took as long as reading it. A database not opened by `openDatabase` (a transaction), or SQLite while a
 * transaction is open on its connection, reads through Kysely.
 */
export async function selectArrays<Row extends readonly unknown[]>(
  db: Db,
  query: Compilable,
): Promise<Row[]> {
  const compiled = query.compile();
  const arrays = await arrayReaders.get(db)?.(compiled.sql, compiled.parameters);
  if (arrays) return arrays as unknown as Row[];
  const { rows } = await db.executeQuery<Record<string, unknown>>(compiled);
  return rows.map((row) => Object.values(row)) as unknown as Row[];
}

/** Opens the database named by the URL: PostgreSQL for `postgres://…`, otherwise a SQLite file. */
export function openDatabase(databaseUrl: string): { db: Db; dialect: Dialect } {
  const dialect = dialectOf(databaseUrl);
  if (dialect === 'postgres') {
    const pool = new pg.Pool({ connectionString: databaseUrl, max: 20 });
    // An idle client can be cut by the server (restart, failover); pg then reconnects on the next query.
    // Without this listener the 'error' event would crash the process.
    pool.on('error', (err) => console.error(`PostgreSQL idle client error: ${err.message}`));
    const db = new Kysely<Database>({
      dialect: new PostgresDialect({ pool }),
      plugins: [new CamelCasePlugin()],
    });
    arrayReaders.set(db, async (text, values) => {
      const result = await pool.query({ text, values: [...values], rowMode: 'array' });
      return result.rows as unknown[][];
    });
    return { db, dialect };
  }
  if (databaseUrl !== ':memory:') fs.mkdirSync(path.dirname(path.resolve(databaseUrl)), { recursive: true });
  const sqlite = new SQLite(databaseUrl);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('busy_timeout = 5000');
  // Reads that jump around a large file (a province's members by id, the national payroll) hit SQLite's page
  // cache (2 MiB by default) all the time: 64 MiB of cache and the file mapped into memory instead.
  sqlite.pragma('cache_size = -65536');
  sqlite.pragma('mmap_size = 1073741824');
  const db = new Kysely<Database>({
    dialect: new SqliteDialect({ database: sqlite }),
    plugins: [new CamelCasePlugin()],
  });
  // The one connection is shared: while someone's transaction is open on it (Kysely holds it for them) a read
  // here would see their uncommitted rows, so it waits its turn through Kysely instead (null).
  arrayReaders.set(db, (text, values) =>
    sqlite.inTransaction
      ? null
      : (sqlite
          .prepare(text)
          .raw(true)
          .all(...values) as unknown[][]),
  );
  return { db, dialect };
}
