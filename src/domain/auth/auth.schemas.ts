import { z } from 'zod';
import { unitKindSchema } from '../org/org.schemas.ts';
import { ROLES } from './constants.ts';

export const roleSchema = z.enum(ROLES);

export const loginSchema = z.object({
  username: z.string().trim().toLowerCase().min(1).max(64),
  password: z.string().min(1).max(200),
});
export type Login = z.infer<typeof loginSchema>;

export const meSchema = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  role: roleSchema,
  unit: z.object({ id: z.string(), code: z.string(), name: z.string(), kind: unitKindSchema }),
});
export type Me = z.infer<typeof meSchema>;
