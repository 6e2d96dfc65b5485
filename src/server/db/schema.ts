import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';

/** Table types, kept beside the migrations. Timestamps are ISO-8601 UTC text; dates `YYYY-MM-DD`. */
export interface Database {
  unit: UnitTable;
  unitSuccession: UnitSuccessionTable;
  appUser: AppUserTable;
  session: SessionTable;
  auditLog: AuditLogTable;
  plan: PlanTable;
  task: TaskTable;
  assignment: AssignmentTable;
  planReportingDuty: PlanReportingDutyTable;
  reportingRegime: ReportingRegimeTable;
  reportingPeriod: ReportingPeriodTable;
  report: ReportTable;
  reportTransition: ReportTransitionTable;
  indicator: IndicatorTable;
  reportIndicatorValue: ReportIndicatorValueTable;
  reportFile: ReportFileTable;
  difficulty: DifficultyTable;
  difficultyEvent: DifficultyEventTable;
  outbox: OutboxTable;
  notification: NotificationTable;
  jobLease: JobLeaseTable;
  inspection: InspectionTable;
  inspectionFinding: InspectionFindingTable;
  followUp: FollowUpTable;
  legalDocument: LegalDocumentTable;
  reviewCampaign: ReviewCampaignTable;
  reviewCampaignUnit: ReviewCampaignUnitTable;
  reviewFinding: ReviewFindingTable;
  event: EventTable;
  eventFile: EventFileTable;
  eventAttendance: EventAttendanceTable;
  mediaItem: MediaItemTable;
  indicatorSource: IndicatorSourceTable;
  village: VillageTable;
  criteriaRuleSet: CriteriaRuleSetTable;
  holiday: HolidayTable;
  holidayYear: HolidayYearTable;
  team: TeamTable;
  teamVillage: TeamVillageTable;
  member: MemberTable;
  memberNameKey: MemberNameKeyTable;
  memberHistory: MemberHistoryTable;
  memberTraining: MemberTrainingTable;
  memberEquipment: MemberEquipmentTable;
  memberMerit: MemberMeritTable;
  procedure: ProcedureTable;
  procedureStep: ProcedureStepTable;
  procedurePerson: ProcedurePersonTable;
  budgetEntry: BudgetEntryTable;
  payrollBaseSalary: PayrollBaseSalaryTable;
  payrollRateSet: PayrollRateSetTable;
  payrollRateAssignment: PayrollRateAssignmentTable;
  payrollSetting: PayrollSettingTable;
  payrollDays: PayrollDaysTable;
  payroll: PayrollTable;
  payrollContent: PayrollContentTable;
  payrollTransition: PayrollTransitionTable;
}

export interface UnitTable {
  id: string;
  code: string;
  name: string;
  /** Name folded for search: lower case, no diacritics, đ → d. */
  searchName: string;
  kind: 'province' | 'district' | 'commune' | 'village' | 'agency';
  category: string | null;
  parentId: string | null;
  /** Materialised path of ids, `/rootId/…/id/`; a subtree is every path that starts with it. */
  path: string;
  depth: number;
  validFrom: string | null;
  validTo: string | null;
  createdAt: string;
  updatedAt: string;
  version: Generated<number>;
}
export type UnitRow = Selectable<UnitTable>;
export type NewUnit = Insertable<UnitTable>;

export interface UnitSuccessionTable {
  id: string;
  oldUnitId: string;
  newUnitId: string;
  effectiveDate: string;
  note: string | null;
  createdAt: string;
}

export interface AppUserTable {
  id: string;
  username: string;
  displayName: string;
  email: string | null;
  role: 'admin' | 'coordinator' | 'leader' | 'agency' | 'commune_police';
  unitId: string;
  /** 1 = may sign in, 0 = deactivated. */
  active: number;
  passwordHash: string;
  createdAt: string;
  updatedAt: string;
  version: Generated<number>;
}
export type AppUserRow = Selectable<AppUserTable>;
export type AppUserUpdate = Updateable<AppUserTable>;

