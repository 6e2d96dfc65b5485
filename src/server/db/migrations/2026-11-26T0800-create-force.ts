import { type Kysely, sql } from 'kysely';

/**
 * The grassroots force (SPEC §7, Luật 30/2023/QH15, Thông tư 14/2024/TT-BCA): villages, the province's
 * criteria rule sets, the holiday table for working days, teams, members with their history and training,
 * and the procedures with their steps and the people they concern. Every register row carries `unit_id`, the
 * commune it belongs to; scope is the commune unit's path (join `unit`). `previous_unit_id` keeps the commune
 * a row belonged to before a merger moved it.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('village')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('unit_id', 'text', (c) => c.notNull().references('unit.id').onDelete('restrict'))
    .addColumn('previous_unit_id', 'text', (c) => c.references('unit.id').onDelete('set null'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('search_name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('households', 'integer')
    .addColumn('population', 'integer')
    .addColumn('area_hectares', 'real')
    .addColumn('village_class', 'integer')
    /** JSON array of area types (mountain, border, island, ethnic_minority, especially_disadvantaged). */
    .addColumn('area_types', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('security_rating', 'text', (c) => c.notNull().defaultTo('normal'))
    .addColumn('valid_from', 'text')
    .addColumn('valid_to', 'text')
    .addColumn('note', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addCheckConstraint('village_kind_check', sql`kind in ('thon', 'to_dan_pho')`)
    .addCheckConstraint('village_security_check', sql`security_rating in ('normal', 'complex', 'key')`)
    .addCheckConstraint('village_class_check', sql`village_class is null or village_class in (1, 2, 3)`)
    .addCheckConstraint('village_households_check', sql`households is null or households >= 0`)
    .addCheckConstraint('village_population_check', sql`population is null or population >= 0`)
    .execute();
  await db.schema
    .createIndex('village_unit_name_idx')
    .on('village')
    .columns(['unit_id', 'search_name'])
    .execute();

  await db.schema
    .createTable('criteria_rule_set')
    .addColumn('id', 'text', (c) => c.primaryKey())
    /** The province whose set this is. */
    .addColumn('unit_id', 'text', (c) => c.notNull().references('unit.id').onDelete('cascade'))
    /** Key of the shipped set it was copied from, or 'custom'. */
    .addColumn('source_key', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    /** The HĐND resolution (or other source) that set the numbers. */
    .addColumn('resolution', 'text', (c) => c.notNull())
    /** 1 when the numbers are examples to replace (another province's), 0 when they are the province's own. */
    .addColumn('is_example', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('effective_from', 'text', (c) => c.notNull())
    .addColumn('effective_to', 'text')
    /** JSON of the rule set (src/domain/force/criteria.ts). */
    .addColumn('rules', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.references('app_user.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addCheckConstraint('criteria_rule_set_example_check', sql`is_example in (0, 1)`)
    .execute();
  await db.schema
    .createIndex('criteria_rule_set_unit_idx')
    .on('criteria_rule_set')
    .columns(['unit_id', 'effective_from'])
    .execute();

  await db.schema
    .createTable('holiday')
    .addColumn('date', 'text', (c) => c.primaryKey())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    /** 1: a weekend day worked in exchange for a weekday off (the Government's swaps). */
    .addColumn('is_working_day', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('updated_by', 'text', (c) => c.references('app_user.id').onDelete('set null'))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addCheckConstraint('holiday_working_day_check', sql`is_working_day in (0, 1)`)
    .execute();
  await db.schema.createIndex('holiday_year_idx').on('holiday').column('year').execute();
  /** Years whose holiday list was edited (stored whole); other years use the defaults. */
  await db.schema
    .createTable('holiday_year')
    .addColumn('year', 'integer', (c) => c.primaryKey())
    .addColumn('updated_by', 'text', (c) => c.references('app_user.id').onDelete('set null'))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('team')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('unit_id', 'text', (c) => c.notNull().references('unit.id').onDelete('restrict'))
    .addColumn('previous_unit_id', 'text', (c) => c.references('unit.id').onDelete('set null'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('search_name', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('active'))
    /** The commune chairman's founding decision. */
    .addColumn('decision_number', 'text', (c) => c.notNull())
    .addColumn('decision_date', 'text', (c) => c.notNull())
    .addColumn('decision_signer', 'text', (c) => c.notNull())
    .addColumn('dissolution_decision_number', 'text')
    .addColumn('dissolution_decision_date', 'text')
    .addColumn('dissolution_decision_signer', 'text')
    .addColumn('dissolution_note', 'text')
    .addColumn('note', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addCheckConstraint('team_status_check', sql`status in ('active', 'dissolved')`)
    .execute();
  await db.schema
    .createIndex('team_unit_idx')
    .on('team')
    .columns(['unit_id', 'status', 'search_name'])
    .execute();

  await db.schema
    .createTable('team_village')
    .addColumn('team_id', 'text', (c) => c.notNull().references('team.id').onDelete('cascade'))
    .addColumn('village_id', 'text', (c) => c.notNull().references('village.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('team_village_pk', ['team_id', 'village_id'])
    .execute();
  await db.schema.createIndex('team_village_village_idx').on('team_village').column('village_id').execute();

  await db.schema
    .createTable('member')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('unit_id', 'text', (c) => c.notNull().references('unit.id').onDelete('restrict'))
    .addColumn('previous_unit_id', 'text', (c) => c.references('unit.id').onDelete('set null'))
    .addColumn('team_id', 'text', (c) => c.notNull().references('team.id').onDelete('restrict'))
    .addColumn('village_id', 'text', (c) => c.references('village.id').onDelete('set null'))
    .addColumn('full_name', 'text', (c) => c.notNull())
    /** Full name folded for search (src/domain/common/text.ts). */
    .addColumn('search_name', 'text', (c) => c.notNull())
    .addColumn('date_of_birth', 'text', (c) => c.notNull())
    .addColumn('sex', 'text', (c) => c.notNull())
    .addColumn('ethnicity', 'text', (c) => c.notNull())
    .addColumn('is_vietnamese_citizen', 'integer', (c) => c.notNull().defaultTo(1))
    /** Stored whole; lists mask it, `reveal` shows it (audited). */
    .addColumn('cccd', 'text', (c) => c.notNull())
    .addColumn('residence', 'text', (c) => c.notNull())
    .addColumn('residence_kind', 'text', (c) => c.notNull().defaultTo('permanent'))
    .addColumn('residence_since', 'text', (c) => c.notNull())
    .addColumn('phone', 'text')
    .addColumn('education', 'text', (c) => c.notNull())
    .addColumn('record_status', 'text', (c) => c.notNull().defaultTo('clean'))
    .addColumn('health_certified_on', 'text')
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('origin', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('active'))
    .addColumn('recognition_decision_number', 'text')
    .addColumn('recognition_decision_date', 'text')
    /** 1 when the commune chairman decided to admit a member over 70 (Art. 13(1)). */
    .addColumn('chairman_age_exception', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('suspended_from', 'text')
    .addColumn('leave_reason', 'text')
    .addColumn('left_on', 'text')
    .addColumn('leave_decision_number', 'text')
    .addColumn('certificate_number', 'text')
    .addColumn('certificate_issued_on', 'text')
    .addColumn('name_plate_issued_on', 'text')
    .addColumn('health_insurance_number', 'text')
    .addColumn('note', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addCheckConstraint('member_sex_check', sql`sex in ('male', 'female')`)
    .addCheckConstraint('member_role_check', sql`role in ('to_truong', 'to_pho', 'to_vien')`)
    .addCheckConstraint(
      'member_origin_check',
      sql`origin in ('bao_ve_dan_pho', 'cong_an_xa_ban_chuyen_trach', 'dan_phong', 'new')`,
    )
    .addCheckConstraint('member_status_check', sql`status in ('active', 'suspended', 'left')`)
    .addCheckConstraint(
      'member_leave_reason_check',
      sql`leave_reason is null or leave_reason in ('a', 'b', 'c', 'd')`,
    )
    .addCheckConstraint('member_exception_check', sql`chairman_age_exception in (0, 1)`)
    .addCheckConstraint('member_citizen_check', sql`is_vietnamese_citizen in (0, 1)`)
    .addCheckConstraint('member_residence_kind_check', sql`residence_kind in ('permanent', 'temporary')`)
    .addCheckConstraint(
      'member_education_check',
      sql`education in ('none', 'tieu_hoc', 'thcs', 'thpt', 'trung_cap', 'cao_dang', 'dai_hoc', 'sau_dai_hoc')`,
    )
    .addCheckConstraint(
      'member_record_check',
      sql`record_status in ('clean', 'under_prosecution', 'serving_sentence', 'administrative_measure', 'conviction_not_expunged')`,
    )
    .execute();
  // The list's index: a commune's members in name order, with what the filters read, so that a page of a
  // province's members (its ids, and the count) is read from the index alone.
  await db.schema
    .createIndex('member_unit_name_idx')
    .on('member')
    .columns(['unit_id', 'search_name', 'id', 'status', 'role', 'origin', 'team_id'])
    .execute();
  await db.schema
    .createIndex('member_team_idx')
    .on('member')
    .columns(['team_id', 'status', 'role'])
    .execute();
  await db.schema.createIndex('member_cccd_idx').on('member').column('cccd').execute();
  // One person is in the force once: no two members not yet left with the same CCCD.
  await db.schema
    .createIndex('member_cccd_in_force_unique')
    .on('member')
    .column('cccd')
    .unique()
    .where(sql.ref('status'), '!=', 'left')
    .execute();
  // Luật 30/2023/QH15, Điều 16: a team has one Tổ trưởng (among its active members).
  await db.schema
    .createIndex('member_one_leader_unique')
    .on('member')
    .column('team_id')
    .unique()
    .where(sql<boolean>`role = 'to_truong' and status = 'active'`)
    .execute();
  await db.schema.createIndex('member_village_idx').on('member').column('village_id').execute();

  /**
   * A member's state from a date on (team, commune, role, status): one row per change, so that payroll can
   * tell who held which role when.
   */
  await db.schema
    .createTable('member_history')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('member_id', 'text', (c) => c.notNull().references('member.id').onDelete('cascade'))
    .addColumn('effective_date', 'text', (c) => c.notNull())
    .addColumn('change', 'text', (c) => c.notNull())
    .addColumn('unit_id', 'text', (c) => c.notNull().references('unit.id').onDelete('restrict'))
    .addColumn('team_id', 'text', (c) => c.notNull().references('team.id').onDelete('restrict'))
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('decision_number', 'text')
    .addColumn('note', 'text')
    .addColumn('recorded_by', 'text', (c) => c.references('app_user.id').onDelete('set null'))
    .addColumn('recorded_at', 'text', (c) => c.notNull())
    .addCheckConstraint(
      'member_history_change_check',
      sql`change in ('joined', 'role', 'status', 'team', 'left', 'merger', 'edit')`,
    )
    .execute();
  await db.schema
    .createIndex('member_history_member_idx')
    .on('member_history')
    .columns(['member_id', 'effective_date'])
    .execute();

  await db.schema
    .createTable('member_training')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('member_id', 'text', (c) => c.notNull().references('member.id').onDelete('cascade'))
    /** The event (training course, drill …) it came from, once events exist; null when entered by hand. */
    .addColumn('event_id', 'text')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('started_on', 'text', (c) => c.notNull())
    .addColumn('ended_on', 'text')
    /** 1 passed, 0 failed, null no result (yet). */
    .addColumn('passed', 'integer')
    .addColumn('created_by', 'text', (c) => c.references('app_user.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addCheckConstraint(
      'member_training_kind_check',
      sql`kind in ('training', 'refresher', 'drill', 'contest')`,
    )
    .addCheckConstraint('member_training_passed_check', sql`passed is null or passed in (0, 1)`)
    .execute();
  await db.schema
    .createIndex('member_training_member_idx')
    .on('member_training')
    .columns(['member_id', 'started_on'])
    .execute();

  /** Equipment and support tools issued (Nghị định 40/2024). */
  await db.schema
    .createTable('member_equipment')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('member_id', 'text', (c) => c.notNull().references('member.id').onDelete('cascade'))
    .addColumn('item', 'text', (c) => c.notNull())
    .addColumn('quantity', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('issued_on', 'text', (c) => c.notNull())
    .addColumn('returned_on', 'text')
    .addColumn('created_by', 'text', (c) => c.references('app_user.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('member_equipment_member_idx')
    .on('member_equipment')
    .columns(['member_id', 'issued_on'])
    .execute();

  /** Commendations (khen thưởng) and disciplinary measures (kỷ luật), each with its decision. */
  await db.schema
    .createTable('member_merit')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('member_id', 'text', (c) => c.notNull().references('member.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('decision_number', 'text', (c) => c.notNull())
    .addColumn('decision_date', 'text', (c) => c.notNull())
    .addColumn('content', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.references('app_user.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addCheckConstraint('member_merit_kind_check', sql`kind in ('commendation', 'discipline')`)
    .execute();
  await db.schema
    .createIndex('member_merit_member_idx')
    .on('member_merit')
    .columns(['member_id', 'decision_date'])
    .execute();

  await db.schema
    .createTable('procedure')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('unit_id', 'text', (c) => c.notNull().references('unit.id').onDelete('restrict'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('open'))
    .addColumn('started_on', 'text', (c) => c.notNull())
    .addColumn('team_id', 'text', (c) => c.references('team.id').onDelete('set null'))
    /** Leaving: the reason (a)–(d) of Art. 17(3). */
    .addColumn('leave_reason', 'text')
    /** JSON of what the forms need beyond the people (plan details, decision number, signer …). */
    .addColumn('details', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('created_by', 'text', (c) => c.references('app_user.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addCheckConstraint('procedure_kind_check', sql`kind in ('selection', 'recognition', 'leaving')`)
    .addCheckConstraint('procedure_status_check', sql`status in ('open', 'done', 'cancelled')`)
    .addCheckConstraint(
      'procedure_leave_reason_check',
      sql`leave_reason is null or leave_reason in ('a', 'b', 'c', 'd')`,
    )
    .execute();
  await db.schema
    .createIndex('procedure_unit_idx')
    .on('procedure')
    .columns(['unit_id', 'status', 'started_on'])
    .execute();

  await db.schema
    .createTable('procedure_step')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('procedure_id', 'text', (c) => c.notNull().references('procedure.id').onDelete('cascade'))
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('due_date', 'text')
    .addColumn('done_on', 'text')
    .addColumn('document_number', 'text')
    .addColumn('note', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('procedure_step_key_unique', ['procedure_id', 'key'])
    .execute();
  await db.schema
    .createIndex('procedure_step_due_idx')
    .on('procedure_step')
    .columns(['due_date', 'done_on'])
    .execute();

  /**
   * The people a procedure concerns: applicants of a selection (with their four dossier papers present or
   * missing), members proposed for recognition (with the proposed role), the member leaving.
   */
  await db.schema
    .createTable('procedure_person')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('procedure_id', 'text', (c) => c.notNull().references('procedure.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('member_id', 'text', (c) => c.references('member.id').onDelete('set null'))
    .addColumn('full_name', 'text', (c) => c.notNull())
    .addColumn('date_of_birth', 'text')
    .addColumn('sex', 'text')
    .addColumn('ethnicity', 'text')
    .addColumn('cccd', 'text')
    .addColumn('residence', 'text')
    .addColumn('residence_since', 'text')
    .addColumn('phone', 'text')
    .addColumn('education', 'text')
    .addColumn('village_id', 'text', (c) => c.references('village.id').onDelete('set null'))
    .addColumn('proposed_role', 'text')
    .addColumn('team_id', 'text', (c) => c.references('team.id').onDelete('set null'))
    /** Dossier papers (Thông tư 14): application Mẫu 01, personal history, health and education certificates. */
    .addColumn('has_application', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('has_personal_history', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('has_health_certificate', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('has_education_certificate', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('note', 'text')
    .addCheckConstraint(
      'procedure_person_role_check',
      sql`proposed_role is null or proposed_role in ('to_truong', 'to_pho', 'to_vien')`,
    )
    .execute();
  await db.schema
    .createIndex('procedure_person_procedure_idx')
    .on('procedure_person')
    .columns(['procedure_id', 'position'])
    .execute();
  await db.schema
    .createIndex('procedure_person_member_idx')
    .on('procedure_person')
    .column('member_id')
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'procedure_person',
    'procedure_step',
    'procedure',
    'member_merit',
    'member_equipment',
    'member_training',
    'member_history',
    'member',
    'team_village',
    'team',
    'holiday_year',
    'holiday',
    'criteria_rule_set',
    'village',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
