import { z } from 'zod';
import { isoDateSchema, paginationQuerySchema } from '../common/pagination.ts';

export const auditListQuerySchema = paginationQuerySchema.extend({
  userId: z.string().max(64).optional(),
  entity: z.string().max(64).optional(),
  action: z.string().max(64).optional(),
  from: isoDateSchema.optional(),
  to: isoDateSchema.optional(),
});
export type AuditListQuery = z.infer<typeof auditListQuerySchema>;

export const auditEntrySchema = z.object({
  id: z.string(),
  at: z.string(),
  user: z.object({ id: z.string(), username: z.string(), displayName: z.string() }).nullable(),
  unit: z.object({ id: z.string(), name: z.string() }).nullable(),
  action: z.string(),
  entity: z.string(),
  entityId: z.string().nullable(),
  before: z.unknown().nullable(),
  after: z.unknown().nullable(),
  requestId: z.string().nullable(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;
