import { type Kysely, sql } from 'kysely';

/**
 * Support payments (SPEC §8, issue 6): the base-salary table (seeded with the shipped periods), the provinces'
 * rate sets and which one is in force when, each province's payroll settings, duty and training days per
 * member and month, and the monthly payrolls per commune. A payroll's lines are one compact JSON document
 * (`payroll_content`): a month of the whole country is 2.3 million lines, which one row per line could not
 * write in the 5 s budget, and nothing queries lines across payrolls (totals are columns of `payroll`).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('payroll_base_salary')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('from_date', 'text', (c) => c.notNull())
    .addColumn('to_date', 'text')
    .addColumn('amount', 'integer', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    /** 1: shipped with the system (the decrees' figures), 0: entered by an admin. */
    .addColumn('shipped', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('updated_by', 'text', (c) => c.references('app_user.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addCheckConstraint('payroll_base_salary_amount_check', sql`amount > 0`)
    .addCheckConstraint('payroll_base_salary_shipped_check', sql`shipped in (0, 1)`)
    .execute();
  const at = '2026-11-26T00:00:00.000Z';
  await db
    .insertInto('payroll_base_salary')
    .values([
      {
        id: 'nd-24-2023',
        from_date: '2023-07-01',
        to_date: '2024-06-30',
        amount: 1_800_000,
        source: 'Nghị định 24/2023/NĐ-CP',
        shipped: 1,
        created_at: at,
        updated_at: at,
      },
      {
        id: 'nd-73-2024',
        from_date: '2024-07-01',
        to_date: null,
        amount: 2_340_000,
        source: 'Nghị định 73/2024/NĐ-CP',
        shipped: 1,
        created_at: at,
        updated_at: at,
      },
    ])
    .execute();

  await db.schema
    .createTable('payroll_rate_set')
    .addColumn('id', 'text', (c) => c.primaryKey())
    /** The province whose set this is. */
    .addColumn('province_id', 'text', (c) => c.notNull().references('unit.id').onDelete('cascade'))
    /** Id of the shipped example it was copied from, or null. */
    .addColumn('example_key', 'text')
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('province_name', 'text', (c) => c.notNull())
    .addColumn('resolution_number', 'text')
    .addColumn('resolution_date', 'text')
    .addColumn('resolution_issuer', 'text')
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('is_example', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('effective_from', 'text', (c) => c.notNull())
    .addColumn('effective_to', 'text')
    /** JSON arrays: the domain's `Rate[]` and notes. */
    .addColumn('rates', 'text', (c) => c.notNull())
    .addColumn('notes', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('created_by', 'text', (c) => c.references('app_user.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addCheckConstraint('payroll_rate_set_example_check', sql`is_example in (0, 1)`)
    .execute();
  await db.schema
    .createIndex('payroll_rate_set_province_idx')
    .on('payroll_rate_set')
    .columns(['province_id', 'effective_from'])
    .execute();

  /** The set a province applies from `from_date` to `to_date` (inclusive; null = until further notice). */
  await db.schema
    .createTable('payroll_rate_assignment')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('province_id', 'text', (c) => c.notNull().references('unit.id').onDelete('cascade'))
    .addColumn('rate_set_id', 'text', (c) =>
      c.notNull().references('payroll_rate_set.id').onDelete('restrict'),
    )
    .addColumn('from_date', 'text', (c) => c.notNull())
    .addColumn('to_date', 'text')
    .addColumn('created_by', 'text', (c) => c.references('app_user.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('payroll_rate_assignment_province_idx')
    .on('payroll_rate_assignment')
    .columns(['province_id', 'from_date'])
    .execute();
  await db.schema
    .createIndex('payroll_rate_assignment_set_idx')
    .on('payroll_rate_assignment')
    .column('rate_set_id')
    .execute();

  await db.schema
    .createTable('payroll_setting')
    .addColumn('province_id', 'text', (c) => c.primaryKey().references('unit.id').onDelete('cascade'))
    .addColumn('approver', 'text', (c) => c.notNull().defaultTo('district'))
    .addColumn('rounding_rule', 'text', (c) => c.notNull().defaultTo('dong'))
    .addColumn('updated_by', 'text', (c) => c.references('app_user.id').onDelete('set null'))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addCheckConstraint('payroll_setting_approver_check', sql`approver in ('district', 'province')`)
    .addCheckConstraint('payroll_setting_rounding_check', sql`rounding_rule in ('dong', 'thousand')`)
    .execute();

  /** Duty and training days of a member in a commune and month; `training_days` null = from the records. */
  await db.schema
    .createTable('payroll_days')
    .addColumn('unit_id', 'text', (c) => c.notNull().references('unit.id').onDelete('cascade'))
    .addColumn('month', 'text', (c) => c.notNull())
    .addColumn('member_id', 'text', (c) => c.notNull().references('member.id').onDelete('cascade'))
    .addColumn('duty_assigned', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('duty_night', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('duty_holiday', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('duty_hazardous', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('training_days', 'integer')
    .addColumn('updated_by', 'text', (c) => c.references('app_user.id').onDelete('set null'))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('payroll_days_pk', ['unit_id', 'month', 'member_id'])
    .addCheckConstraint(
      'payroll_days_range_check',
      sql`duty_assigned between 0 and 31 and duty_night between 0 and 31 and duty_holiday between 0 and 31
        and duty_hazardous between 0 and 31 and (training_days is null or training_days between 0 and 31)`,
    )
    .execute();

  await db.schema
    .createTable('payroll')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('unit_id', 'text', (c) => c.notNull().references('unit.id').onDelete('restrict'))
    .addColumn('month', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('draft'))
    /** What is paid this month: lines + corrections, integer VND. */
    .addColumn('total', 'integer', (c) => c.notNull())
    .addColumn('correction_total', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('member_count', 'integer', (c) => c.notNull())
    .addColumn('line_count', 'integer', (c) => c.notNull())
    .addColumn('warning_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('rounding_rule', 'text', (c) => c.notNull())
    .addColumn('returned_reason', 'text')
    .addColumn('computed_at', 'text', (c) => c.notNull())
    .addColumn('computed_by', 'text', (c) => c.references('app_user.id').onDelete('set null'))
    .addColumn('submitted_at', 'text')
    .addColumn('approved_at', 'text')
    .addColumn('approved_by', 'text', (c) => c.references('app_user.id').onDelete('set null'))
    .addColumn('paid_at', 'text')
    .addColumn('paid_on', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addCheckConstraint('payroll_status_check', sql`status in ('draft', 'submitted', 'approved', 'paid')`)
    .addCheckConstraint('payroll_rounding_check', sql`rounding_rule in ('dong', 'thousand')`)
    .addUniqueConstraint('payroll_unit_month_unique', ['unit_id', 'month'])
    .execute();
  await db.schema.createIndex('payroll_month_idx').on('payroll').columns(['month', 'status']).execute();

  /** The lines, corrections and warnings of a payroll (see above); replaced only while the payroll is a draft. */
  await db.schema
    .createTable('payroll_content')
    .addColumn('payroll_id', 'text', (c) => c.primaryKey().references('payroll.id').onDelete('cascade'))
    .addColumn('content', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('payroll_transition')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('payroll_id', 'text', (c) => c.notNull().references('payroll.id').onDelete('cascade'))
    .addColumn('from_status', 'text')
    .addColumn('to_status', 'text', (c) => c.notNull())
    .addColumn('reason', 'text')
    .addColumn('user_id', 'text', (c) => c.references('app_user.id').onDelete('set null'))
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('payroll_transition_payroll_idx')
    .on('payroll_transition')
    .columns(['payroll_id', 'at'])
    .execute();

  // The payroll reads a commune's members through their history (who was in post there, when).
  await db.schema
    .createIndex('member_history_unit_idx')
    .on('member_history')
    .columns(['unit_id', 'member_id'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('member_history_unit_idx').execute();
  for (const table of [
    'payroll_transition',
    'payroll_content',
    'payroll',
    'payroll_days',
    'payroll_setting',
    'payroll_rate_assignment',
    'payroll_rate_set',
    'payroll_base_salary',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