export interface SessionTable {
  /** SHA-256 of the cookie token, so that a leaked table does not leak sessions. */
  id: string;
  userId: string;
  createdAt: string;
  expiresAt: string;
  lastSeenAt: string;
  userAgent: string | null;
  ip: string | null;
}

export interface AuditLogTable {
  id: string;
  at: string;
  userId: string | null;
  unitId: string | null;
  action: string;
  entity: string;
  entityId: string | null;
  /** JSON text. */
  before: string | null;
  after: string | null;
  requestId: string | null;
}

/** A schedule spread over columns (src/domain/plans/plans.schemas.ts `Schedule`). */
export interface ScheduleColumns {
  scheduleKind: string | null;
  scheduleDate: string | null;
  scheduleYear: number | null;
  scheduleQuarter: number | null;
  scheduleHalf: number | null;
  scheduleMonth: number | null;
  scheduleDay: number | null;
  scheduleEveryMonths: number | null;
  scheduleText: string | null;
}

export interface PlanTable {
  id: string;
  ownerUnitId: string;
  parentPlanId: string | null;
  parentTaskId: string | null;
  number: string | null;
  issuer: string | null;
  place: string | null;
  /** YYYY-MM-DD */
  issuedOn: string | null;
  title: string;
  /** Number and title folded for search. */
  searchText: string;
  legalBasis: string | null;
  purpose: string | null;
  funding: string | null;
  organization: string | null;
  /** JSON array of strings. */
  recipients: string;
  signerAuthority: string | null;
  signerName: string | null;
  status: 'draft' | 'active' | 'closed';
  sourceText: string | null;
  createdBy: string | null;
  createdAt: string;
  updatedAt: string;
  version: Generated<number>;
}

export interface TaskTable extends ScheduleColumns {
  id: string;
  planId: string;
  parentId: string | null;
  code: string;
  title: string;
  description: string | null;
  form: string | null;
  timeText: string | null;
  /** Order among all tasks of the plan (depth-first, as in the document). */
  position: number;
  createdAt: string;
  updatedAt: string;
  version: Generated<number>;
}

export interface AssignmentTable {
  id: string;
  taskId: string;
  /** Null while the name is not resolved to a unit. */
  unitId: string | null;
  role: 'lead' | 'coordinator';
  /** The named group this assignment was fanned out from, if any. */
  groupKey: string | null;
  /** The name as the plan wrote it. */
  nameText: string;
  createdAt: string;
  updatedAt: string;
  version: Generated<number>;
}

export interface PlanReportingDutyTable extends ScheduleColumns {
  id: string;
  planId: string;
  what: string;
  recipientText: string;
  deadlineText: string;
  createdAt: string;
}

/** A reporting regime (chế độ báo cáo, Nghị định 09/2019): who reports what to whom, how often, by when. */
export interface ReportingRegimeTable extends ScheduleColumns {
  id: string;
  planId: string;
  taskId: string | null;
  title: string;
  content: string | null;
  reportersText: string;
  receiverText: string;
  method: string | null;
  frequency: 'once' | 'monthly' | 'quarterly' | 'half_yearly' | 'yearly';
  cutoffText: string | null;
  unitDeadlineText: string;
  consolidationDeadlineText: string | null;
  /** YYYY-MM-DD: when the consolidating unit reports upward (one-off regimes). */
  consolidationDate: string | null;
  outline: string | null;
  /** The data form (biểu mẫu) the report follows. */
  dataForm: string | null;
  createdAt: string;
  updatedAt: string;
  version: Generated<number>;
}

/** One period an assigned unit reports on; unique per assignment and due date (the generator is idempotent). */
export interface ReportingPeriodTable {
  id: string;
  assignmentId: string;
  label: string;
  periodStart: string;
  periodEnd: string;
  dueDate: string;
  createdAt: string;
}

