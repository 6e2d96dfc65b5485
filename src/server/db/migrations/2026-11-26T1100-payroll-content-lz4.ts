import { type Kysely, sql } from 'kysely';
import { isPostgres } from '../database.ts';

// PostgreSQL compresses a payroll's document (tens of kB of JSON) when it stores it. With its default, pglz,
// writing the national month's 54 MB of documents took the server 2.6 s of CPU; with lz4 0.4 s, for a fifth
// more space (35 → 42 MB). lz4 exists from PostgreSQL 14 when the server was built with it (Debian's is);
// without it the documents stay on pglz. Rows already stored keep their compression until rewritten.
// SQLite does not compress.
export async function up(db: Kysely<any>): Promise<void> {
  if (!(await hasLz4(db))) return;
  await sql`alter table payroll_content alter column content set compression lz4`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  if (!(await hasLz4(db))) return;
  await sql`alter table payroll_content alter column content set compression pglz`.execute(db);
}

async function hasLz4(db: Kysely<any>): Promise<boolean> {
  if (!isPostgres(db)) return false;
  const { rows } = await sql<{ lz4: boolean }>`
    select coalesce(bool_or('lz4' = any(enumvals)), false) as lz4
    from pg_settings where name = 'default_toast_compression'`.execute(db);
  return rows[0]?.lz4 ?? false;
}
