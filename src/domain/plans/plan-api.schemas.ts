import { z } from 'zod';
import { paginationQuerySchema } from '../common/pagination.ts';
import { unitKindSchema } from '../org/org.schemas.ts';
import { planDraftSchema, reportingDutySchema, scheduleSchema } from './plans.schemas.ts';

export const PLAN_STATUSES = ['draft', 'active', 'closed'] as const;
export const ASSIGNMENT_ROLES = ['lead', 'coordinator'] as const;

export const planStatusSchema = z.enum(PLAN_STATUSES);
export const assignmentRoleSchema = z.enum(ASSIGNMENT_ROLES);

// ---- parse: what the review screen gets ----

export const unitMatchSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('unit'),
    unit: z.object({ id: z.string(), code: z.string(), name: z.string(), kind: unitKindSchema }),
    confidence: z.enum(['exact', 'folded', 'abbreviation']),
  }),
  z.object({
    kind: z.literal('group'),
    groupKey: z.string(),
    groupName: z.string(),
    memberCount: z.number().int(),
  }),
  z.object({
    kind: z.literal('unmatched'),
    suggestions: z.array(z.object({ id: z.string(), code: z.string(), name: z.string() })),
  }),
]);
export type UnitMatch = z.infer<typeof unitMatchSchema>;

export const planParseResultSchema = z.object({
  draft: planDraftSchema,
  /** Every unit name the draft mentions (leads, coordinators, issuer), with how it matched the tree. */
  units: z.array(z.object({ name: z.string(), match: unitMatchSchema })),
  sourceText: z.string(),
});
export type PlanParseResult = z.infer<typeof planParseResultSchema>;

export const planParseBodySchema = z.object({ text: z.string().min(1).max(2_000_000) });

// ---- create: the reviewed plan ----

/** One assignment as the reviewer settled it: a unit, a named group (fanned out), or a name left unresolved. */
export const assignmentInputSchema = z
  .object({
    role: assignmentRoleSchema,
    nameText: z.string().trim().min(1).max(300),
    unitId: z.string().max(64).nullish(),
    groupKey: z.string().max(64).nullish(),
  })
  .refine((a) => !(a.unitId && a.groupKey), { message: 'Chọn một đơn vị hoặc một nhóm, không chọn cả hai' });
export type AssignmentInput = z.infer<typeof assignmentInputSchema>;

export interface TaskInput {
  code: string;
  title: string;
  description?: string | null;
  form?: string | null;
  timeText?: string | null;
  schedule?: z.infer<typeof scheduleSchema> | null;
  assignments: AssignmentInput[];
  children: TaskInput[];
}
export const taskInputSchema: z.ZodType<TaskInput> = z
  .lazy(() =>
    z.object({
      code: z.string().trim().min(1).max(32),
      title: z.string().trim().min(1).max(2000),
      description: z.string().max(20_000).nullish(),
      form: z.string().max(300).nullish(),
      timeText: z.string().max(500).nullish(),
      schedule: scheduleSchema.nullish(),
      assignments: z.array(assignmentInputSchema).max(200),
      children: z.array(taskInputSchema).max(300),
    }),
  )
  .meta({ id: 'PlanTaskCreate' });

const planFields = {
  number: z.string().trim().max(100).nullish(),
  issuer: z.string().trim().max(300).nullish(),
  place: z.string().trim().max(200).nullish(),
  date: z.iso.date().nullish(),
  title: z.string().trim().min(1).max(2000),
  legalBasis: z.string().max(20_000).nullish(),
  purpose: z.string().max(50_000).nullish(),
  funding: z.string().max(50_000).nullish(),
  organization: z.string().max(50_000).nullish(),
  recipients: z.array(z.string().max(500)).max(200).default([]),
  signerAuthority: z.string().max(300).nullish(),
  signerName: z.string().max(200).nullish(),
  status: planStatusSchema.default('active'),
};

export const planCreateSchema = z.object({
  ...planFields,
  /** The unit that issued (owns) the plan; defaults to the author's unit. */
  ownerUnitId: z.string().max(64).nullish(),
  parentPlanId: z.string().max(64).nullish(),
  parentTaskId: z.string().max(64).nullish(),
  sourceText: z.string().max(2_000_000).nullish(),
  tasks: z.array(taskInputSchema).max(500),
  reportingDuties: z.array(reportingDutySchema).max(50).default([]),
});
export type PlanCreate = z.infer<typeof planCreateSchema>;

export const planUpdateSchema = z.object({ version: z.number().int().min(1) }).extend(
  Object.fromEntries(Object.entries(planFields).map(([k, v]) => [k, v.optional()])) as {
    [K in keyof typeof planFields]: z.ZodOptional<(typeof planFields)[K]>;
  },
);
export type PlanUpdate = z.infer<typeof planUpdateSchema>;

// ---- read ----

const unitRef = z.object({ id: z.string(), code: z.string(), name: z.string() });

