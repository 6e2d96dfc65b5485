import { z } from 'zod';
import type { LocalizedText } from '../errors.ts';
import { paginationQuerySchema } from '../common/pagination.ts';
import { REPORT_STATUSES } from '../reports/reports.schemas.ts';

/** A difficulty (khó khăn, vướng mắc) raised in a report: open → answered (direction given) → closed. */
export const DIFFICULTY_STATES = ['open', 'answered', 'closed'] as const;
export type DifficultyState = (typeof DIFFICULTY_STATES)[number];

export const DIFFICULTY_STATE_LABELS: Record<DifficultyState, LocalizedText> = {
  open: { vi: 'Chưa trả lời', en: 'Open' },
  answered: { vi: 'Đã trả lời', en: 'Answered' },
  closed: { vi: 'Đã giải quyết', en: 'Closed' },
};

/** What happened to a difficulty after it was raised; every step is kept with who and when. */
export const DIFFICULTY_ACTIONS = ['answer', 'close', 'reopen'] as const;
export type DifficultyAction = (typeof DIFFICULTY_ACTIONS)[number];

export const DIFFICULTY_ACTION_LABELS: Record<DifficultyAction | 'raise', LocalizedText> = {
  raise: { vi: 'Nêu trong báo cáo', en: 'Raised in the report' },
  answer: { vi: 'Trả lời, chỉ đạo', en: 'Answered' },
  close: { vi: 'Đóng (đã giải quyết)', en: 'Closed (solved)' },
  reopen: { vi: 'Mở lại', en: 'Reopened' },
};

export const DIFFICULTY_SORTS = ['raisedAt', 'dueDate', 'unit', 'task', 'state', 'answeredAt'] as const;

export const difficultyListQuerySchema = paginationQuerySchema.extend({
  planId: z.string().max(64).optional(),
  taskId: z.string().max(64).optional(),
  unitId: z.string().max(64).optional(),
  reportId: z.string().max(64).optional(),
  state: z.enum(DIFFICULTY_STATES).optional(),
  /** Due dates of the reporting periods the difficulties were raised in, both inclusive. */
  dueFrom: z.iso.date().optional(),
  dueTo: z.iso.date().optional(),
  /** Words of the difficulty or of its answer; accents and case are ignored. */
  q: z.string().trim().max(200).optional(),
  sort: z.enum(DIFFICULTY_SORTS).default('raisedAt'),
  order: z.enum(['asc', 'desc']).default('desc'),
});
export type DifficultyListQuery = z.infer<typeof difficultyListQuerySchema>;
export type DifficultyFilter = Omit<DifficultyListQuery, 'limit' | 'offset'>;

const userRef = z.object({ id: z.string(), displayName: z.string() }).nullable();

export const difficultySchema = z.object({
  id: z.string(),
  text: z.string(),
  state: z.enum(DIFFICULTY_STATES),
  /** When it was raised (the report's submission). */
  raisedAt: z.string(),
  answer: z.string().nullable(),
  answeredAt: z.string().nullable(),
  answeredBy: userRef,
  closedAt: z.string().nullable(),
  closedBy: userRef,
  closeNote: z.string().nullable(),
  report: z.object({ id: z.string(), status: z.enum(REPORT_STATUSES) }),
  period: z.object({ id: z.string(), label: z.string(), dueDate: z.string() }),
  plan: z.object({ id: z.string(), number: z.string().nullable(), title: z.string() }),
  task: z.object({ id: z.string(), code: z.string(), title: z.string() }),
  unit: z.object({ id: z.string(), code: z.string(), name: z.string() }),
  /** What the signed-in user may do with it now. */
  canAnswer: z.boolean(),
  canClose: z.boolean(),
  canReopen: z.boolean(),
  version: z.number().int(),
});
export type Difficulty = z.infer<typeof difficultySchema>;

export const difficultyEventSchema = z.object({
  action: z.enum(DIFFICULTY_ACTIONS),
  fromState: z.enum(DIFFICULTY_STATES),
  toState: z.enum(DIFFICULTY_STATES),
  /** The answer given, or the note of a close or reopen. */
  note: z.string().nullable(),
  user: userRef,
  at: z.string(),
});
export type DifficultyEvent = z.infer<typeof difficultyEventSchema>;

export const difficultyDetailSchema = difficultySchema.extend({ history: z.array(difficultyEventSchema) });
export type DifficultyDetail = z.infer<typeof difficultyDetailSchema>;

const version = z.number().int().min(1);

export const difficultyAnswerSchema = z.object({
  answer: z.string().trim().min(1).max(10_000),
  version,
});
export type DifficultyAnswer = z.infer<typeof difficultyAnswerSchema>;

export const difficultyCloseSchema = z.object({
  version,
  note: z.string().trim().max(5000).optional(),
});
export type DifficultyClose = z.infer<typeof difficultyCloseSchema>;

export const difficultyReopenSchema = difficultyCloseSchema;
export type DifficultyReopen = DifficultyClose;
