import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  // Register of legal documents issued by HĐND and UBND tỉnh (SPEC §5). One register per province.
  await db.schema
    .createTable('legal_document')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('province_id', 'text', (c) => c.notNull().references('unit.id').onDelete('restrict'))
    .addColumn('number', 'text', (c) => c.notNull())
    /** The number folded, without spaces, upper case: two spellings of one number are one document. */
    .addColumn('number_key', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('issuer', 'text', (c) => c.notNull())
    .addColumn('issued_on', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('field', 'text')
    .addColumn('validity', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('search_name', 'text', (c) => c.notNull())
    .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('file_name', 'text')
    .addColumn('file_content_type', 'text')
    .addColumn('file_size', 'integer')
    .addColumn('file_sha256', 'text')
    .addColumn('file_storage_key', 'text')
    .addColumn('created_by', 'text', (c) => c.references('app_user.id').onDelete('set null'))
    .addColumn('updated_by', 'text', (c) => c.references('app_user.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addUniqueConstraint('legal_document_number_unique', ['province_id', 'number_key'])
    .addCheckConstraint('legal_document_kind_check', sql`kind in ('resolution', 'decision', 'directive')`)
    .addCheckConstraint('legal_document_issuer_check', sql`issuer in ('hdnd', 'ubnd')`)
    .addCheckConstraint(
      'legal_document_validity_check',
      sql`validity in ('in_force', 'partly_expired', 'expired')`,
    )
    .execute();
  await db.schema
    .createIndex('legal_document_province_issued_idx')
    .on('legal_document')
    .columns(['province_id', 'issued_on'])
    .execute();

  // Review campaigns (rà soát): who reviews which documents by when; each unit's findings.
  await db.schema
    .createTable('review_campaign')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('owner_unit_id', 'text', (c) => c.notNull().references('unit.id').onDelete('restrict'))
    .addColumn('province_id', 'text', (c) => c.notNull().references('unit.id').onDelete('restrict'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('scope', 'text', (c) => c.notNull())
    /** JSON of the register filter; '{}' = every document. */
    .addColumn('document_filter', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('plan_id', 'text', (c) => c.references('plan.id').onDelete('set null'))
    .addColumn('task_id', 'text', (c) => c.references('task.id').onDelete('set null'))
    .addColumn('consolidation_task_id', 'text', (c) => c.references('task.id').onDelete('set null'))
    .addColumn('unit_deadline', 'text', (c) => c.notNull())
    .addColumn('consolidation_deadline', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull().defaultTo('open'))
    .addColumn('closed_at', 'text')
    .addColumn('created_by', 'text', (c) => c.references('app_user.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addCheckConstraint('review_campaign_state_check', sql`state in ('open', 'closed')`)
    .execute();
  await db.schema.createIndex('review_campaign_task_idx').on('review_campaign').column('task_id').execute();

  await db.schema
    .createTable('review_campaign_unit')
    .addColumn('campaign_id', 'text', (c) => c.notNull().references('review_campaign.id').onDelete('cascade'))
    .addColumn('unit_id', 'text', (c) => c.notNull().references('unit.id').onDelete('restrict'))
    .addColumn('deadline', 'text', (c) => c.notNull())
    /** Set when the unit states that nothing in its field needs a change. */
    .addColumn('nothing_found_at', 'text')
    .addColumn('nothing_found_note', 'text')
    .addColumn('nothing_found_by', 'text', (c) => c.references('app_user.id').onDelete('set null'))
    .addPrimaryKeyConstraint('review_campaign_unit_pk', ['campaign_id', 'unit_id'])
    .execute();
  await db.schema
    .createIndex('review_campaign_unit_unit_idx')
    .on('review_campaign_unit')
    .column('unit_id')
    .execute();

  await db.schema
    .createTable('review_finding')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('campaign_id', 'text', (c) => c.notNull().references('review_campaign.id').onDelete('cascade'))
    .addColumn('unit_id', 'text', (c) => c.notNull().references('unit.id').onDelete('restrict'))
    .addColumn('document_id', 'text', (c) => c.references('legal_document.id').onDelete('restrict'))
    .addColumn('outcome', 'text', (c) => c.notNull())
    .addColumn('provisions', 'text')
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('proposal', 'text')
    .addColumn('created_by', 'text', (c) => c.references('app_user.id').onDelete('set null'))
    .addColumn('updated_by', 'text', (c) => c.references('app_user.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    // One finding per unit and document; several "new document needed" findings (no document) may stand.
    .addUniqueConstraint('review_finding_unit_document_unique', ['campaign_id', 'unit_id', 'document_id'])
    .addCheckConstraint(
      'review_finding_outcome_check',
      sql`outcome in ('keep', 'amend', 'replace', 'repeal', 'new_document')`,
    )
    .addCheckConstraint(
      'review_finding_document_check',
      sql`document_id is not null or outcome = 'new_document'`,
    )
    .execute();
  await db.schema
    .createIndex('review_finding_campaign_unit_idx')
    .on('review_finding')
    .columns(['campaign_id', 'unit_id'])
    .execute();

  // Events (SPEC §6): conferences, training, force training, drills, contests.
  await db.schema
    .createTable('event')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('unit_id', 'text', (c) => c.notNull().references('unit.id').onDelete('restrict'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('task_id', 'text', (c) => c.references('task.id').onDelete('set null'))
    .addColumn('form', 'text', (c) => c.notNull())
    .addColumn('starts_on', 'text', (c) => c.notNull())
    .addColumn('ends_on', 'text', (c) => c.notNull())
    .addColumn('place', 'text')
    .addColumn('audience', 'text')
    .addColumn('participant_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('description', 'text')
    .addColumn('search_name', 'text', (c) => c.notNull())
    .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_by', 'text', (c) => c.references('app_user.id').onDelete('set null'))
    .addColumn('updated_by', 'text', (c) => c.references('app_user.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addCheckConstraint(
      'event_kind_check',
      sql`kind in ('briefing', 'specialised_training', 'force_training', 'drill', 'contest')`,
    )
    .addCheckConstraint('event_form_check', sql`form in ('in_person', 'online', 'both')`)
    .addCheckConstraint('event_dates_check', sql`ends_on >= starts_on`)
    .addCheckConstraint('event_participants_check', sql`participant_count >= 0`)
    .execute();
  await db.schema.createIndex('event_starts_idx').on('event').column('starts_on').execute();
  await db.schema.createIndex('event_unit_idx').on('event').columns(['unit_id', 'starts_on']).execute();
  await db.schema
    .createIndex('event_task_unit_idx')
    .on('event')
    .columns(['task_id', 'unit_id', 'starts_on'])
    .execute();

  await db.schema
    .createTable('event_file')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('event_id', 'text', (c) => c.notNull().references('event.id').onDelete('cascade'))
    .addColumn('filename', 'text', (c) => c.notNull())
    .addColumn('content_type', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('storage_key', 'text', (c) => c.notNull())
    .addColumn('uploaded_by', 'text', (c) => c.references('app_user.id').onDelete('set null'))
    .addColumn('uploaded_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('event_file_event_idx').on('event_file').column('event_id').execute();

  // Members at force training. `member_id` names a member of the force register, which lives on another
  // branch: no foreign key yet; it is added when the register's table exists (SQLite: table rebuild).
  await db.schema
    .createTable('event_attendance')
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
  await db.schema
    .createIndex('event_attendance_member_idx')
    .on('event_attendance')
    .column('member_id')
    .execute();

  // Media work (SPEC §6; plan II.1.2, II.1.3): articles, broadcasts, web posts by outlet and month.
  await db.schema
    .createTable('media_item')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('unit_id', 'text', (c) => c.notNull().references('unit.id').onDelete('restrict'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('channel', 'text')
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('published_on', 'text', (c) => c.notNull())
    /** YYYY-MM of published_on: the by-month table groups on it. */
    .addColumn('month', 'text', (c) => c.notNull())
    .addColumn('url', 'text')
    .addColumn('task_id', 'text', (c) => c.references('task.id').onDelete('set null'))
    .addColumn('note', 'text')
    .addColumn('search_name', 'text', (c) => c.notNull())
    .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_by', 'text', (c) => c.references('app_user.id').onDelete('set null'))
    .addColumn('updated_by', 'text', (c) => c.references('app_user.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addCheckConstraint('media_item_kind_check', sql`kind in ('article', 'broadcast', 'web_post')`)
    .execute();
  await db.schema.createIndex('media_item_published_idx').on('media_item').column('published_on').execute();
  await db.schema
    .createIndex('media_item_unit_month_idx')
    .on('media_item')
    .columns(['unit_id', 'month'])
    .execute();
  await db.schema
    .createIndex('media_item_task_unit_idx')
    .on('media_item')
    .columns(['task_id', 'unit_id', 'published_on'])
    .execute();

  // Which indicators are filled from these records (issue 7, item 5).
  await db.schema
    .createTable('indicator_source')
    .addColumn('indicator_id', 'text', (c) => c.primaryKey().references('indicator.id').onDelete('cascade'))
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addCheckConstraint(
      'indicator_source_check',
      sql`source in ('event_count', 'event_participants', 'media_count', 'finding_count', 'finding_change_count')`,
    )
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'indicator_source',
    'media_item',
    'event_attendance',
    'event_file',
    'event',
    'review_finding',
    'review_campaign_unit',
    'review_campaign',
    'legal_document',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
