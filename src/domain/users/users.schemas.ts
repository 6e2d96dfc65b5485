import { z } from 'zod';
import { PASSWORD_MIN_LENGTH, USERNAME_PATTERN } from '../auth/constants.ts';
import { roleSchema } from '../auth/auth.schemas.ts';
import { paginationQuerySchema, queryBooleanSchema } from '../common/pagination.ts';

const passwordSchema = z
  .string()
  .min(PASSWORD_MIN_LENGTH, `Mật khẩu phải có ít nhất ${PASSWORD_MIN_LENGTH} ký tự`)
  .max(200);

export const userCreateSchema = z.object({
  username: z
    .string()
    .trim()
    .toLowerCase()
    .regex(
      USERNAME_PATTERN,
      'Tên đăng nhập gồm 3–64 ký tự: chữ thường không dấu, số, dấu chấm, gạch ngang, gạch dưới',
    ),
  displayName: z.string().trim().min(1).max(200),
  email: z.email().max(200).nullish(),
  role: roleSchema,
  unitId: z.string().min(1).max(64),
  password: passwordSchema,
});
export type UserCreate = z.infer<typeof userCreateSchema>;

export const userUpdateSchema = z.object({
  version: z.number().int().min(1),
  displayName: z.string().trim().min(1).max(200).optional(),
  email: z.email().max(200).nullish(),
  role: roleSchema.optional(),
  unitId: z.string().min(1).max(64).optional(),
  active: z.boolean().optional(),
  password: passwordSchema.optional(),
});
export type UserUpdate = z.infer<typeof userUpdateSchema>;

export const userSchema = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  email: z.string().nullable(),
  role: roleSchema,
  active: z.boolean(),
  unit: z.object({ id: z.string(), code: z.string(), name: z.string() }),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
});
export type User = z.infer<typeof userSchema>;

export const USER_SORT_FIELDS = ['username', 'displayName', 'role', 'createdAt'] as const;

export const userListQuerySchema = paginationQuerySchema.extend({
  q: z.string().trim().max(200).optional(),
  role: roleSchema.optional(),
  unitId: z.string().max(64).optional(),
  active: queryBooleanSchema.optional(),
  sort: z.enum(USER_SORT_FIELDS).default('username'),
  order: z.enum(['asc', 'desc']).default('asc'),
});
export type UserListQuery = z.infer<typeof userListQuerySchema>;

export const userOptionSchema = z.object({ id: z.string(), username: z.string(), displayName: z.string() });
export type UserOption = z.infer<typeof userOptionSchema>;
