import { type Kysely, sql } from 'kysely';

// Budget (kinh phí, SPEC §8, plan section III): per unit and fiscal year, estimates, allocations, spending and
// settlements by source; spending of a paid payroll is written here too (origin 'payroll', one per payroll).
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('budget_entry')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('unit_id', 'text', (c) => c.notNull().references('unit.id').onDelete('restrict'))
    .addColumn('fiscal_year', 'integer', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    // Integer VND; bigint because a province's year passes 2^31 đồng (2.1 billion) easily.
    .addColumn('amount', 'bigint', (c) => c.notNull())
    .addColumn('entry_date', 'text', (c) => c.notNull())
    .addColumn('document_number', 'text')
    .addColumn('note', 'text')
    .addColumn('task_id', 'text', (c) => c.references('task.id').onDelete('set null'))
    .addColumn('origin', 'text', (c) => c.notNull().defaultTo('manual'))
    // The payroll a 'payroll' entry follows; no foreign key so that the budget does not depend on the payroll's
    // tables (the payroll calls the budget service, never the other way round).
    .addColumn('payroll_id', 'text')
    .addColumn('payroll_month', 'text')
    .addColumn('created_by', 'text', (c) => c.references('app_user.id').onDelete('set null'))
    .addColumn('updated_by', 'text', (c) => c.references('app_user.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addCheckConstraint(
      'budget_entry_source_check',
      sql`source in ('local_budget', 'ministry_police', 'other')`,
    )
    .addCheckConstraint(
      'budget_entry_kind_check',
      sql`kind in ('estimate', 'allocation', 'spending', 'settlement')`,
    )
    .addCheckConstraint('budget_entry_origin_check', sql`origin in ('manual', 'payroll')`)
    .addCheckConstraint('budget_entry_amount_check', sql`amount >= 0`)
    .addCheckConstraint('budget_entry_payroll_check', sql`(origin = 'payroll') = (payroll_id is not null)`)
    .execute();
  // The province table and the list by year: year, then unit (grouped sums read this index range).
  await db.schema
    .createIndex('budget_entry_year_unit_idx')
    .on('budget_entry')
    .columns(['fiscal_year', 'unit_id', 'source', 'kind'])
    .execute();
  await db.schema
    .createIndex('budget_entry_unit_date_idx')
    .on('budget_entry')
    .columns(['unit_id', 'entry_date'])
    .execute();
  await db.schema.createIndex('budget_entry_task_idx').on('budget_entry').column('task_id').execute();
  // One entry per payroll: recording a payroll's spending twice updates it (NULLs are distinct on both engines).
  await db.schema
    .createIndex('budget_entry_payroll_unique')
    .on('budget_entry')
    .column('payroll_id')
    .unique()
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('budget_entry').execute();
}
