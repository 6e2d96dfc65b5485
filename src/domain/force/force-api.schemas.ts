// The force API's request and response shapes (zod only), shared by the server's routes and the web pages.
import { z } from 'zod';
import { paginationQuerySchema, queryBooleanSchema } from '../common/pagination.ts';
import { criteriaRuleSetSchema } from './criteria.schemas.ts';
import { PROCEDURE_KINDS } from './procedure-steps.ts';
import {
  areaTypeSchema,
  educationLevelSchema,
  leaveReasonSchema,
  memberEquipmentInputSchema,
  memberFieldsSchema,
  memberMeritInputSchema,
  memberOriginSchema,
  memberRoleSchema,
  memberStatusSchema,
  memberTrainingInputSchema,
  meritKindSchema,
  recordStatusSchema,
  residenceKindSchema,
  securityRatingSchema,
  sexSchema,
  teamDissolutionSchema,
  teamInputSchema,
  trainingKindSchema,
  villageClassSchema,
  villageInputSchema,
  villageKindSchema,
} from './force.schemas.ts';

const id = z.string().min(1).max(64);
const date = z.iso.date();
const text = (max: number) => z.string().trim().max(max);
const optionalText = (max: number) => text(max).nullish();
const version = z.number().int().min(1);
const unitRef = z.object({ id: z.string(), code: z.string(), name: z.string() });
const ref = z.object({ id: z.string(), name: z.string() });

/**
 * Every field optional and without its default: for updates, where a field left out must stay as it is
 * (zod 4 applies a default even inside `.partial()`).
 */
function updateShape<S extends z.ZodRawShape>(shape: S) {
  return Object.fromEntries(
    Object.entries(shape).map(([key, field]) => [
      key,
      (field instanceof z.ZodDefault ? (field.unwrap() as z.ZodType) : (field as z.ZodType)).optional(),
    ]),
  ) as unknown as { [K in keyof S]: z.ZodOptional<S[K] extends z.ZodDefault<infer T> ? T : S[K]> };
}

// ---- villages ----

const villageExtra = {
  validFrom: date.nullish(),
  validTo: date.nullish(),
  note: optionalText(2000),
};
export const villageCreateSchema = villageInputSchema.extend(villageExtra);
export type VillageCreate = z.infer<typeof villageCreateSchema>;
export const villageUpdateSchema = z.object({
  ...updateShape(villageInputSchema.omit({ unitId: true }).extend(villageExtra).shape),
  version,
});
export type VillageUpdate = z.infer<typeof villageUpdateSchema>;

export const villageListQuerySchema = paginationQuerySchema.extend({
  /** A commune or district in scope. */
  unitId: id.optional(),
  q: text(200).optional(),
  kind: villageKindSchema.optional(),
  /** Only villages where the members in post fall short of what the rules call for. */
  gapsOnly: queryBooleanSchema.optional(),
  sort: z.enum(['name', 'households', 'population', 'gap']).default('name'),
  order: z.enum(['asc', 'desc']).default('asc'),
});
export type VillageListQuery = z.infer<typeof villageListQuerySchema>;

export const requirementSchema = z.object({
  /** 1 for its own team; 1/N when N villages share one; null when unknown. */
  teams: z.number().nullable(),
  /** Members its team must have; null when no rule applies or a figure is missing. */
  members: z.number().int().nullable(),
  maximumMembers: z.number().int().nullable(),
  villagesPerTeam: z.number().int(),
  rule: z.string().nullable(),
  explanation: z.string(),
});
export const gapSchema = z.object({
  shortfall: z.number().int(),
  excess: z.number().int(),
  status: z.enum(['ok', 'short', 'over', 'unknown']),
});