export interface ReportTable {
  id: string;
  periodId: string;
  status: 'draft' | 'submitted' | 'returned' | 'accepted';
  progress: number;
  done: string | null;
  difficulties: string | null;
  proposals: string | null;
  returnComment: string | null;
  submittedAt: string | null;
  acceptedAt: string | null;
  /** JSON of what was accepted, kept unchanged. */
  snapshot: string | null;
  createdBy: string | null;
  updatedBy: string | null;
  createdAt: string;
  updatedAt: string;
  version: Generated<number>;
}

export interface ReportTransitionTable {
  id: string;
  reportId: string;
  fromStatus: string | null;
  toStatus: string;
  comment: string | null;
  userId: string | null;
  at: string;
}

export interface IndicatorTable {
  id: string;
  taskId: string;
  name: string;
  unitLabel: string;
  kind: 'count' | 'vnd' | 'percent';
  position: number;
  createdAt: string;
}

export interface ReportIndicatorValueTable {
  reportId: string;
  indicatorId: string;
  value: number;
}

export interface ReportFileTable {
  id: string;
  reportId: string;
  filename: string;
  contentType: string;
  size: number;
  sha256: string;
  /** Path under DATA_DIR/files. */
  storageKey: string;
  uploadedBy: string | null;
  uploadedAt: string;
}

export interface DifficultyTable {
  id: string;
  reportId: string;
  text: string;
  state: 'open' | 'answered' | 'closed';
  answer: string | null;
  answeredBy: string | null;
  answeredAt: string | null;
  closedBy: string | null;
  closedAt: string | null;
  closeNote: string | null;
  /** Text and answer folded for search (foldText); null only on rows written before it existed. */
  searchText: string | null;
  createdAt: string;
  updatedAt: string;
  version: Generated<number>;
}

/** One step of a difficulty after it was raised: answered, closed or reopened, by whom and when. */
export interface DifficultyEventTable {
  id: string;
  difficultyId: string;
  action: 'answer' | 'close' | 'reopen';
  fromState: 'open' | 'answered' | 'closed';
  toState: 'open' | 'answered' | 'closed';
  /** The answer given, or the note of a close or reopen. */
  note: string | null;
  userId: string | null;
  at: string;
}

/** A message to send (e-mail) or to show (in-app), kept with its delivery status. */
export interface OutboxTable {
  id: string;
  channel: 'email' | 'in_app';
  /** The recipient user. */
  userId: string;
  /** E-mail address (channel 'email'); null for in-app messages. */
  toAddress: string | null;
  subject: string;
  body: string;
  /** Path in the web app, e.g. `/plans/<planId>`. */
  link: string | null;
  status: 'pending' | 'sent' | 'failed';
  attempts: Generated<number>;
  nextAttemptAt: string;
  lastError: string | null;
  sentAt: string | null;
  /** Unique: the same reminder for the same period, user, kind and channel is queued once. */
  dedupeKey: string;
  createdAt: string;
}
export type OutboxRow = Selectable<OutboxTable>;
export type NewOutbox = Insertable<OutboxTable>;

/** An in-app notification (the bell). */
export interface NotificationTable {
  id: string;
  userId: string;
  title: string;
  body: string;
  link: string | null;
  readAt: string | null;
  createdAt: string;
}

/** Who runs the timed jobs: the holder of an unexpired lease (one runner across instances). */
export interface JobLeaseTable {
  name: string;
  holder: string;
  expiresAt: string;
}

