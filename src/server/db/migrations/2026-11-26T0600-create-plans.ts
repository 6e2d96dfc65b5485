import { type Kysely, sql } from 'kysely';

/** Schedule columns, shared by tasks and reporting duties (see src/domain/plans/plans.schemas.ts). */
function scheduleColumns<T extends { addColumn: (name: string, type: 'text' | 'integer') => T }>(
  table: T,
): T {
  return table
    .addColumn('schedule_kind', 'text')
    .addColumn('schedule_date', 'text')
    .addColumn('schedule_year', 'integer')
    .addColumn('schedule_quarter', 'integer')
    .addColumn('schedule_half', 'integer')
    .addColumn('schedule_month', 'integer')
    .addColumn('schedule_day', 'integer')
    .addColumn('schedule_every_months', 'integer')
    .addColumn('schedule_text', 'text');
}

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('plan')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('owner_unit_id', 'text', (c) => c.notNull().references('unit.id').onDelete('restrict'))
    .addColumn('parent_plan_id', 'text', (c) => c.references('plan.id').onDelete('set null'))
    .addColumn('parent_task_id', 'text')
    .addColumn('number', 'text')
    .addColumn('issuer', 'text')
    .addColumn('place', 'text')
    .addColumn('issued_on', 'text')
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('search_text', 'text', (c) => c.notNull())
    .addColumn('legal_basis', 'text')
    .addColumn('purpose', 'text')
    .addColumn('funding', 'text')
    .addColumn('organization', 'text')
    .addColumn('recipients', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('signer_authority', 'text')
    .addColumn('signer_name', 'text')
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('active'))
    .addColumn('source_text', 'text')
    .addColumn('created_by', 'text', (c) => c.references('app_user.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addCheckConstraint('plan_status_check', sql`status in ('draft', 'active', 'closed')`)
    .execute();
  await db.schema.createIndex('plan_owner_idx').on('plan').column('owner_unit_id').execute();
  await db.schema.createIndex('plan_parent_idx').on('plan').column('parent_plan_id').execute();
  await db.schema.createIndex('plan_issued_idx').on('plan').column('issued_on').execute();

  await db.schema
    .createTable('task')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('plan_id', 'text', (c) => c.notNull().references('plan.id').onDelete('cascade'))
    .addColumn('parent_id', 'text', (c) => c.references('task.id').onDelete('cascade'))
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text')
    .addColumn('form', 'text')
    .addColumn('time_text', 'text')
    .addColumn('position', 'integer', (c) => c.notNull())
    .$call(scheduleColumns)
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema.createIndex('task_plan_idx').on('task').columns(['plan_id', 'position']).execute();
  await db.schema.createIndex('task_parent_idx').on('task').column('parent_id').execute();

  await db.schema
    .createTable('assignment')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('task_id', 'text', (c) => c.notNull().references('task.id').onDelete('cascade'))
    .addColumn('unit_id', 'text', (c) => c.references('unit.id').onDelete('restrict'))
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('group_key', 'text')
    .addColumn('name_text', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addCheckConstraint('assignment_role_check', sql`role in ('lead', 'coordinator')`)
    .execute();
  await db.schema.createIndex('assignment_task_idx').on('assignment').column('task_id').execute();
  await db.schema
    .createIndex('assignment_unit_idx')
    .on('assignment')
    .columns(['unit_id', 'task_id'])
    .execute();

  await db.schema
    .createTable('plan_reporting_duty')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('plan_id', 'text', (c) => c.notNull().references('plan.id').onDelete('cascade'))
    .addColumn('what', 'text', (c) => c.notNull())
    .addColumn('recipient_text', 'text', (c) => c.notNull())
    .addColumn('deadline_text', 'text', (c) => c.notNull())
    .$call(scheduleColumns)
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('plan_reporting_duty_plan_idx')
    .on('plan_reporting_duty')
    .column('plan_id')
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['plan_reporting_duty', 'assignment', 'task', 'plan']) {
    await db.schema.dropTable(table).execute();
  }
}
