import { z } from 'zod';
import { paginationQuerySchema, queryBooleanSchema } from '../common/pagination.ts';
import { AGENCY_CATEGORIES, UNIT_KINDS } from './constants.ts';

export const unitKindSchema = z.enum(UNIT_KINDS);
export const agencyCategorySchema = z.enum(AGENCY_CATEGORIES);

export const unitRefSchema = z.object({ id: z.string(), code: z.string(), name: z.string() });
export type UnitRef = z.infer<typeof unitRefSchema>;

export const unitSchema = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  kind: unitKindSchema,
  category: agencyCategorySchema.nullable(),
  parentId: z.string().nullable(),
  path: z.string(),
  hasChildren: z.boolean(),
  validFrom: z.string().nullable(),
  validTo: z.string().nullable(),
});
export type Unit = z.infer<typeof unitSchema>;

export const unitListQuerySchema = paginationQuerySchema.extend({
  q: z.string().trim().max(200).optional(),
  kind: unitKindSchema.optional(),
  parentId: z.string().max(64).optional(),
  roots: queryBooleanSchema.optional(),
});
export type UnitListQuery = z.infer<typeof unitListQuerySchema>;

export const unitSuccessionRefSchema = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  effectiveDate: z.string(),
});

export const unitDetailSchema = unitSchema.extend({
  parent: z.object({ id: z.string(), name: z.string() }).nullable(),
  predecessors: z.array(unitSuccessionRefSchema),
  successors: z.array(unitSuccessionRefSchema),
});
export type UnitDetail = z.infer<typeof unitDetailSchema>;

export const unitIdParamsSchema = z.object({ id: z.string().min(1).max(64) });

export const unitGroupSchema = z.object({ key: z.string(), name: z.string(), memberCount: z.number().int() });
