import type { Kysely } from 'kysely';

/** Reporting regimes gain the upper level's date and the data form (biểu mẫu) of Nghị định 09/2019. */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('reporting_regime').addColumn('consolidation_date', 'text').execute();
  await db.schema.alterTable('reporting_regime').addColumn('data_form', 'text').execute();
  await db.schema.createIndex('reporting_regime_task_idx').on('reporting_regime').column('task_id').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('reporting_regime_task_idx').execute();
  await db.schema.alterTable('reporting_regime').dropColumn('data_form').execute();
  await db.schema.alterTable('reporting_regime').dropColumn('consolidation_date').execute();
}
