import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  // An inspection (kiểm tra) of how a unit implements the Law (plan section II.4, IV.2).
  await db.schema
    .createTable('inspection')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('plan_id', 'text', (c) => c.notNull().references('plan.id').onDelete('cascade'))
    .addColumn('task_id', 'text', (c) => c.references('task.id').onDelete('set null'))
    .addColumn('inspecting_unit_id', 'text', (c) => c.notNull().references('unit.id').onDelete('restrict'))
    .addColumn('inspected_unit_id', 'text', (c) => c.notNull().references('unit.id').onDelete('restrict'))
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('content', 'text')
    .addColumn('team', 'text')
    .addColumn('planned_from', 'text', (c) => c.notNull())
    .addColumn('planned_to', 'text')
    .addColumn('decision_number', 'text')
    .addColumn('decision_date', 'text')
    .addColumn('state', 'text', (c) => c.notNull().defaultTo('planned'))
    .addColumn('actual_date', 'text')
    .addColumn('conclusion', 'text')
    .addColumn('conclusion_number', 'text')
    .addColumn('cancel_reason', 'text')
    // Folded subject, numbers and unit names: the list's text search.
    .addColumn('search_text', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.references('app_user.id').onDelete('set null'))
    .addColumn('updated_by', 'text', (c) => c.references('app_user.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addCheckConstraint('inspection_state_check', sql`state in ('planned', 'done', 'cancelled')`)
    .execute();
  await db.schema
    .createIndex('inspection_inspected_idx')
    .on('inspection')
    .column('inspected_unit_id')
    .execute();
  await db.schema
    .createIndex('inspection_inspecting_idx')
    .on('inspection')
    .column('inspecting_unit_id')
    .execute();
  await db.schema.createIndex('inspection_plan_idx').on('inspection').column('plan_id').execute();
  await db.schema
    .createIndex('inspection_planned_from_idx')
    .on('inspection')
    .column('planned_from')
    .execute();

  await db.schema
    .createTable('inspection_finding')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('inspection_id', 'text', (c) => c.notNull().references('inspection.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addCheckConstraint(
      'inspection_finding_kind_check',
      sql`kind in ('good_practice', 'shortcoming', 'violation')`,
    )
    .execute();
  await db.schema
    .createIndex('inspection_finding_inspection_idx')
    .on('inspection_finding')
    .columns(['inspection_id', 'position'])
    .execute();

  // What a finding asks the responsible unit to do, by when; 'overdue' is computed from due_date.
  await db.schema
    .createTable('follow_up')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('finding_id', 'text', (c) =>
      c.notNull().references('inspection_finding.id').onDelete('cascade'),
    )
    .addColumn('inspection_id', 'text', (c) => c.notNull().references('inspection.id').onDelete('cascade'))
    .addColumn('responsible_unit_id', 'text', (c) => c.notNull().references('unit.id').onDelete('restrict'))
    .addColumn('what', 'text', (c) => c.notNull())
    .addColumn('due_date', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull().defaultTo('open'))
    .addColumn('done_on', 'text')
    .addColumn('result', 'text')
    .addColumn('done_by', 'text', (c) => c.references('app_user.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addCheckConstraint('follow_up_state_check', sql`state in ('open', 'done')`)
    .execute();
  // "Việc cần khắc phục": a unit's open actions by due date.
  await db.schema
    .createIndex('follow_up_responsible_idx')
    .on('follow_up')
    .columns(['responsible_unit_id', 'state', 'due_date'])
    .execute();
  await db.schema.createIndex('follow_up_finding_idx').on('follow_up').column('finding_id').execute();
  await db.schema
    .createIndex('follow_up_inspection_idx')
    .on('follow_up')
    .columns(['inspection_id', 'state', 'due_date'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['follow_up', 'inspection_finding', 'inspection']) {
    await db.schema.dropTable(table).execute();
  }
}