/** An inspection (kiểm tra) of a unit's implementation of a plan: planned, then done or cancelled. */
export interface InspectionTable {
  id: string;
  planId: string;
  taskId: string | null;
  inspectingUnitId: string;
  inspectedUnitId: string;
  subject: string;
  content: string | null;
  team: string | null;
  plannedFrom: string;
  plannedTo: string | null;
  decisionNumber: string | null;
  decisionDate: string | null;
  state: 'planned' | 'done' | 'cancelled';
  actualDate: string | null;
  conclusion: string | null;
  conclusionNumber: string | null;
  cancelReason: string | null;
  /** Folded subject, numbers and unit names, for the list's text search. */
  searchText: string;
  createdBy: string | null;
  updatedBy: string | null;
  createdAt: string;
  updatedAt: string;
  version: Generated<number>;
}

export interface InspectionFindingTable {
  id: string;
  inspectionId: string;
  kind: 'good_practice' | 'shortcoming' | 'violation';
  text: string;
  position: number;
  createdAt: string;
  updatedAt: string;
  version: Generated<number>;
}

/** What a finding asks a unit to do by a date; overdue is computed, never stored. */
export interface FollowUpTable {
  id: string;
  findingId: string;
  inspectionId: string;
  responsibleUnitId: string;
  what: string;
  dueDate: string;
  state: 'open' | 'done';
  doneOn: string | null;
  result: string | null;
  doneBy: string | null;
  createdAt: string;
  updatedAt: string;
  version: Generated<number>;
}

/** A legal document issued by HĐND or UBND tỉnh (SPEC §5); one register per province. */
export interface LegalDocumentTable {
  id: string;
  provinceId: string;
  number: string;
  /** The number folded, without spaces, upper case: unique per province. */
  numberKey: string;
  kind: 'resolution' | 'decision' | 'directive';
  issuer: 'hdnd' | 'ubnd';
  issuedOn: string;
  title: string;
  field: string | null;
  validity: 'in_force' | 'partly_expired' | 'expired';
  note: string | null;
  /** Number, title and field folded for search. */
  searchName: string;
  /** 1 = made up for the demo. */
  isDemo: Generated<number>;
  fileName: string | null;
  fileContentType: string | null;
  fileSize: number | null;
  fileSha256: string | null;
  /** Path under DATA_DIR/files. */
  fileStorageKey: string | null;
  createdBy: string | null;
  updatedBy: string | null;
  createdAt: string;
  updatedAt: string;
  version: Generated<number>;
}

/** A review campaign (rà soát): which documents, which units by when, who consolidates by when. */
export interface ReviewCampaignTable {
  id: string;
  ownerUnitId: string;
  provinceId: string;
  title: string;
  scope: string;
  /** JSON of the register filter (CampaignDocumentFilter); '{}' = every document. */
  documentFilter: string;
  planId: string | null;
  taskId: string | null;
  consolidationTaskId: string | null;
  unitDeadline: string;
  consolidationDeadline: string;
  state: 'open' | 'closed';
  closedAt: string | null;
  createdBy: string | null;
  createdAt: string;
  updatedAt: string;
  version: Generated<number>;
}

export interface ReviewCampaignUnitTable {
  campaignId: string;
  unitId: string;
  deadline: string;
  nothingFoundAt: string | null;
  nothingFoundNote: string | null;
  nothingFoundBy: string | null;
}

export interface ReviewFindingTable {
  id: string;
  campaignId: string;
  unitId: string;
  /** Null only for "a new document is needed". */
  documentId: string | null;
  outcome: 'keep' | 'amend' | 'replace' | 'repeal' | 'new_document';
  provisions: string | null;
  reason: string;
  proposal: string | null;
  createdBy: string | null;
  updatedBy: string | null;
  createdAt: string;
  updatedAt: string;
  version: Generated<number>;
}

/** A conference, training course, force training, drill or contest (SPEC §6). */
export interface EventTable {
  id: string;
  unitId: string;
  kind: 'briefing' | 'specialised_training' | 'force_training' | 'drill' | 'contest';
  title: string;
  taskId: string | null;
  form: 'in_person' | 'online' | 'both';
  startsOn: string;
  endsOn: string;
  place: string | null;
  audience: string | null;
  participantCount: number;
  description: string | null;
  searchName: string;
  isDemo: Generated<number>;
  createdBy: string | null;
  updatedBy: string | null;
  createdAt: string;
  updatedAt: string;
  version: Generated<number>;
}

