/**
 * The grassroots force's vocabulary (Luật 30/2023/QH15, SPEC §7) and its input schemas, shared by the server
 * (route validation) and the web app (form rules). Labels for every enum are in `force.labels.ts`.
 *
 * Enums (each a `const` array, a zod schema and a type):
 * - VILLAGE_KINDS / villageKindSchema / VillageKind: 'thon' | 'to_dan_pho' (Art. 2: thôn, xóm, bản … and
 *   tổ dân phố, khu phố, khối …);
 * - VILLAGE_CLASSES / villageClassSchema / VillageClass: 1 | 2 | 3 (loại 1/2/3, where the province classes
 *   its villages);
 * - COMMUNE_KINDS / CommuneKind: 'xa' | 'phuong' | 'thi_tran'; `communeKindOf(name)` reads it off a name;
 * - AREA_TYPES / areaTypeSchema / AreaType: 'mountain' | 'border' | 'island' | 'ethnic_minority' |
 *   'especially_disadvantaged' (the areas of Art. 13(3));
 * - SECURITY_RATINGS / SecurityRating: 'normal' | 'complex' | 'key' (the village's security complexity);
 * - MEMBER_ROLES / MemberRole, MEMBER_ORIGINS / MemberOrigin, MEMBER_STATUSES / MemberStatus,
 *   LEAVE_REASONS / LeaveReason ('a'…'d', Art. 17(3)), SEXES / Sex, EDUCATION_LEVELS / EducationLevel
 *   (lowest first: 'none', 'tieu_hoc', 'thcs', …), RESIDENCE_KINDS / ResidenceKind,
 *   RECORD_STATUSES / RecordStatus (Art. 13(2)).
 * Input schemas (dates are `YYYY-MM-DD`):
 * - villageInputSchema / VillageInput; teamInputSchema / TeamInput; teamDissolutionSchema / TeamDissolution;
 * - memberFieldsSchema (plain object) and memberInputSchema / MemberInput (adds: a status 'left' needs a
 *   reason and a date);
 * - TRAINING_KINDS / memberTrainingInputSchema, memberEquipmentInputSchema, MERIT_KINDS /
 *   memberMeritInputSchema: the member's training and drills, equipment, commendations and discipline.
 */
import { z } from 'zod';

export const VILLAGE_KINDS = ['thon', 'to_dan_pho'] as const;
export const villageKindSchema = z.enum(VILLAGE_KINDS);
export type VillageKind = z.infer<typeof villageKindSchema>;

export const VILLAGE_CLASSES = [1, 2, 3] as const;
export const villageClassSchema = z.union([z.literal(1), z.literal(2), z.literal(3)]);
export type VillageClass = z.infer<typeof villageClassSchema>;

export const COMMUNE_KINDS = ['xa', 'phuong', 'thi_tran'] as const;
export const communeKindSchema = z.enum(COMMUNE_KINDS);
export type CommuneKind = z.infer<typeof communeKindSchema>;

export const AREA_TYPES = [
  'mountain',
  'border',
  'island',
  'ethnic_minority',
  'especially_disadvantaged',
] as const;
export const areaTypeSchema = z.enum(AREA_TYPES);
export type AreaType = z.infer<typeof areaTypeSchema>;

export const SECURITY_RATINGS = ['normal', 'complex', 'key'] as const;
export const securityRatingSchema = z.enum(SECURITY_RATINGS);
export type SecurityRating = z.infer<typeof securityRatingSchema>;

export const MEMBER_ROLES = ['to_truong', 'to_pho', 'to_vien'] as const;
export const memberRoleSchema = z.enum(MEMBER_ROLES);
export type MemberRole = z.infer<typeof memberRoleSchema>;

export const MEMBER_ORIGINS = ['bao_ve_dan_pho', 'cong_an_xa_ban_chuyen_trach', 'dan_phong', 'new'] as const;
export const memberOriginSchema = z.enum(MEMBER_ORIGINS);
export type MemberOrigin = z.infer<typeof memberOriginSchema>;

