import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import {
  CamelCasePlugin,
  Kysely,
  PostgresAdapter,
  PostgresDialect,
  type AliasedRawBuilder,
  sql,
  SqliteDialect,
} from 'kysely';
import pg from 'pg';
import type { Database } from './schema.ts';

export type Db = Kysely<Database>;
export type Dialect = 'sqlite' | 'postgres';

/** Whether a database (or a migration's untyped one) is PostgreSQL; otherwise it is SQLite. */
export const isPostgres = (db: Pick<Db, 'getExecutor'>) =>
  db.getExecutor().adapter instanceof PostgresAdapter;

export function dialectOf(databaseUrl: string): Dialect {
  return /^postgres(ql)?:\/\//.test(databaseUrl) ? 'postgres' : 'sqlite';
}

/** Rows as the database aggregates them: JSON text of `Row[]` (the type is only a mark), null for none. */
type JsonRows<Row> = (string & { readonly rowType?: Row }) | null;

/**
 * A place in a `jsonRows` row for a value the reader fills in (the database sends 0): the group's value of a
 * grouped read (`readJsonGroups`), sent once per group instead of once per row.
 */
export const SLOT = null;

/**
 * The selection of `columns` (references such as `memberId` or `t.startedOn`, or `SLOT`) of all the rows of a
 * query, as one JSON array of arrays built by the database (SQLite `json_group_array`, PostgreSQL `json_agg`);
 * read it with `readJsonRows`, or with `readJsonGroups` per group of a grouped query. For reads of hundreds of
 * thousands of rows (the national payroll): the driver's work per row — an object, or an array, per row
 * stepped through JavaScript — cost more than the read, while Node parses one JSON text natively. Integers
 * come back as numbers, text as strings, NULL as null.
 */
export function jsonRows<Row extends readonly unknown[]>(
  db: Db,
  columns: readonly (string | typeof SLOT)[],
): AliasedRawBuilder<JsonRows<Row>, 'rows'> {
  const refs = sql.join(columns.map((column) => (column === SLOT ? sql.lit(0) : sql.ref(column))));
  return (
    isPostgres(db)
      ? // As text: pg's parser for the json type took twice as long as JSON.parse on the text.
        sql<JsonRows<Row>>`json_agg(json_build_array(${refs}))::text`
      : sql<JsonRows<Row>>`json_group_array(json_array(${refs}))`
  ).as('rows');
}

/** The rows of a query that selects `jsonRows(…)`, as arrays of the columns in their order. */
export async function readJsonRows<Row extends readonly unknown[]>(query: {
  executeTakeFirstOrThrow(): Promise<{ rows: JsonRows<Row> }>;
}): Promise<Row[]> {
  const { rows } = await query.executeTakeFirstOrThrow();
  return rows === null ? [] : (JSON.parse(rows) as Row[]); // null: PostgreSQL's aggregate of no rows
}

/**
 * The rows of a grouped query that selects its group's value as `group` and `jsonRows(…)`, per group; a
 * `SLOT` at `slot` is filled with the group's value (one string shared by the group's rows, not one per row).
 */
export async function readJsonGroups<Row extends readonly unknown[]>(
  query: { execute(): Promise<{ group: string; rows: JsonRows<Row> }[]> },
  slot: number | null = null,
): Promise<{ group: string; rows: Row[] }[]> {
  const groups = await query.execute();
  return groups.map(({ group, rows: text }) => {
    const rows = text === null ? [] : (JSON.parse(text) as Row[]);
    if (slot !== null)
      for (let i = 0; i < rows.length; i += 1) (rows[i] as unknown as unknown[])[slot] = group;
    return { group, rows };
  });
}

/** Opens the database named by the URL: PostgreSQL for `postgres://…`, otherwise a SQLite file. */
export function openDatabase(databaseUrl: string): { db: Db; dialect: Dialect } {
  const dialect = dialectOf(databaseUrl);
  if (dialect === 'postgres') {
    // JIT off: the queries here are short, and a few pass the planner's cost threshold for compiling (the
    // payroll's count query: 0.5 s of compiling for a 0.1 s query; decisions.md, "Counted drafts").
    const pool = new pg.Pool({ connectionString: databaseUrl, max: 20, options: '-c jit=off' });
    // An idle client can be cut by the server (restart, failover); pg then reconnects on the next query.
    // Without this listener the 'error' event would crash the process.
    pool.on('error', (err) => console.error(`PostgreSQL idle client error: ${err.message}`));
    const db = new Kysely<Database>({
      dialect: new PostgresDialect({ pool }),
      plugins: [new CamelCasePlugin()],
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
  return { db, dialect };
}
