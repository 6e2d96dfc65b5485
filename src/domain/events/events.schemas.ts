import { z } from 'zod';
import { paginationQuerySchema } from '../common/pagination.ts';
import { EVENT_FORMS, EVENT_KINDS } from './constants.ts';

const unitRef = z.object({ id: z.string(), code: z.string(), name: z.string() });
const taskRef = z.object({
  id: z.string(),
  code: z.string(),
  title: z.string(),
  planNumber: z.string().nullable(),
});

export const eventKindSchema = z.enum(EVENT_KINDS);
export const eventFormSchema = z.enum(EVENT_FORMS);

const eventFields = z.object({
  kind: eventKindSchema,
  title: z.string().trim().min(1).max(500),
  /** The organising unit; left out: the user's own. */
  unitId: z.string().min(1).max(64).optional(),
  /** The plan task the event carries out (1.1 conferences, 1.4 training, 1.5 force training …). */
  taskId: z.string().min(1).max(64).nullish(),
  form: eventFormSchema,
  startsOn: z.iso.date(),
  endsOn: z.iso.date(),
  place: z.string().trim().max(500).nullish(),
  audience: z.string().trim().max(1000).nullish(),
  participantCount: z.number().int().min(0).max(10_000_000),
  description: z.string().trim().max(20_000).nullish(),
});

const datesInOrder = {
  check: (value: { startsOn?: string; endsOn?: string }) =>
    !value.startsOn || !value.endsOn || value.endsOn >= value.startsOn,
  params: { path: ['endsOn'], message: 'Ngày kết thúc không được trước ngày bắt đầu' },
};

export const eventCreateSchema = eventFields.refine(datesInOrder.check, datesInOrder.params);
export type EventCreate = z.infer<typeof eventCreateSchema>;

export const eventUpdateSchema = eventFields
  .omit({ unitId: true })
  .partial()
  .extend({ version: z.number().int().min(1) })
  .refine(datesInOrder.check, datesInOrder.params);
export type EventUpdate = z.infer<typeof eventUpdateSchema>;

export const eventFileSchema = z.object({
  id: z.string(),
  filename: z.string(),
  contentType: z.string(),
  size: z.number().int(),
  sha256: z.string(),
  uploadedAt: z.string(),
});
export type EventFile = z.infer<typeof eventFileSchema>;

export const eventSchema = z.object({
  id: z.string(),
  kind: eventKindSchema,
  title: z.string(),
  unit: unitRef,
  task: taskRef.nullable(),
  form: eventFormSchema,
  startsOn: z.string(),
  endsOn: z.string(),
  place: z.string().nullable(),
  audience: z.string().nullable(),
  participantCount: z.number().int(),
  description: z.string().nullable(),
  isDemo: z.boolean(),
  files: z.array(eventFileSchema),
  canEdit: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
});
export type Event = z.infer<typeof eventSchema>;

export const eventSummarySchema = eventSchema.omit({ description: true, files: true }).extend({
  fileCount: z.number().int(),
});
export type EventSummary = z.infer<typeof eventSummarySchema>;

export const EVENT_SORT_FIELDS = ['startsOn', 'title', 'participantCount', 'updatedAt'] as const;

export const eventFilterSchema = z.object({
  q: z.string().trim().max(200).optional(),
  kind: eventKindSchema.optional(),
  form: eventFormSchema.optional(),
  unitId: z.string().max(64).optional(),
  taskId: z.string().max(64).optional(),
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
});
export type EventFilter = z.infer<typeof eventFilterSchema>;

export const eventListQuerySchema = paginationQuerySchema.extend({
  ...eventFilterSchema.shape,
  sort: z.enum(EVENT_SORT_FIELDS).default('startsOn'),
  order: z.enum(['asc', 'desc']).default('desc'),
});
export type EventListQuery = z.infer<typeof eventListQuerySchema>;

/** A plan task a record can be linked to: the tasks of plans the user sees. */
export const taskOptionSchema = taskRef.extend({ planId: z.string() });
export type TaskOption = z.infer<typeof taskOptionSchema>;
