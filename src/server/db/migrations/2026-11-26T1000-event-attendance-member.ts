import { type Kysely, sql } from 'kysely';

/**
 * Attendance at force training names members of the force register (issue 7, item 3): `event_attendance`
 * gains its foreign key to `member` (SQLite cannot add one to a table: the table is rebuilt, on both engines
 * alike), and each member has at most one training record per event, found by the event.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('event_attendance_next')
    .addColumn('event_id', 'text', (c) => c.notNull().references('event.id').onDelete('cascade'))
    .addColumn('member_id', 'text', (c) => c.notNull().references('member.id').onDelete('cascade'))
    .addColumn('result', 'text')
    .addColumn('certificate_no', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('event_attendance_event_member_pk', ['event_id', 'member_id'])
    .addCheckConstraint(
      'event_attendance_result_check',
      sql`result is null or result in ('attended', 'passed', 'failed', 'absent')`,
    )
    .execute();
  // Rows naming no member of the register could not be anyone's training: they are not carried over.
  await sql`insert into event_attendance_next (event_id, member_id, result, certificate_no, created_at, updated_at)
    select event_id, member_id, result, certificate_no, created_at, updated_at from event_attendance
    where member_id in (select id from member)`.execute(db);
  await db.schema.dropIndex('event_attendance_member_idx').execute();
  await db.schema.dropTable('event_attendance').execute();
  await db.schema.alterTable('event_attendance_next').renameTo('event_attendance').execute();
  await db.schema
    .createIndex('event_attendance_member_idx')
    .on('event_attendance')
    .column('member_id')
    .execute();

  await db.schema
    .createIndex('member_training_event_member_idx')
    .on('member_training')
    .columns(['event_id', 'member_id'])
    .unique()
    .where(sql.ref('event_id'), 'is not', null)
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('member_training_event_member_idx').execute();
  await db.schema
    .createTable('event_attendance_prev')
    .addColumn('event_id', 'text', (c) => c.notNull().references('event.id').onDelete('cascade'))
    .addColumn('member_id', 'text', (c) => c.notNull())
    .addColumn('result', 'text')
    .addColumn('certificate_no', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('event_attendance_pk', ['event_id', 'member_id'])
    .addCheckConstraint(
      'event_attendance_result_check',
      sql`result is null or result in ('attended', 'passed', 'failed', 'absent')`,
    )
    .execute();
  await sql`insert into event_attendance_prev select event_id, member_id, result, certificate_no, created_at, updated_at
    from event_attendance`.execute(db);
  await db.schema.dropIndex('event_attendance_member_idx').execute();
  await db.schema.dropTable('event_attendance').execute();
  await db.schema.alterTable('event_attendance_prev').renameTo('event_attendance').execute();
  await db.schema
    .createIndex('event_attendance_member_idx')
    .on('event_attendance')
    .column('member_id')
    .execute();
}
