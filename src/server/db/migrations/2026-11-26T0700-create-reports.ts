import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('reporting_regime')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('plan_id', 'text', (c) => c.notNull().references('plan.id').onDelete('cascade'))
    .addColumn('task_id', 'text', (c) => c.references('task.id').onDelete('cascade'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('content', 'text')
    .addColumn('reporters_text', 'text', (c) => c.notNull())
    .addColumn('receiver_text', 'text', (c) => c.notNull())
    .addColumn('method', 'text')
    .addColumn('frequency', 'text', (c) => c.notNull())
    .addColumn('cutoff_text', 'text')
    .addColumn('unit_deadline_text', 'text', (c) => c.notNull())
    .addColumn('consolidation_deadline_text', 'text')
    .addColumn('outline', 'text')
    .addColumn('schedule_kind', 'text')
    .addColumn('schedule_date', 'text')
    .addColumn('schedule_year', 'integer')
    .addColumn('schedule_quarter', 'integer')
    .addColumn('schedule_half', 'integer')
    .addColumn('schedule_month', 'integer')
    .addColumn('schedule_day', 'integer')
    .addColumn('schedule_every_months', 'integer')
    .addColumn('schedule_text', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addCheckConstraint(
      'reporting_regime_frequency_check',
      sql`frequency in ('once', 'monthly', 'quarterly', 'half_yearly', 'yearly')`,
    )
    .execute();
  await db.schema.createIndex('reporting_regime_plan_idx').on('reporting_regime').column('plan_id').execute();

  await db.schema
    .createTable('reporting_period')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('assignment_id', 'text', (c) => c.notNull().references('assignment.id').onDelete('cascade'))
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('period_start', 'text', (c) => c.notNull())
    .addColumn('period_end', 'text', (c) => c.notNull())
    .addColumn('due_date', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('reporting_period_assignment_due_unique', ['assignment_id', 'due_date'])
    .execute();
  await db.schema.createIndex('reporting_period_due_idx').on('reporting_period').column('due_date').execute();

  await db.schema
    .createTable('report')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('period_id', 'text', (c) =>
      c.notNull().unique().references('reporting_period.id').onDelete('cascade'),
    )
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('progress', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('done', 'text')
    .addColumn('difficulties', 'text')
    .addColumn('proposals', 'text')
    .addColumn('return_comment', 'text')
    .addColumn('submitted_at', 'text')
    .addColumn('accepted_at', 'text')
    .addColumn('snapshot', 'text')
    .addColumn('created_by', 'text', (c) => c.references('app_user.id').onDelete('set null'))
    .addColumn('updated_by', 'text', (c) => c.references('app_user.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addCheckConstraint('report_status_check', sql`status in ('draft', 'submitted', 'returned', 'accepted')`)
    .addCheckConstraint('report_progress_check', sql`progress between 0 and 100`)
    .execute();
  await db.schema.createIndex('report_status_idx').on('report').column('status').execute();

  await db.schema
    .createTable('report_transition')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('report_id', 'text', (c) => c.notNull().references('report.id').onDelete('cascade'))
    .addColumn('from_status', 'text')
    .addColumn('to_status', 'text', (c) => c.notNull())
    .addColumn('comment', 'text')
    .addColumn('user_id', 'text', (c) => c.references('app_user.id').onDelete('set null'))
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('report_transition_report_idx')
    .on('report_transition')
    .columns(['report_id', 'at'])
    .execute();

  await db.schema
    .createTable('indicator')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('task_id', 'text', (c) => c.notNull().references('task.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('unit_label', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addCheckConstraint('indicator_kind_check', sql`kind in ('count', 'vnd', 'percent')`)
    .execute();
  await db.schema
    .createIndex('indicator_task_idx')
    .on('indicator')
    .columns(['task_id', 'position'])
    .execute();

  await db.schema
    .createTable('report_indicator_value')
    .addColumn('report_id', 'text', (c) => c.notNull().references('report.id').onDelete('cascade'))
    .addColumn('indicator_id', 'text', (c) => c.notNull().references('indicator.id').onDelete('cascade'))
    .addColumn('value', 'real', (c) => c.notNull())
    .addPrimaryKeyConstraint('report_indicator_value_pk', ['report_id', 'indicator_id'])
    .execute();

  await db.schema
    .createTable('report_file')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('report_id', 'text', (c) => c.notNull().references('report.id').onDelete('cascade'))
    .addColumn('filename', 'text', (c) => c.notNull())
    .addColumn('content_type', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('storage_key', 'text', (c) => c.notNull())
    .addColumn('uploaded_by', 'text', (c) => c.references('app_user.id').onDelete('set null'))
    .addColumn('uploaded_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('report_file_report_idx').on('report_file').column('report_id').execute();

  await db.schema
    .createTable('difficulty')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('report_id', 'text', (c) => c.notNull().references('report.id').onDelete('cascade'))
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull().defaultTo('open'))
    .addColumn('answer', 'text')
    .addColumn('answered_by', 'text', (c) => c.references('app_user.id').onDelete('set null'))
    .addColumn('answered_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addCheckConstraint('difficulty_state_check', sql`state in ('open', 'answered', 'closed')`)
    .execute();
  await db.schema.createIndex('difficulty_report_idx').on('difficulty').column('report_id').execute();
  await db.schema.createIndex('difficulty_state_idx').on('difficulty').column('state').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'difficulty',
    'report_file',
    'report_indicator_value',
    'indicator',
    'report_transition',
    'report',
    'reporting_period',
    'reporting_regime',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
