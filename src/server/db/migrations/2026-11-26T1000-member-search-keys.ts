import { type Kysely, sql } from 'kysely';
import { nameKeys } from '../../../domain/force/member-search.ts';
import { isPostgres } from '../database.ts';

// Member search at national scale (SPEC §9: 400,000 members, p95 under 50 ms). Two things make a province's
// list and its name search read only what they show:
// - `member.province_id`, the first unit of the commune's path (unit paths never change): a province's members
//   in name order are one range of `member_province_name_idx`, which also holds what the filters read;
// - `member_name_key`: the folded name from each word on (src/domain/force/member-search.ts), by province, with
//   the member's folded name and commune, so that a name typed in the search box is one index range of its
//   matches, counted and put in name order from that index alone, not a scan of every name.
export async function up(db: Kysely<any>): Promise<void> {
  const postgres = isPostgres(db);
  // Keys are compared byte-wise (prefix ranges); PostgreSQL needs the C collation for that, as for unit paths.
  const keyType = postgres ? sql`text collate "C"` : sql`text`;
  await db.schema.alterTable('member').addColumn('province_id', 'text').execute();
  await db.schema
    .createTable('member_name_key')
    .addColumn('province_id', 'text', (c) => c.notNull())
    .addColumn('key', keyType, (c) => c.notNull())
    .addColumn('member_id', 'text', (c) => c.notNull().references('member.id').onDelete('cascade'))
    .addColumn('search_name', 'text', (c) => c.notNull())
    .addColumn('unit_id', 'text', (c) => c.notNull())
    .execute();
  // Unique on the first three; the last two make it covering (both engines read it alone).
  await db.schema
    .createIndex('member_name_key_idx')
    .on('member_name_key')
    .columns(['province_id', 'key', 'member_id', 'search_name', 'unit_id'])
    .unique()
    .execute();
  await db.schema
    .createIndex('member_name_key_member_idx')
    .on('member_name_key')
    .column('member_id')
    .execute();

  // Members already in the register (a database made before this migration); snake_case names as written,
  // whatever plugins the caller's instance has.
  const raw = db.withoutPlugins();
  const provinces = (await raw
    .selectFrom('unit')
    .select(['id', 'path'])
    .where('parent_id', 'is', null)
    .execute()) as { id: string; path: string }[];
  for (const province of provinces) {
    const end = `${province.path.slice(0, -1)}0`;
    await raw
      .updateTable('member')
      .set({ province_id: province.id })
      .where(
        'unit_id',
        'in',
        raw.selectFrom('unit').select('id').where('path', '>=', province.path).where('path', '<', end),
      )
      .execute();
  }
  for (let last = ''; ;) {
    const batch = (await raw
      .selectFrom('member')
      .select(['id', 'full_name', 'search_name', 'unit_id', 'province_id'])
      .where('id', '>', last)
      .orderBy('id')
      .limit(2000)
      .execute()) as {
      id: string;
      full_name: string;
      search_name: string;
      unit_id: string;
      province_id: string;
    }[];
    const rows = batch.flatMap((m) =>
      nameKeys(m.full_name).map((key) => ({
        province_id: m.province_id,
        key,
        member_id: m.id,
        search_name: m.search_name,
        unit_id: m.unit_id,
      })),
    );
    for (let i = 0; i < rows.length; i += 1000)
      await raw
        .insertInto('member_name_key')
        .values(rows.slice(i, i + 1000))
        .execute();
    if (batch.length < 2000) break;
    last = batch[batch.length - 1]?.id ?? last;
  }

  await db.schema
    .createIndex('member_province_name_idx')
    .on('member')
    .columns(['province_id', 'search_name', 'id', 'status', 'role', 'origin', 'team_id', 'date_of_birth'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('member_province_name_idx').execute();
  await db.schema.dropTable('member_name_key').execute();
  await db.schema.alterTable('member').dropColumn('province_id').execute();
}