export const villageSchema = z.object({
  id: z.string(),
  unit: unitRef,
  name: z.string(),
  kind: villageKindSchema,
  households: z.number().nullable(),
  population: z.number().nullable(),
  areaHectares: z.number().nullable(),
  villageClass: villageClassSchema.nullable(),
  areaTypes: z.array(areaTypeSchema),
  securityRating: securityRatingSchema,
  validFrom: z.string().nullable(),
  validTo: z.string().nullable(),
  note: z.string().nullable(),
  teams: z.array(ref),
  /** What the province's rule set in force calls for; null when the province has chosen no rule set. */
  requirement: requirementSchema.nullable(),
  /** Active members of the active teams covering this village (a shared team counts in each village). */
  inPost: z.number().int(),
  gap: gapSchema,
  /** What to fix, in Vietnamese: no team, members missing, figures missing for the rules … */
  problems: z.array(z.string()),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Village = z.infer<typeof villageSchema>;

// ---- imports (villages and members) ----

export const importIssueSchema = z.object({
  /** Row number as Excel shows it. */
  row: z.number().int(),
  /** Column key, and its header as written in the file. */
  column: z.string(),
  header: z.string(),
  message: z.string(),
});
export type ImportIssue = z.infer<typeof importIssueSchema>;

export const importPreviewSchema = z.object({
  columns: z.array(z.object({ key: z.string(), header: z.string() })),
  rows: z.array(
    z.object({
      row: z.number().int(),
      /** The cells as text (what the user sees and may correct). */
      cells: z.record(z.string(), z.string()),
      errors: z.array(importIssueSchema),
      warnings: z.array(importIssueSchema),
    }),
  ),
  total: z.number().int(),
  valid: z.number().int(),
  invalid: z.number().int(),
});
export type ImportPreview = z.infer<typeof importPreviewSchema>;

/** Multipart fields sent with the file on commit. */
export const importCommitFieldsSchema = z.object({
  /** 'all': nothing is written unless every row is valid; 'valid-only': the valid rows are written. */
  mode: z.enum(['all', 'valid-only']).default('all'),
  /** Cells corrected in the preview, by row number; they replace what the file holds. */
  corrections: z
    .array(z.object({ row: z.number().int().min(1), cells: z.record(z.string(), z.string().max(500)) }))
    .max(20_000)
    .default([]),
});
export type ImportCommitFields = z.infer<typeof importCommitFieldsSchema>;

export const importResultSchema = z.object({
  created: z.number().int(),
  updated: z.number().int(),
  /** Rows left out ('valid-only'), with why. */
  skipped: z.array(importIssueSchema),
});
export type ImportResult = z.infer<typeof importResultSchema>;

// ---- rule sets ----

/** A shipped set (another province's published numbers, or the demo's example values), as it is. */
export const shippedRuleSetSchema = criteriaRuleSetSchema.extend({
  /** "Nghị quyết số …/NQ-HĐND ngày … của HĐND tỉnh …", as far as the source gives it. */
  resolutionText: z.string(),
});
export type ShippedRuleSet = z.infer<typeof shippedRuleSetSchema>;

/** A province's stored copy of a set, in force from `effectiveFrom` (to the day before the next one). */
export const ruleSetSchema = z.object({
  id: z.string(),
  province: unitRef,
  /** The shipped set it was copied from, or 'custom'. */
  sourceKey: z.string(),
  name: z.string(),
  resolution: z.string(),
  isExample: z.boolean(),
  effectiveFrom: z.string(),
  effectiveTo: z.string().nullable(),
  inForce: z.boolean(),
  ruleSet: criteriaRuleSetSchema,
  createdAt: z.string(),
});
export type RuleSet = z.infer<typeof ruleSetSchema>;

export const ruleSetListQuerySchema = z.object({
  /** Default: the actor's province. */
  provinceId: id.optional(),
});

export const ruleSetChooseSchema = z
  .object({
    /** Key of a shipped set (GET /api/force/rule-sets/shipped) … */
    sourceKey: z.string().min(1).max(64).optional(),
    /** … or a whole set of the province's own (criteria.schemas.ts). */
    ruleSet: criteriaRuleSetSchema.optional(),
    /** The province; default the actor's. */
    provinceId: id.optional(),
    effectiveFrom: date,
    /** The resolution that set the numbers, when it is the province's own. */
    resolution: optionalText(500),
    /** Whether the numbers are examples to replace; default: as the shipped set says. */
    isExample: z.boolean().optional(),
  })
  .refine((input) => (input.sourceKey === undefined) !== (input.ruleSet === undefined), {
    message: 'Chọn một bộ tiêu chí có sẵn (sourceKey) hoặc gửi bộ tiêu chí riêng (ruleSet), không cả hai',
    path: ['sourceKey'],
  });
export type RuleSetChoose = z.infer<typeof ruleSetChooseSchema>;

// ---- holidays ----

export const holidaySchema = z.object({
  date: z.string(),
  name: z.string(),
  /** A weekend day worked in exchange for a weekday off (the Government's swaps). */
  isWorkingDay: z.boolean(),
});
export const holidayYearSchema = z.object({
  year: z.number().int(),
  /** False: the defaults (nothing stored for this year yet). */
  edited: z.boolean(),
  items: z.array(holidaySchema),
});
export type HolidayYear = z.infer<typeof holidayYearSchema>;
export const holidayYearParams = z.object({ year: z.coerce.number().int().min(2000).max(2100) });
export const holidayUpdateSchema = z.object({
  items: z
    .array(z.object({ date, name: text(200).min(1), isWorkingDay: z.boolean().default(false) }))
    .max(80),
});
export type HolidayUpdate = z.infer<typeof holidayUpdateSchema>;

// ---- teams ----

/** The team's commune is its villages' commune. */
export const teamCreateSchema = teamInputSchema.extend({ note: optionalText(2000) });
export type TeamCreate = z.infer<typeof teamCreateSchema>;
export const teamUpdateSchema = z.object({ ...updateShape(teamCreateSchema.shape), version });
export type TeamUpdate = z.infer<typeof teamUpdateSchema>;
export const teamDissolveSchema = teamDissolutionSchema.extend({ version });
export type TeamDissolve = z.infer<typeof teamDissolveSchema>;
export const teamListQuerySchema = paginationQuerySchema.extend({
  unitId: id.optional(),
  villageId: id.optional(),
  status: z.enum(['active', 'dissolved']).optional(),
  q: text(200).optional(),
  /** name: by commune, then name; decisionDate: the founding decision's date; members: active members. */
  sort: z.enum(['name', 'decisionDate', 'status', 'members']).default('name'),
  order: z.enum(['asc', 'desc']).default('asc'),
});
export type TeamListQuery = z.infer<typeof teamListQuerySchema>;

const roleCounts = z.object({
  total: z.number().int(),
  to_truong: z.number().int(),
  to_pho: z.number().int(),
  to_vien: z.number().int(),
});
export const teamSchema = z.object({
  id: z.string(),
  unit: unitRef,
  name: z.string(),
  status: z.enum(['active', 'dissolved']),
  villages: z.array(ref),
  decisionNumber: z.string(),
  decisionDate: z.string(),
  decisionSigner: z.string(),
  dissolutionDecisionNumber: z.string().nullable(),
  dissolutionDecisionDate: z.string().nullable(),
  dissolutionDecisionSigner: z.string().nullable(),
  dissolutionNote: z.string().nullable(),
  note: z.string().nullable(),
  /** Active members by role. */
  members: roleCounts,
  leader: ref.nullable(),
  /** What is wrong with the team now, e.g. it has no Tổ trưởng. */
  problems: z.array(z.string()),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Team = z.infer<typeof teamSchema>;

// ---- members ----

const memberExtra = {
  /** The thôn or tổ dân phố the member lives in (one of the team's villages, or another of the commune). */
  villageId: id.nullish(),
};
function requireLeaveDetails(
  member: { status?: string; leaveReason?: string | null; leftOn?: string | null },
  context: z.RefinementCtx,
) {
  if (member.status !== 'left') return;
  if (!member.leaveReason)
    context.addIssue({ code: 'custom', path: ['leaveReason'], message: 'Chọn lý do thôi tham gia (a)–(d)' });
  if (!member.leftOn)
    context.addIssue({ code: 'custom', path: ['leftOn'], message: 'Nhập ngày thôi tham gia' });
}
export const memberCreateSchema = memberFieldsSchema.extend(memberExtra).superRefine(requireLeaveDetails);
export type MemberCreate = z.infer<typeof memberCreateSchema>;

/** Any field but the status (leave, suspend and reinstate have their own routes). */
export const memberUpdateSchema = z.object({
  ...updateShape(
    memberFieldsSchema.omit({ status: true, leaveReason: true, leftOn: true }).extend(memberExtra).shape,
  ),
  version,
  /** The date a change of team or role takes effect (member history); default today. */
  effectiveDate: date.optional(),
});
export type MemberUpdate = z.infer<typeof memberUpdateSchema>;

export const memberLeaveSchema = z.object({
  version,
  reason: leaveReasonSchema,
  date,
  decisionNumber: optionalText(100),
  note: optionalText(2000),
});
export type MemberLeave = z.infer<typeof memberLeaveSchema>;

export const memberStatusChangeSchema = z.object({
  version,
  status: z.enum(['active', 'suspended']),
  date,
  note: optionalText(2000),
});
export type MemberStatusChange = z.infer<typeof memberStatusChangeSchema>;

export const memberSortSchema = z.enum(['name', 'dateOfBirth', 'role', 'team', 'status', 'updatedAt']);
export const memberListQuerySchema = paginationQuerySchema.extend({
  /** A commune or district in scope. */
  unitId: id.optional(),
  teamId: id.optional(),
  villageId: id.optional(),
  role: memberRoleSchema.optional(),
  status: memberStatusSchema.optional(),
  origin: memberOriginSchema.optional(),
  /** Name (diacritics and case ignored), or a whole 12-digit CCCD. */
  q: text(200).optional(),
  sort: memberSortSchema.default('name'),
  order: z.enum(['asc', 'desc']).default('asc'),
});
export type MemberListQuery = z.infer<typeof memberListQuerySchema>;
export type MemberFilter = Omit<MemberListQuery, 'limit' | 'offset'>;

export const memberSummarySchema = z.object({
  id: z.string(),
  fullName: z.string(),
  dateOfBirth: z.string(),
  sex: sexSchema,
  /** Masked: `0190******12`. */
  cccd: z.string(),
  /** Masked. */
  phone: z.string().nullable(),
  education: educationLevelSchema,
  role: memberRoleSchema,
  origin: memberOriginSchema,
  status: memberStatusSchema,
  unit: unitRef,
  team: ref,
  village: ref.nullable(),
  leaveReason: leaveReasonSchema.nullable(),
  leftOn: z.string().nullable(),
  version: z.number().int(),
  updatedAt: z.string(),
});
export type MemberSummary = z.infer<typeof memberSummarySchema>;
/** A page of the member list: `total` is counted up to 1,000 past the page's start; `totalCapped`: more exist. */
export const memberPageSchema = z.object({
  items: z.array(memberSummarySchema),
  total: z.number().int(),
  totalCapped: z.boolean(),
});
export type MemberPage = z.infer<typeof memberPageSchema>;

export const memberHistorySchema = z.object({
  effectiveDate: z.string(),
  change: z.string(),
  unit: unitRef,
  team: ref,
  role: memberRoleSchema,
  status: memberStatusSchema,
  decisionNumber: z.string().nullable(),
  note: z.string().nullable(),
  recordedAt: z.string(),
});

export const trainingCreateSchema = memberTrainingInputSchema;
export const trainingSchema = z.object({
  id: z.string(),
  eventId: z.string().nullable(),
  kind: trainingKindSchema,
  title: z.string(),
  startedOn: z.string(),
  endedOn: z.string().nullable(),
  passed: z.boolean().nullable(),
});
export const equipmentCreateSchema = memberEquipmentInputSchema;
export const equipmentSchema = z.object({
  id: z.string(),
  item: z.string(),
  quantity: z.number().int(),
  issuedOn: z.string(),
  returnedOn: z.string().nullable(),
});
export const meritCreateSchema = memberMeritInputSchema;
export const meritSchema = z.object({
  id: z.string(),
  kind: meritKindSchema,
  decisionNumber: z.string(),
  decisionDate: z.string(),
  content: z.string(),
});

export const memberSchema = memberSummarySchema.extend({
  ethnicity: z.string(),
  isVietnameseCitizen: z.boolean(),
  residence: z.string(),
  residenceKind: residenceKindSchema,
  residenceSince: z.string(),
  recordStatus: recordStatusSchema,
  healthCertifiedOn: z.string().nullable(),
  recognitionDecisionNumber: z.string().nullable(),
  recognitionDecisionDate: z.string().nullable(),
  chairmanAgeException: z.boolean(),
  suspendedFrom: z.string().nullable(),
  leaveDecisionNumber: z.string().nullable(),
  certificateNumber: z.string().nullable(),
  certificateIssuedOn: z.string().nullable(),
  namePlateIssuedOn: z.string().nullable(),
  healthInsuranceNumber: z.string().nullable(),
  note: z.string().nullable(),
  previousUnit: unitRef.nullable(),
  history: z.array(memberHistorySchema),
  trainings: z.array(trainingSchema),
  equipment: z.array(equipmentSchema),
  merits: z.array(meritSchema),
  createdAt: z.string(),
});
export type Member = z.infer<typeof memberSchema>;

export const memberRevealSchema = z.object({ cccd: z.string(), phone: z.string().nullable() });

/** The criteria checked on a member before saving: the same checks as create, nothing written. */
export const eligibilityCheckSchema = memberFieldsSchema
  .extend(memberExtra)
  .partial({ teamId: true, role: true, origin: true })
  .extend({ asOf: date.optional(), memberId: id.optional() });
export type EligibilityCheck = z.infer<typeof eligibilityCheckSchema>;
export const eligibilityResultSchema = z.object({
  eligible: z.boolean(),
  errors: z.array(z.object({ path: z.string(), message: z.string() })),
});

// ---- procedures (Thông tư 14/2024) ----

export const procedureKindSchema = z.enum(PROCEDURE_KINDS);
export const procedureStatusSchema = z.enum(['open', 'done', 'cancelled']);
/** Forms as the routes name them: mau-01 … mau-08. */
export const procedureFormSchema = z.enum(['mau-01', 'mau-05', 'mau-06', 'mau-07', 'mau-08']);
export type ProcedureForm = z.infer<typeof procedureFormSchema>;

const dossierFlags = {
  hasApplication: z.boolean().optional(),
  hasPersonalHistory: z.boolean().optional(),
  hasHealthCertificate: z.boolean().optional(),
  hasEducationCertificate: z.boolean().optional(),
};

/**
 * A person the procedure concerns: a member (by `memberId`: recognition, leaving), or an applicant of a
 * selection, described here.
 */
export const procedurePersonInputSchema = z.object({
  memberId: id.nullish(),
  fullName: text(200).min(1).optional(),
  dateOfBirth: date.nullish(),
  sex: sexSchema.nullish(),
  ethnicity: optionalText(50),
  cccd: z
    .string()
    .trim()
    .regex(/^\d{12}$/, 'Số CCCD gồm đúng 12 chữ số')
    .nullish(),
  residence: optionalText(500),
  residenceSince: date.nullish(),
  phone: optionalText(20),
  education: educationLevelSchema.nullish(),
  villageId: id.nullish(),
  teamId: id.nullish(),
  proposedRole: memberRoleSchema.nullish(),
  ...dossierFlags,
  note: optionalText(2000),
});
export type ProcedurePersonInput = z.infer<typeof procedurePersonInputSchema>;
export const procedurePersonUpdateSchema = z.object({
  ...updateShape(procedurePersonInputSchema.omit({ memberId: true }).shape),
});
export type ProcedurePersonUpdate = z.infer<typeof procedurePersonUpdateSchema>;

export const procedureDetailsSchema = z.object({
  /** Selection plan: how many to select, where and until when dossiers are received, the meeting. */
  numberToSelect: z.number().int().min(0).max(10_000).optional(),
  dossierPlace: optionalText(300),
  meetingPlace: optionalText(300),
  /** Recognition: the date of the selection council's minutes. */
  minutesDate: date.optional(),
  /** Leaving: what the review found (printed in Mẫu 07). */
  review: optionalText(5000),
  /** Who signs: the commune police chief (Mẫu 05, 06, 07) and the commune chairman (Mẫu 08). */
  policeChiefName: optionalText(200),
  chairmanName: optionalText(200),
  /** "CHỦ TỊCH" (default) or "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH". */
  chairmanAuthority: optionalText(100),
  /** Working days per step key, where the plan sets its own (e.g. the dossier period). */
  durations: z.record(z.string(), z.number().int().min(0).max(365)).optional(),
});
export type ProcedureDetails = z.infer<typeof procedureDetailsSchema>;

export const procedureCreateSchema = z.object({
  kind: procedureKindSchema,
  /** The commune. */
  unitId: id,
  title: optionalText(300),
  /** Selection: the day the plan was drafted; recognition: the minutes' date; leaving: the application's. */
  startedOn: date,
  teamId: id.nullish(),
  leaveReason: leaveReasonSchema.nullish(),
  details: procedureDetailsSchema.default({}),
  persons: z.array(procedurePersonInputSchema).max(500).default([]),
});
export type ProcedureCreate = z.infer<typeof procedureCreateSchema>;

export const procedureUpdateSchema = z.object({
  version,
  title: text(300).min(1).optional(),
  /** 'cancelled' to drop it; 'done' is set when the last step is done. */
  status: z.enum(['open', 'cancelled']).optional(),
  details: procedureDetailsSchema.optional(),
});
export type ProcedureUpdate = z.infer<typeof procedureUpdateSchema>;

export const procedureStepUpdateSchema = z.object({
  /** Null to reopen the step. */
  doneOn: date.nullable(),
  /** The document the step produced (a decision's number "12/QĐ-UBND" …). */
  documentNumber: optionalText(100),
  note: optionalText(2000),
});
export type ProcedureStepUpdate = z.infer<typeof procedureStepUpdateSchema>;

export const procedureListQuerySchema = paginationQuerySchema.extend({
  unitId: id.optional(),
  kind: procedureKindSchema.optional(),
  status: procedureStatusSchema.optional(),
  lateOnly: queryBooleanSchema.optional(),
});
export type ProcedureListQuery = z.infer<typeof procedureListQuerySchema>;

export const procedureStepSchema = z.object({
  key: z.string(),
  position: z.number().int(),
  title: z.string(),
  dueDate: z.string().nullable(),
  doneOn: z.string().nullable(),
  documentNumber: z.string().nullable(),
  note: z.string().nullable(),
  status: z.enum(['done', 'done_late', 'open', 'overdue']),
  /** Working days past the due date (overdue: until today; done late: until it was done). */
  workingDaysLate: z.number().int(),
  /** Forms this step produces (mau-05 …). */
  forms: z.array(procedureFormSchema),
});
export const procedurePersonSchema = z.object({
  id: z.string(),
  position: z.number().int(),
  memberId: z.string().nullable(),
  fullName: z.string(),
  dateOfBirth: z.string().nullable(),
  sex: sexSchema.nullable(),
  ethnicity: z.string().nullable(),
  /** Masked. */
  cccd: z.string().nullable(),
  residence: z.string().nullable(),
  residenceSince: z.string().nullable(),
  education: educationLevelSchema.nullable(),
  village: ref.nullable(),
  team: ref.nullable(),
  proposedRole: memberRoleSchema.nullable(),
  hasApplication: z.boolean(),
  hasPersonalHistory: z.boolean(),
  hasHealthCertificate: z.boolean(),
  hasEducationCertificate: z.boolean(),
  /** Selection: the dossier papers still missing, in Vietnamese. */
  missing: z.array(z.string()),
  note: z.string().nullable(),
});
export const procedureSummarySchema = z.object({
  id: z.string(),
  kind: procedureKindSchema,
  unit: unitRef,
  title: z.string(),
  status: procedureStatusSchema,
  startedOn: z.string(),
  team: ref.nullable(),
  leaveReason: leaveReasonSchema.nullable(),
  /** The first step not done. */
  nextStep: procedureStepSchema.nullable(),
  lateSteps: z.number().int(),
  personCount: z.number().int(),
  version: z.number().int(),
  updatedAt: z.string(),
});
export type ProcedureSummary = z.infer<typeof procedureSummarySchema>;
export const procedureSchema = procedureSummarySchema.extend({
  details: procedureDetailsSchema,
  steps: z.array(procedureStepSchema),
  persons: z.array(procedurePersonSchema),
  /** Forms that can be generated for this procedure (mau-01 per applicant, with ?personId=). */
  forms: z.array(procedureFormSchema),
  createdAt: z.string(),
});
export type Procedure = z.infer<typeof procedureSchema>;

export const lateStepSchema = z.object({
  procedureId: z.string(),
  procedureTitle: z.string(),
  kind: procedureKindSchema,
  unit: unitRef,
  stepKey: z.string(),
  stepTitle: z.string(),
  dueDate: z.string(),
  workingDaysLate: z.number().int(),
});
export type LateStep = z.infer<typeof lateStepSchema>;
export const lateStepsQuerySchema = z.object({ unitId: id.optional() });

// ---- overview (province view) ----

export const overviewQuerySchema = z.object({
  /** A province, district or commune in scope; default the actor's scope. */
  unitId: id.optional(),
  asOf: date.optional(),
});
export type OverviewQuery = z.infer<typeof overviewQuerySchema>;

export const forceTotalsSchema = z.object({
  villages: z.number().int(),
  teams: z.number().int(),
  members: z.number().int(),
  byRole: z.object({ to_truong: z.number().int(), to_pho: z.number().int(), to_vien: z.number().int() }),
  byOrigin: z.object({
    bao_ve_dan_pho: z.number().int(),
    cong_an_xa_ban_chuyen_trach: z.number().int(),
    dan_phong: z.number().int(),
    new: z.number().int(),
  }),
  /** Active members with at least one training (not a drill) passed or attended. */
  trained: z.number().int(),
  requiredTeams: z.number(),
  requiredMembers: z.number(),
  /** Sum over villages of the members missing where fewer are in post than required. */
  shortfall: z.number(),
  /** Villages with fewer members in post than required. */
  villagesShort: z.number().int(),
  /** Villages covered by no active team. */
  villagesWithoutTeam: z.number().int(),
});
export type ForceTotals = z.infer<typeof forceTotalsSchema>;

const overviewRow = forceTotalsSchema.extend({ unit: unitRef, kind: z.enum(['district', 'commune']) });
export const overviewSchema = z.object({
  root: unitRef,
  asOf: z.string(),
  ruleSet: z
    .object({ id: z.string(), name: z.string(), resolution: z.string(), isExample: z.boolean() })
    .nullable(),
  totals: forceTotalsSchema,
  /** One row per district (with its communes) or, without districts, per commune. */
  districts: z.array(overviewRow.extend({ communes: z.array(overviewRow) })),
  communes: z.array(overviewRow),
});
export type Overview = z.infer<typeof overviewSchema>;

// ---- merger ----

export const carryForceSchema = z.object({
  /** The succession to carry: old unit → new unit. */
  oldUnitId: id,
  newUnitId: id,
});
export const carryForceResultSchema = z.object({
  villages: z.number().int(),
  teams: z.number().int(),
  members: z.number().int(),
  procedures: z.number().int(),
});
export type CarryForceResult = z.infer<typeof carryForceResultSchema>;