export const MEMBER_STATUSES = ['active', 'suspended', 'left'] as const;
export const memberStatusSchema = z.enum(MEMBER_STATUSES);
export type MemberStatus = z.infer<typeof memberStatusSchema>;

export const LEAVE_REASONS = ['a', 'b', 'c', 'd'] as const;
export const leaveReasonSchema = z.enum(LEAVE_REASONS);
export type LeaveReason = z.infer<typeof leaveReasonSchema>;

export const SEXES = ['male', 'female'] as const;
export const sexSchema = z.enum(SEXES);
export type Sex = z.infer<typeof sexSchema>;

/** Lowest first, so that the index orders them. 'none': primary school not completed. */
export const EDUCATION_LEVELS = [
  'none',
  'tieu_hoc',
  'thcs',
  'thpt',
  'trung_cap',
  'cao_dang',
  'dai_hoc',
  'sau_dai_hoc',
] as const;
export const educationLevelSchema = z.enum(EDUCATION_LEVELS);
export type EducationLevel = z.infer<typeof educationLevelSchema>;

export const RESIDENCE_KINDS = ['permanent', 'temporary'] as const;
export const residenceKindSchema = z.enum(RESIDENCE_KINDS);
export type ResidenceKind = z.infer<typeof residenceKindSchema>;

/** Art. 13(2): anything but 'clean' bars a person from the force. */
export const RECORD_STATUSES = [
  'clean',
  'under_prosecution',
  'serving_sentence',
  'administrative_measure',
  'conviction_not_expunged',
] as const;
export const recordStatusSchema = z.enum(RECORD_STATUSES);
export type RecordStatus = z.infer<typeof recordStatusSchema>;

/** "Xã Hùng Sơn" → 'xa'; "Phường Quán Triều" → 'phuong'; "Thị trấn Hùng Sơn" → 'thi_tran'; else undefined. */
export function communeKindOf(name: string): CommuneKind | undefined {
  const lower = name.trim().toLowerCase();
  if (lower.startsWith('thị trấn')) return 'thi_tran';
  if (lower.startsWith('phường')) return 'phuong';
  if (lower.startsWith('xã')) return 'xa';
  return undefined;
}

const id = z.string().trim().min(1).max(64);
const name = z.string().trim().min(1).max(200);
const shortText = z.string().trim().max(200);
const count = (max: number) => z.number().int().min(0).max(max);

export const villageInputSchema = z.object({
  /** The commune (unit of kind 'commune') the village belongs to. */
  unitId: id,
  name,
  kind: villageKindSchema,
  households: count(100_000).nullable(),
  population: count(1_000_000).nullable(),
  areaHectares: z.number().min(0).max(1_000_000).nullable(),
  villageClass: villageClassSchema.nullable(),
  areaTypes: z.array(areaTypeSchema).max(AREA_TYPES.length).default([]),
  securityRating: securityRatingSchema.default('normal'),
});
export type VillageInput = z.infer<typeof villageInputSchema>;

export const teamInputSchema = z.object({
  name,
  /** Art. 14(2): a team covers one or several villages of one commune. */
  villageIds: z.array(id).min(1).max(50),
  decisionNumber: z.string().trim().min(1).max(64),
  decisionDate: z.iso.date(),
  decisionSigner: name,
});
export type TeamInput = z.infer<typeof teamInputSchema>;

/** A dissolved team is kept, with the decision that dissolved it. */
export const teamDissolutionSchema = z.object({
  decisionNumber: z.string().trim().min(1).max(64),
  decisionDate: z.iso.date(),
  decisionSigner: name,
  note: z.string().trim().max(2000).nullable().default(null),
});
export type TeamDissolution = z.infer<typeof teamDissolutionSchema>;

const optionalDate = z.iso.date().nullable().default(null);
const optionalText = shortText.nullable().default(null);

/** The member's fields without the cross-field rule, for `.partial()`, `.pick()` … (zod refuses those on
 * refined objects). */