export interface EventFileTable {
  id: string;
  eventId: string;
  filename: string;
  contentType: string;
  size: number;
  sha256: string;
  storageKey: string;
  uploadedBy: string | null;
  uploadedAt: string;
}

/** A force member at a training course; `memberId` names a member of the force register (no FK yet). */
export interface EventAttendanceTable {
  eventId: string;
  memberId: string;
  result: 'attended' | 'passed' | 'failed' | 'absent' | null;
  certificateNo: string | null;
  createdAt: string;
  updatedAt: string;
}

/** An article, broadcast or web post (SPEC §6; plan II.1.2–1.3). */
export interface MediaItemTable {
  id: string;
  unitId: string;
  kind: 'article' | 'broadcast' | 'web_post';
  channel: string | null;
  title: string;
  publishedOn: string;
  /** YYYY-MM */
  month: string;
  url: string | null;
  taskId: string | null;
  note: string | null;
  searchName: string;
  isDemo: Generated<number>;
  createdBy: string | null;
  updatedBy: string | null;
  createdAt: string;
  updatedAt: string;
  version: Generated<number>;
}

/** An indicator whose value is offered from events, media or findings (src/domain/events/constants.ts). */
export interface IndicatorSourceTable {
  indicatorId: string;
  source: 'event_count' | 'event_participants' | 'media_count' | 'finding_count' | 'finding_change_count';
  updatedAt: string;
}

// The grassroots force (SPEC §7). Every register row names its commune in `unitId`; `previousUnitId` is the
// commune it belonged to before a merger moved it.

export interface VillageTable {
  id: string;
  unitId: string;
  previousUnitId: string | null;
  name: string;
  searchName: string;
  kind: 'thon' | 'to_dan_pho';
  households: number | null;
  population: number | null;
  areaHectares: number | null;
  villageClass: number | null;
  /** JSON array of area types. */
  areaTypes: Generated<string>;
  securityRating: Generated<'normal' | 'complex' | 'key'>;
  validFrom: string | null;
  validTo: string | null;
  note: string | null;
  createdAt: string;
  updatedAt: string;
  version: Generated<number>;
}

/** A province's criteria rule set in force from `effectiveFrom` (a stored copy: later edits of the shipped sets do not change it). */
export interface CriteriaRuleSetTable {
  id: string;
  /** The province. */
  unitId: string;
  sourceKey: string;
  name: string;
  resolution: string;
  isExample: number;
  effectiveFrom: string;
  effectiveTo: string | null;
  /** JSON. */
  rules: string;
  createdBy: string | null;
  createdAt: string;
}

export interface HolidayTable {
  date: string;
  year: number;
  name: string;
  isWorkingDay: Generated<number>;
  updatedBy: string | null;
  updatedAt: string;
}

export interface HolidayYearTable {
  year: number;
  updatedBy: string | null;
  updatedAt: string;
}

export interface TeamTable {
  id: string;
  unitId: string;
  previousUnitId: string | null;
  name: string;
  searchName: string;
  status: 'active' | 'dissolved';
  decisionNumber: string;
  decisionDate: string;
  decisionSigner: string;
  dissolutionDecisionNumber: string | null;
  dissolutionDecisionDate: string | null;
  dissolutionDecisionSigner: string | null;
  dissolutionNote: string | null;
  note: string | null;
  createdAt: string;
  updatedAt: string;
  version: Generated<number>;
}

export interface TeamVillageTable {
  teamId: string;
  villageId: string;
}

