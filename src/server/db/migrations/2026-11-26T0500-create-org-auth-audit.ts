import { type Kysely, sql } from 'kysely';
import { isPostgres } from '../database.ts';

export async function up(db: Kysely<any>): Promise<void> {
  const postgres = isPostgres(db);
  // Paths are compared byte-wise (range scans for subtrees); PostgreSQL needs the C collation for that.
  const pathType = postgres ? sql`text collate "C"` : sql`text`;

  await db.schema
    .createTable('unit')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('search_name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('category', 'text')
    .addColumn('parent_id', 'text', (c) => c.references('unit.id').onDelete('restrict'))
    .addColumn('path', pathType, (c) => c.notNull())
    .addColumn('depth', 'integer', (c) => c.notNull())
    .addColumn('valid_from', 'text')
    .addColumn('valid_to', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addCheckConstraint(
      'unit_kind_check',
      sql`kind in ('province', 'district', 'commune', 'village', 'agency')`,
    )
    .execute();
  await db.schema.createIndex('unit_path_idx').on('unit').column('path').execute();
  await db.schema.createIndex('unit_parent_idx').on('unit').columns(['parent_id', 'kind', 'name']).execute();
  await db.schema.createIndex('unit_code_idx').on('unit').columns(['code', 'kind']).execute();
  await db.schema.createIndex('unit_search_idx').on('unit').column('search_name').execute();

  await db.schema
    .createTable('unit_succession')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('old_unit_id', 'text', (c) => c.notNull().references('unit.id').onDelete('cascade'))
    .addColumn('new_unit_id', 'text', (c) => c.notNull().references('unit.id').onDelete('cascade'))
    .addColumn('effective_date', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('unit_succession_pair_unique', ['old_unit_id', 'new_unit_id'])
    .execute();
  await db.schema
    .createIndex('unit_succession_new_idx')
    .on('unit_succession')
    .column('new_unit_id')
    .execute();

  await db.schema
    .createTable('app_user')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('username', 'text', (c) => c.notNull().unique())
    .addColumn('display_name', 'text', (c) => c.notNull())
    .addColumn('email', 'text')
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('unit_id', 'text', (c) => c.notNull().references('unit.id').onDelete('restrict'))
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addCheckConstraint(
      'app_user_role_check',
      sql`role in ('admin', 'coordinator', 'leader', 'agency', 'commune_police')`,
    )
    .addCheckConstraint('app_user_active_check', sql`active in (0, 1)`)
    .execute();
  await db.schema.createIndex('app_user_unit_idx').on('app_user').column('unit_id').execute();

  await db.schema
    .createTable('session')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('app_user.id').onDelete('cascade'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('last_seen_at', 'text', (c) => c.notNull())
    .addColumn('user_agent', 'text')
    .addColumn('ip', 'text')
    .execute();
  await db.schema.createIndex('session_user_idx').on('session').column('user_id').execute();
  await db.schema.createIndex('session_expires_idx').on('session').column('expires_at').execute();

  await db.schema
    .createTable('audit_log')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.references('app_user.id').onDelete('set null'))
    .addColumn('unit_id', 'text', (c) => c.references('unit.id').onDelete('set null'))
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('entity', 'text', (c) => c.notNull())
    .addColumn('entity_id', 'text')
    .addColumn('before', 'text')
    .addColumn('after', 'text')
    .addColumn('request_id', 'text')
    .execute();
  await db.schema.createIndex('audit_log_at_idx').on('audit_log').column('at').execute();
  await db.schema
    .createIndex('audit_log_entity_idx')
    .on('audit_log')
    .columns(['entity', 'entity_id'])
    .execute();
  await db.schema.createIndex('audit_log_user_idx').on('audit_log').columns(['user_id', 'at']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['audit_log', 'session', 'app_user', 'unit_succession', 'unit']) {
    await db.schema.dropTable(table).execute();
  }
}