export const memberFieldsSchema = z.object({
  teamId: id,
  fullName: name,
  dateOfBirth: z.iso.date(),
  sex: sexSchema,
  ethnicity: z.string().trim().min(1).max(50).default('Kinh'),
  isVietnameseCitizen: z.boolean().default(true),
  /** 12 digits; its agreement with the date of birth and sex is checked by `checkCccd`. */
  cccd: z
    .string()
    .trim()
    .regex(/^\d{12}$/, 'Số CCCD phải gồm đúng 12 chữ số'),
  residence: z.string().trim().min(1).max(500),
  residenceKind: residenceKindSchema.default('permanent'),
  residenceSince: z.iso.date(),
  phone: z
    .string()
    .trim()
    .regex(/^\+?\d{9,12}$/, 'Số điện thoại gồm 9 đến 12 chữ số')
    .nullable()
    .default(null),
  education: educationLevelSchema,
  recordStatus: recordStatusSchema.default('clean'),
  /** The date of the health certificate (Art. 13(5)); null while it is missing. */
  healthCertifiedOn: optionalDate,
  /** Art. 13(1): over 70, allowed by the commune chairman's decision on the commune police's proposal. */
  chairmanAgeException: z.boolean().default(false),
  role: memberRoleSchema,
  origin: memberOriginSchema,
  recognitionDecisionNumber: optionalText,
  recognitionDecisionDate: optionalDate,
  status: memberStatusSchema.default('active'),
  leaveReason: leaveReasonSchema.nullable().default(null),
  leftOn: optionalDate,
  certificateNumber: optionalText,
  certificateIssuedOn: optionalDate,
  namePlateIssuedOn: optionalDate,
  healthInsuranceNumber: optionalText,
  note: z.string().trim().max(2000).nullable().default(null),
});

export const memberInputSchema = memberFieldsSchema.superRefine((member, context) => {
  if (member.status !== 'left') return;
  if (!member.leaveReason)
    context.addIssue({ code: 'custom', path: ['leaveReason'], message: 'Chọn lý do thôi tham gia (a)–(d)' });
  if (!member.leftOn)
    context.addIssue({ code: 'custom', path: ['leftOn'], message: 'Nhập ngày thôi tham gia' });
});
export type MemberInput = z.infer<typeof memberInputSchema>;

/** TT 14/2024: training (huấn luyện), refresher courses (bồi dưỡng), drills (diễn tập) and contests (hội thi). */
export const TRAINING_KINDS = ['training', 'refresher', 'drill', 'contest'] as const;
export const trainingKindSchema = z.enum(TRAINING_KINDS);
export type TrainingKind = z.infer<typeof trainingKindSchema>;

export const memberTrainingInputSchema = z.object({
  kind: trainingKindSchema,
  title: name,
  startedOn: z.iso.date(),
  endedOn: optionalDate,
  /** null while the course has no result yet. */
  passed: z.boolean().nullable().default(null),
});
export type MemberTrainingInput = z.infer<typeof memberTrainingInputSchema>;

/** Nghị định 40/2024: equipment and support tools issued to a member. */
export const memberEquipmentInputSchema = z.object({
  item: name,
  quantity: z.number().int().min(1).max(1000).default(1),
  issuedOn: z.iso.date(),
  returnedOn: optionalDate,
});
export type MemberEquipmentInput = z.infer<typeof memberEquipmentInputSchema>;

export const MERIT_KINDS = ['commendation', 'discipline'] as const;
export const meritKindSchema = z.enum(MERIT_KINDS);
export type MeritKind = z.infer<typeof meritKindSchema>;

/** A commendation (khen thưởng) or a disciplinary measure (kỷ luật), with the decision that gave it. */
export const memberMeritInputSchema = z.object({
  kind: meritKindSchema,
  decisionNumber: z.string().trim().min(1).max(64),
  decisionDate: z.iso.date(),
  content: z.string().trim().min(1).max(2000),
});
export type MemberMeritInput = z.infer<typeof memberMeritInputSchema>;