export interface MemberTable {
  id: string;
  unitId: string;
  /** The first unit of the commune's path (its province), for the province's list and search indexes. */
  provinceId: string | null;
  previousUnitId: string | null;
  teamId: string;
  villageId: string | null;
  fullName: string;
  searchName: string;
  dateOfBirth: string;
  sex: 'male' | 'female';
  ethnicity: string;
  isVietnameseCitizen: number;
  /** Stored whole; lists show it masked. */
  cccd: string;
  residence: string;
  residenceKind: 'permanent' | 'temporary';
  residenceSince: string;
  phone: string | null;
  education: string;
  recordStatus: string;
  healthCertifiedOn: string | null;
  role: 'to_truong' | 'to_pho' | 'to_vien';
  origin: 'bao_ve_dan_pho' | 'cong_an_xa_ban_chuyen_trach' | 'dan_phong' | 'new';
  status: 'active' | 'suspended' | 'left';
  recognitionDecisionNumber: string | null;
  recognitionDecisionDate: string | null;
  chairmanAgeException: number;
  suspendedFrom: string | null;
  leaveReason: 'a' | 'b' | 'c' | 'd' | null;
  leftOn: string | null;
  leaveDecisionNumber: string | null;
  certificateNumber: string | null;
  certificateIssuedOn: string | null;
  namePlateIssuedOn: string | null;
  healthInsuranceNumber: string | null;
  note: string | null;
  createdAt: string;
  updatedAt: string;
  version: Generated<number>;
}
export type MemberRow = Selectable<MemberTable>;
export type NewMember = Insertable<MemberTable>;

/**
 * The folded name from each word on (domain/force/member-search.ts), by province, with the member's folded
 * name and commune: the name search's index (kept by every write of a member's name or commune).
 */
export interface MemberNameKeyTable {
  provinceId: string;
  key: string;
  memberId: string;
  searchName: string;
  unitId: string;
}

/** A member's state (commune, team, role, status) from `effectiveDate` on; one row per change. */
export interface MemberHistoryTable {
  id: string;
  memberId: string;
  effectiveDate: string;
  change: 'joined' | 'role' | 'status' | 'team' | 'left' | 'merger' | 'edit';
  unitId: string;
  teamId: string;
  role: string;
  status: string;
  decisionNumber: string | null;
  note: string | null;
  recordedBy: string | null;
  recordedAt: string;
}

export interface MemberTrainingTable {
  id: string;
  memberId: string;
  eventId: string | null;
  kind: 'training' | 'refresher' | 'drill' | 'contest';
  title: string;
  startedOn: string;
  endedOn: string | null;
  /** 1 passed, 0 failed, null no result. */
  passed: number | null;
  createdBy: string | null;
  createdAt: string;
}

export interface MemberEquipmentTable {
  id: string;
  memberId: string;
  item: string;
  quantity: number;
  issuedOn: string;
  returnedOn: string | null;
  createdBy: string | null;
  createdAt: string;
}

export interface MemberMeritTable {
  id: string;
  memberId: string;
  kind: 'commendation' | 'discipline';
  decisionNumber: string;
  decisionDate: string;
  content: string;
  createdBy: string | null;
  createdAt: string;
}

export interface ProcedureTable {
  id: string;
  unitId: string;
  kind: 'selection' | 'recognition' | 'leaving';
  title: string;
  status: 'open' | 'done' | 'cancelled';
  startedOn: string;
  teamId: string | null;
  leaveReason: 'a' | 'b' | 'c' | 'd' | null;
  /** JSON. */
  details: Generated<string>;
  createdBy: string | null;
  createdAt: string;
  updatedAt: string;
  version: Generated<number>;
}

export interface ProcedureStepTable {
  id: string;
  procedureId: string;
  key: string;
  position: number;
  title: string;
  dueDate: string | null;
  doneOn: string | null;
  documentNumber: string | null;
  note: string | null;
  updatedAt: string;
}

