import { z } from 'zod';
import { isoDateSchema, paginationQuerySchema } from '../common/pagination.ts';
import { FINDING_KINDS, FOLLOW_UP_STATES, INSPECTION_STATES } from './constants.ts';

const id = z.string().min(1).max(64);
const version = z.number().int().min(1);
const optionalText = (max: number) => z.string().trim().max(max).nullish();

// ---- inspections: write ----

const inspectionFields = {
  /** The plan whose implementation is inspected (Kế hoạch 71, or a unit's own sub-plan). */
  planId: id,
  taskId: id.nullish(),
  inspectedUnitId: id,
  subject: z.string().trim().min(1).max(500),
  content: optionalText(20_000),
  /** The inspection team as written in the decision: names, ranks, roles. */
  team: optionalText(5000),
  plannedFrom: isoDateSchema,
  plannedTo: isoDateSchema.nullish(),
  decisionNumber: optionalText(100),
  decisionDate: isoDateSchema.nullish(),
};

const isIsoDate = (value: string | null | undefined): value is string =>
  typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);

/** Only two well-formed dates are compared; a malformed one already has its own error. */
const plannedToAfterFrom = {
  check: (value: { plannedFrom?: string; plannedTo?: string | null }) =>
    !isIsoDate(value.plannedFrom) || !isIsoDate(value.plannedTo) || value.plannedTo >= value.plannedFrom,
  params: { message: 'Ngày kết thúc phải sau hoặc trùng ngày bắt đầu', path: ['plannedTo'] },
};

export const inspectionCreateSchema = z
  .object({
    ...inspectionFields,
    /** Who inspects; defaults to the author's own unit (Công an tỉnh, or a district's UBND). */
    inspectingUnitId: id.nullish(),
  })
  .refine(plannedToAfterFrom.check, plannedToAfterFrom.params);
export type InspectionCreate = z.infer<typeof inspectionCreateSchema>;

export const inspectionUpdateSchema = z
  .object({
    version,
    planId: inspectionFields.planId.optional(),
    taskId: inspectionFields.taskId,
    inspectedUnitId: inspectionFields.inspectedUnitId.optional(),
    subject: inspectionFields.subject.optional(),
    content: inspectionFields.content,
    team: inspectionFields.team,
    plannedFrom: inspectionFields.plannedFrom.optional(),
    plannedTo: inspectionFields.plannedTo,
    decisionNumber: inspectionFields.decisionNumber,
    decisionDate: inspectionFields.decisionDate,
    /** Conclusion fields: only on a done inspection. */
    actualDate: isoDateSchema.optional(),
    conclusion: z.string().trim().min(1).max(50_000).optional(),
    conclusionNumber: optionalText(100),
  })
  .refine(plannedToAfterFrom.check, plannedToAfterFrom.params);
export type InspectionUpdate = z.infer<typeof inspectionUpdateSchema>;

export const inspectionCompleteSchema = z.object({
  version,
  actualDate: isoDateSchema,
  conclusion: z.string().trim().min(1).max(50_000),
  conclusionNumber: optionalText(100),
});
export type InspectionComplete = z.infer<typeof inspectionCompleteSchema>;

export const inspectionCancelSchema = z.object({ version, reason: z.string().trim().min(1).max(2000) });
export type InspectionCancel = z.infer<typeof inspectionCancelSchema>;

// ---- findings and follow-ups: write ----

export const findingCreateSchema = z.object({
  kind: z.enum(FINDING_KINDS),
  text: z.string().trim().min(1).max(10_000),
});
export type FindingCreate = z.infer<typeof findingCreateSchema>;

export const findingUpdateSchema = findingCreateSchema.partial().extend({ version });
export type FindingUpdate = z.infer<typeof findingUpdateSchema>;

export const followUpCreateSchema = z.object({
  what: z.string().trim().min(1).max(5000),
  dueDate: isoDateSchema,
  /** Normally the inspected unit (the default); or a unit under it. */
  responsibleUnitId: id.nullish(),
});
export type FollowUpCreate = z.infer<typeof followUpCreateSchema>;

export const followUpUpdateSchema = z.object({
  version,
  what: followUpCreateSchema.shape.what.optional(),
  dueDate: isoDateSchema.optional(),
  responsibleUnitId: id.optional(),
});
export type FollowUpUpdate = z.infer<typeof followUpUpdateSchema>;

export const followUpCompleteSchema = z.object({
  version,
  doneOn: isoDateSchema,
  result: z.string().trim().min(1).max(10_000),
});
export type FollowUpComplete = z.infer<typeof followUpCompleteSchema>;

/** DELETE carries the version read in its query string. */
export const versionQuerySchema = z.object({ version: z.coerce.number().int().min(1) });

// ---- read ----

const unitRef = z.object({ id: z.string(), code: z.string(), name: z.string() });
const userRef = z.object({ id: z.string(), displayName: z.string() });

