import { z } from 'zod';
import { paginationQuerySchema } from '../common/pagination.ts';

export const REPORT_STATUSES = ['draft', 'submitted', 'returned', 'accepted'] as const;
export const INDICATOR_KINDS = ['count', 'vnd', 'percent'] as const;
export type IndicatorKind = (typeof INDICATOR_KINDS)[number];

export const REPORT_STATUS_LABELS = {
  not_started: { vi: 'Chưa báo cáo', en: 'Not started' },
  draft: { vi: 'Đang soạn', en: 'Draft' },
  submitted: { vi: 'Đã gửi', en: 'Submitted' },
  returned: { vi: 'Trả lại', en: 'Returned' },
  accepted: { vi: 'Đã tiếp nhận', en: 'Accepted' },
} as const;

const unitRef = z.object({ id: z.string(), code: z.string(), name: z.string() });

export const indicatorSchema = z.object({
  id: z.string(),
  taskId: z.string(),
  name: z.string(),
  unitLabel: z.string(),
  kind: z.enum(INDICATOR_KINDS),
});
export type Indicator = z.infer<typeof indicatorSchema>;

export const indicatorCreateSchema = z.object({
  name: z.string().trim().min(1).max(200),
  unitLabel: z.string().trim().min(1).max(50),
  kind: z.enum(INDICATOR_KINDS),
});

/** Name and unit may change; the kind may not once figures exist (they would change meaning). */
export const indicatorUpdateSchema = indicatorCreateSchema.partial();

/** One period of one assignment, with its report's state: a row of "what we owe" and of the review queue. */
export const periodSummarySchema = z.object({
  periodId: z.string(),
  label: z.string(),
  periodStart: z.string(),
  periodEnd: z.string(),
  dueDate: z.string(),
  planId: z.string(),
  planNumber: z.string().nullable(),
  taskId: z.string(),
  taskCode: z.string(),
  taskTitle: z.string(),
  role: z.enum(['lead', 'coordinator']),
  unit: unitRef,
  reportId: z.string().nullable(),
  status: z.enum(['not_started', ...REPORT_STATUSES]),
  progress: z.number().int().nullable(),
  submittedAt: z.string().nullable(),
  isLate: z.boolean(),
});
export type PeriodSummary = z.infer<typeof periodSummarySchema>;

export const PERIOD_SORT_FIELDS = ['dueDate', 'unit', 'task', 'status', 'progress'] as const;
export type PeriodSortField = (typeof PERIOD_SORT_FIELDS)[number];

export const periodListQuerySchema = paginationQuerySchema.extend({
  planId: z.string().max(64).optional(),
  unitId: z.string().max(64).optional(),
  taskId: z.string().max(64).optional(),
  status: z.enum(['not_started', ...REPORT_STATUSES]).optional(),
  dueFrom: z.iso.date().optional(),
  dueTo: z.iso.date().optional(),
  lateOnly: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
  /** Words of the unit's name or the task's title, diacritics ignored. */
  q: z.string().trim().max(200).optional(),
  sort: z.enum(PERIOD_SORT_FIELDS).default('dueDate'),
  order: z.enum(['asc', 'desc']).default('asc'),
});
export type PeriodListQuery = z.infer<typeof periodListQuerySchema>;

export const reportTransitionSchema = z.object({
  fromStatus: z.string().nullable(),
  toStatus: z.string(),
  comment: z.string().nullable(),
  user: z.object({ id: z.string(), displayName: z.string() }).nullable(),
  at: z.string(),
});

export const reportFileSchema = z.object({
  id: z.string(),
  filename: z.string(),
  contentType: z.string(),
  size: z.number().int(),
  sha256: z.string(),
  uploadedAt: z.string(),
});
export type ReportFile = z.infer<typeof reportFileSchema>;

export const reportSchema = z.object({
  id: z.string().nullable(),
  period: periodSummarySchema,
  status: z.enum(['not_started', ...REPORT_STATUSES]),
  progress: z.number().int(),
  done: z.string().nullable(),
  difficulties: z.string().nullable(),
  proposals: z.string().nullable(),
  returnComment: z.string().nullable(),
  indicators: z.array(
    indicatorSchema.extend({
      value: z.number().nullable(),
      /**
       * While the report can be edited: the value the unit's own records give (events, media, review findings
       * linked to the task in the period) and where it comes from; the form offers it until a value is saved.
       */
      suggested: z
        .object({ value: z.number(), source: z.object({ vi: z.string(), en: z.string() }) })
        .nullable(),
    }),
  ),
  files: z.array(reportFileSchema),
  transitions: z.array(reportTransitionSchema),
  /** For the lead unit: its coordinators' parts for the same task and due date. */
  coordinatorParts: z.array(
    z.object({
      unit: unitRef,
      status: z.enum(['not_started', ...REPORT_STATUSES]),
      progress: z.number().int().nullable(),
      done: z.string().nullable(),
    }),
  ),
  canEdit: z.boolean(),
  canReview: z.boolean(),
  version: z.number().int(),
});
export type Report = z.infer<typeof reportSchema>;

export const reportSaveSchema = z.object({
  /** 0 for a report not yet saved; else the version read. */
  version: z.number().int().min(0),
  progress: z.number().int().min(0).max(100),
  done: z.string().max(50_000).nullish(),
  difficulties: z.string().max(20_000).nullish(),
  proposals: z.string().max(20_000).nullish(),
  /** The figures; when left out, those already saved are kept. */
  indicatorValues: z
    .array(z.object({ indicatorId: z.string().max(64), value: z.number().min(0).max(1e15) }))
    .max(100)
    .optional(),
});
export type ReportSave = z.infer<typeof reportSaveSchema>;

export const reportActionSchema = z.object({ version: z.number().int().min(1) });
export const reportReturnSchema = reportActionSchema.extend({ comment: z.string().trim().min(1).max(5000) });

export const periodGenerateSchema = z.object({
  /** Periods due up to this date are generated (default: the end of next year). */
  until: z.iso.date().optional(),
});

/** A period is still owed while its report is missing, being written, or returned; past its due date it is late. */
export function isOwed(status: string): boolean {
  return status === 'not_started' || status === 'draft' || status === 'returned';
}