export interface ProcedurePersonTable {
  id: string;
  procedureId: string;
  position: number;
  memberId: string | null;
  fullName: string;
  dateOfBirth: string | null;
  sex: 'male' | 'female' | null;
  ethnicity: string | null;
  cccd: string | null;
  residence: string | null;
  residenceSince: string | null;
  phone: string | null;
  education: string | null;
  villageId: string | null;
  proposedRole: 'to_truong' | 'to_pho' | 'to_vien' | null;
  teamId: string | null;
  hasApplication: number;
  hasPersonalHistory: number;
  hasHealthCertificate: number;
  hasEducationCertificate: number;
  note: string | null;
}

/** Kinh phí (SPEC §8): one estimate, allocation, spending or settlement of a unit's fiscal year. */
export interface BudgetEntryTable {
  id: string;
  unitId: string;
  fiscalYear: number;
  source: 'local_budget' | 'ministry_police' | 'other';
  kind: 'estimate' | 'allocation' | 'spending' | 'settlement';
  /** Integer VND (bigint: PostgreSQL returns it as text, read it through Number()). */
  amount: ColumnType<number | string, number, number>;
  /** YYYY-MM-DD */
  entryDate: string;
  documentNumber: string | null;
  note: string | null;
  taskId: string | null;
  origin: 'manual' | 'payroll';
  payrollId: string | null;
  /** YYYY-MM of a payroll entry. */
  payrollMonth: string | null;
  createdBy: string | null;
  updatedBy: string | null;
  createdAt: string;
  updatedAt: string;
  version: Generated<number>;
}

// ---- Payroll (SPEC §8): migration 2026-11-26T1000-create-payroll ----

export interface PayrollBaseSalaryTable {
  id: string;
  fromDate: string;
  toDate: string | null;
  amount: number;
  source: string;
  shipped: number;
  updatedBy: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface PayrollRateSetTable {
  id: string;
  provinceId: string;
  exampleKey: string | null;
  title: string;
  provinceName: string;
  resolutionNumber: string | null;
  resolutionDate: string | null;
  resolutionIssuer: string | null;
  source: string;
  isExample: number;
  effectiveFrom: string;
  effectiveTo: string | null;
  /** JSON `Rate[]`. */
  rates: string;
  /** JSON `string[]`. */
  notes: string;
  createdBy: string | null;
  createdAt: string;
  updatedAt: string;
  version: Generated<number>;
}

export interface PayrollRateAssignmentTable {
  id: string;
  provinceId: string;
  rateSetId: string;
  fromDate: string;
  toDate: string | null;
  createdBy: string | null;
  createdAt: string;
}

export interface PayrollSettingTable {
  provinceId: string;
  approver: 'district' | 'province';
  roundingRule: 'dong' | 'thousand';
  updatedBy: string | null;
  updatedAt: string;
}

export interface PayrollDaysTable {
  unitId: string;
  month: string;
  memberId: string;
  dutyAssigned: number;
  dutyNight: number;
  dutyHoliday: number;
  dutyHazardous: number;
  trainingDays: number | null;
  updatedBy: string | null;
  updatedAt: string;
}

export interface PayrollTable {
  id: string;
  unitId: string;
  month: string;
  status: 'draft' | 'submitted' | 'approved' | 'paid';
  total: number;
  correctionTotal: number;
  memberCount: number;
  lineCount: number;
  warningCount: number;
  roundingRule: 'dong' | 'thousand';
  returnedReason: string | null;
  computedAt: string;
  computedBy: string | null;
  submittedAt: string | null;
  approvedAt: string | null;
  approvedBy: string | null;
  paidAt: string | null;
  paidOn: string | null;
  createdAt: string;
  updatedAt: string;
  version: Generated<number>;
}

/** Compact JSON of a payroll's lines, corrections and warnings (src/server/payroll/payroll-content.ts). */
export interface PayrollContentTable {
  payrollId: string;
  content: string;
}

export interface PayrollTransitionTable {
  id: string;
  payrollId: string;
  fromStatus: string | null;
  toStatus: string;
  reason: string | null;
  userId: string | null;
  at: string;
}
