import { z } from 'zod';
import { paginationQuerySchema } from '../common/pagination.ts';
import { MEDIA_KINDS } from './constants.ts';

const unitRef = z.object({ id: z.string(), code: z.string(), name: z.string() });

export const mediaKindSchema = z.enum(MEDIA_KINDS);

const mediaFields = z.object({
  kind: mediaKindSchema,
  /** The outlet: the unit that published (Báo Thái Nguyên …); left out: the user's own. */
  unitId: z.string().min(1).max(64).optional(),
  /** Where within the outlet: "Báo in", "Báo điện tử", "Kênh TN1", "Trang PBGDPL tỉnh". */
  channel: z.string().trim().max(200).nullish(),
  title: z.string().trim().min(1).max(1000),
  publishedOn: z.iso.date(),
  url: z
    .url({ protocol: /^https?$/, message: 'Đường dẫn phải bắt đầu bằng http:// hoặc https://' })
    .max(2000)
    .nullish(),
  /** Plan task 1.2 (mass media) or 1.3 (web pages) of the seed plan. */
  taskId: z.string().min(1).max(64).nullish(),
  note: z.string().trim().max(5000).nullish(),
});

export const mediaCreateSchema = mediaFields;
export type MediaCreate = z.infer<typeof mediaCreateSchema>;

export const mediaUpdateSchema = mediaFields
  .omit({ unitId: true })
  .partial()
  .extend({ version: z.number().int().min(1) });
export type MediaUpdate = z.infer<typeof mediaUpdateSchema>;

export const mediaItemSchema = z.object({
  id: z.string(),
  kind: mediaKindSchema,
  unit: unitRef,
  channel: z.string().nullable(),
  title: z.string(),
  publishedOn: z.string(),
  /** YYYY-MM */
  month: z.string(),
  url: z.string().nullable(),
  task: z
    .object({ id: z.string(), code: z.string(), title: z.string(), planNumber: z.string().nullable() })
    .nullable(),
  note: z.string().nullable(),
  isDemo: z.boolean(),
  canEdit: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
});
export type MediaItem = z.infer<typeof mediaItemSchema>;

export const MEDIA_SORT_FIELDS = ['publishedOn', 'title', 'updatedAt'] as const;

export const mediaFilterSchema = z.object({
  q: z.string().trim().max(200).optional(),
  kind: mediaKindSchema.optional(),
  unitId: z.string().max(64).optional(),
  taskId: z.string().max(64).optional(),
  /** YYYY-MM */
  month: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Tháng có dạng YYYY-MM')
    .optional(),
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
});
export type MediaFilter = z.infer<typeof mediaFilterSchema>;

export const mediaListQuerySchema = paginationQuerySchema.extend({
  ...mediaFilterSchema.shape,
  sort: z.enum(MEDIA_SORT_FIELDS).default('publishedOn'),
  order: z.enum(['asc', 'desc']).default('desc'),
});
export type MediaListQuery = z.infer<typeof mediaListQuerySchema>;

/** Items by outlet and month: the table SPEC §6 asks for. */
export const mediaSummarySchema = z.object({
  months: z.array(z.string()),
  rows: z.array(
    z.object({
      unit: unitRef,
      /** Count per month, in the order of `months`. */
      counts: z.array(z.number().int()),
      total: z.number().int(),
    }),
  ),
});
export type MediaSummary = z.infer<typeof mediaSummarySchema>;

export const mediaSummaryQuerySchema = z.object({
  year: z.coerce.number().int().min(2000).max(2100),
  kind: mediaKindSchema.optional(),
  taskId: z.string().max(64).optional(),
});