export const assignmentSchema = z.object({
  id: z.string(),
  taskId: z.string(),
  role: assignmentRoleSchema,
  unit: unitRef.nullable(),
  groupKey: z.string().nullable(),
  nameText: z.string(),
  version: z.number().int(),
});
export type Assignment = z.infer<typeof assignmentSchema>;

export interface Task {
  id: string;
  planId: string;
  parentId: string | null;
  code: string;
  title: string;
  description: string | null;
  form: string | null;
  timeText: string | null;
  schedule: z.infer<typeof scheduleSchema> | null;
  position: number;
  version: number;
  assignments: Assignment[];
  children: Task[];
}
export const taskSchema: z.ZodType<Task> = z
  .lazy(() =>
    z.object({
      id: z.string(),
      planId: z.string(),
      parentId: z.string().nullable(),
      code: z.string(),
      title: z.string(),
      description: z.string().nullable(),
      form: z.string().nullable(),
      timeText: z.string().nullable(),
      schedule: scheduleSchema.nullable(),
      position: z.number().int(),
      version: z.number().int(),
      assignments: z.array(assignmentSchema),
      children: z.array(taskSchema),
    }),
  )
  .meta({ id: 'PlanTask' });

export const planSummarySchema = z.object({
  id: z.string(),
  number: z.string().nullable(),
  title: z.string(),
  issuer: z.string().nullable(),
  date: z.string().nullable(),
  status: planStatusSchema,
  ownerUnit: unitRef,
  parentPlanId: z.string().nullable(),
  taskCount: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
});
export type PlanSummary = z.infer<typeof planSummarySchema>;

export const planSchema = planSummarySchema.extend({
  place: z.string().nullable(),
  legalBasis: z.string().nullable(),
  purpose: z.string().nullable(),
  funding: z.string().nullable(),
  organization: z.string().nullable(),
  recipients: z.array(z.string()),
  signerAuthority: z.string().nullable(),
  signerName: z.string().nullable(),
  parentTaskId: z.string().nullable(),
  sourceText: z.string().nullable(),
  tasks: z.array(taskSchema),
  reportingDuties: z.array(reportingDutySchema.extend({ id: z.string() })),
  subPlans: z.array(
    z.object({ id: z.string(), number: z.string().nullable(), title: z.string(), ownerUnit: unitRef }),
  ),
  /** What the reader may do: the UI shows edit controls only when true. */
  canEdit: z.boolean(),
});
export type Plan = z.infer<typeof planSchema>;

export const planListQuerySchema = paginationQuerySchema.extend({
  q: z.string().trim().max(200).optional(),
  status: planStatusSchema.optional(),
  sort: z.enum(['date', 'number', 'title', 'updatedAt']).default('date'),
  order: z.enum(['asc', 'desc']).default('desc'),
});
export type PlanListQuery = z.infer<typeof planListQuerySchema>;

export const taskUpdateSchema = z.object({
  version: z.number().int().min(1),
  code: z.string().trim().min(1).max(32).optional(),
  title: z.string().trim().min(1).max(2000).optional(),
  description: z.string().max(20_000).nullish(),
  form: z.string().max(300).nullish(),
  /** A new time text is parsed into a schedule unless a schedule is given with it. */
  timeText: z.string().max(500).nullish(),
  schedule: scheduleSchema.nullish(),
});
export type TaskUpdate = z.infer<typeof taskUpdateSchema>;

export const assignmentCreateSchema = z
  .object({
    role: assignmentRoleSchema,
    unitId: z.string().max(64).nullish(),
    groupKey: z.string().max(64).nullish(),
  })
  .refine((a) => Boolean(a.unitId) !== Boolean(a.groupKey), {
    message: 'Chọn đúng một đơn vị hoặc một nhóm',
  });
export type AssignmentCreate = z.infer<typeof assignmentCreateSchema>;

export const assignmentUpdateSchema = z.object({
  version: z.number().int().min(1),
  role: assignmentRoleSchema.optional(),
  /** Resolves a name left unresolved at import, or moves the assignment to another unit. */
  unitId: z.string().max(64).optional(),
});
export type AssignmentUpdate = z.infer<typeof assignmentUpdateSchema>;

/** One due date of one assignment: the calendar, the timeline and the "by unit" view are lists of these. */
export const obligationSchema = z.object({
  planId: z.string(),
  planNumber: z.string().nullable(),
  planTitle: z.string(),
  taskId: z.string(),
  taskCode: z.string(),
  taskTitle: z.string(),
  role: assignmentRoleSchema,
  unit: unitRef.nullable(),
  nameText: z.string(),
  schedule: scheduleSchema.nullable(),
  dueDate: z.string().nullable(),
});
export type Obligation = z.infer<typeof obligationSchema>;

export const obligationQuerySchema = z.object({
  unitId: z.string().max(64).optional(),
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
});
