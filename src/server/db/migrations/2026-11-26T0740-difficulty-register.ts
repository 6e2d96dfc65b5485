import { type Kysely, sql } from 'kysely';

/** Folded for search, as `foldText` of src/domain/common/text.ts did when this migration was written. */
function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

// The difficulties register (SPEC §4): who closed an item, when and why; words to search; every step kept.
export async function up(db: Kysely<any>): Promise<void> {
  // SQLite adds one column per statement.
  await db.schema
    .alterTable('difficulty')
    .addColumn('closed_by', 'text', (c) => c.references('app_user.id').onDelete('set null'))
    .execute();
  await db.schema.alterTable('difficulty').addColumn('closed_at', 'text').execute();
  await db.schema.alterTable('difficulty').addColumn('close_note', 'text').execute();
  await db.schema.alterTable('difficulty').addColumn('search_text', 'text').execute();
  await db.schema.createIndex('difficulty_created_idx').on('difficulty').column('created_at').execute();

  const rows = await db.selectFrom('difficulty').select(['id', 'text', 'answer']).execute();
  for (const row of rows as { id: string; text: string; answer: string | null }[]) {
    await db
      .updateTable('difficulty')
      .set({ search_text: fold(`${row.text} ${row.answer ?? ''}`) })
      .where('id', '=', row.id)
      .execute();
  }

  await db.schema
    .createTable('difficulty_event')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('difficulty_id', 'text', (c) => c.notNull().references('difficulty.id').onDelete('cascade'))
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('from_state', 'text', (c) => c.notNull())
    .addColumn('to_state', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('user_id', 'text', (c) => c.references('app_user.id').onDelete('set null'))
    .addColumn('at', 'text', (c) => c.notNull())
    .addCheckConstraint('difficulty_event_action_check', sql`action in ('answer', 'close', 'reopen')`)
    .execute();
  await db.schema
    .createIndex('difficulty_event_difficulty_idx')
    .on('difficulty_event')
    .columns(['difficulty_id', 'at'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('difficulty_event').execute();
  await db.schema.dropIndex('difficulty_created_idx').execute();
  for (const column of ['search_text', 'close_note', 'closed_at', 'closed_by']) {
    await db.schema.alterTable('difficulty').dropColumn(column).execute();
  }
}
