import type { Kysely } from 'kysely';

// The payroll finds the members who passed through a batch of communes from the history's (unit, member)
// index; with the effective date in it the read needs no table row (index only).
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('member_history_unit_idx').execute();
  await db.schema
    .createIndex('member_history_unit_idx')
    .on('member_history')
    .columns(['unit_id', 'member_id', 'effective_date'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('member_history_unit_idx').execute();
  await db.schema
    .createIndex('member_history_unit_idx')
    .on('member_history')
    .columns(['unit_id', 'member_id'])
    .execute();
}