export const followUpSchema = z.object({
  id: z.string(),
  findingId: z.string(),
  what: z.string(),
  dueDate: z.string(),
  responsibleUnit: unitRef,
  state: z.enum(FOLLOW_UP_STATES),
  isDueSoon: z.boolean(),
  doneOn: z.string().nullable(),
  result: z.string().nullable(),
  doneBy: userRef.nullable(),
  updatedAt: z.string(),
  version: z.number().int(),
  /** The inspecting side may change or delete it while it is open. */
  canEdit: z.boolean(),
  /** The responsible unit (or the inspecting side) may record it done. */
  canComplete: z.boolean(),
});
export type FollowUp = z.infer<typeof followUpSchema>;

export const findingSchema = z.object({
  id: z.string(),
  kind: z.enum(FINDING_KINDS),
  text: z.string(),
  position: z.number().int(),
  version: z.number().int(),
  followUps: z.array(followUpSchema),
});
export type Finding = z.infer<typeof findingSchema>;

export const inspectionSummarySchema = z.object({
  id: z.string(),
  subject: z.string(),
  state: z.enum(INSPECTION_STATES),
  plannedFrom: z.string(),
  plannedTo: z.string().nullable(),
  actualDate: z.string().nullable(),
  decisionNumber: z.string().nullable(),
  decisionDate: z.string().nullable(),
  conclusionNumber: z.string().nullable(),
  inspectingUnit: unitRef,
  inspectedUnit: unitRef,
  plan: z.object({ id: z.string(), number: z.string().nullable(), title: z.string() }),
  task: z.object({ id: z.string(), code: z.string(), title: z.string() }).nullable(),
  findingCount: z.number().int(),
  openFollowUpCount: z.number().int(),
  overdueFollowUpCount: z.number().int(),
  updatedAt: z.string(),
  version: z.number().int(),
});
export type InspectionSummary = z.infer<typeof inspectionSummarySchema>;

export const inspectionSchema = inspectionSummarySchema.extend({
  content: z.string().nullable(),
  team: z.string().nullable(),
  conclusion: z.string().nullable(),
  cancelReason: z.string().nullable(),
  createdAt: z.string(),
  createdBy: userRef.nullable(),
  findings: z.array(findingSchema),
  /** The inspecting side (coordinator, administrator, or the inspecting agency, in scope) edits it. */
  canEdit: z.boolean(),
});
export type Inspection = z.infer<typeof inspectionSchema>;

export const INSPECTION_SORTS = ['date', 'subject', 'inspectedUnit', 'state', 'updatedAt'] as const;

export const inspectionListQuerySchema = paginationQuerySchema.extend({
  q: z.string().trim().max(200).optional(),
  state: z.enum(INSPECTION_STATES).optional(),
  /** The inspected unit, or any unit under it. */
  unitId: id.optional(),
  planId: id.optional(),
  /** The inspection's date (done: actual date; else the planned start), both ends inclusive. */
  from: isoDateSchema.optional(),
  to: isoDateSchema.optional(),
  sort: z.enum(INSPECTION_SORTS).default('date'),
  order: z.enum(['asc', 'desc']).default('desc'),
});
export type InspectionListQuery = z.infer<typeof inspectionListQuerySchema>;
export type InspectionFilter = Omit<InspectionListQuery, 'limit' | 'offset'>;

export const followUpListItemSchema = followUpSchema.extend({
  finding: z.object({ id: z.string(), kind: z.enum(FINDING_KINDS), text: z.string() }),
  inspection: z.object({
    id: z.string(),
    subject: z.string(),
    actualDate: z.string().nullable(),
    inspectingUnit: unitRef,
  }),
});
export type FollowUpListItem = z.infer<typeof followUpListItemSchema>;

export const followUpListQuerySchema = paginationQuerySchema.extend({
  /** open: not done yet (overdue included); overdue: past due; due_soon: due within 14 days; done. */
  state: z.enum([...FOLLOW_UP_STATES, 'due_soon']).optional(),
  /** unit: the actions my unit must carry out (default); all: every action of inspections I can see. */
  scope: z.enum(['unit', 'all']).default('unit'),
  sort: z.enum(['dueDate', 'updatedAt']).default('dueDate'),
  order: z.enum(['asc', 'desc']).default('asc'),
});
export type FollowUpListQuery = z.infer<typeof followUpListQuerySchema>;
export type FollowUpFilter = Omit<FollowUpListQuery, 'limit' | 'offset'>;

export const unitOptionQuerySchema = z.object({
  q: z.string().trim().max(200).optional(),
  /** Only this unit and the units under it (a follow-up's responsible unit lies under the inspected one). */
  withinUnitId: id.optional(),
});
export type UnitOptionQuery = z.infer<typeof unitOptionQuerySchema>;
export const unitOptionSchema = unitRef.extend({ kind: z.string() });
