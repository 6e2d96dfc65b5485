import type { FormRule } from 'antd';
import { z } from 'zod';
import { en, vi } from 'zod/locales';
import { getLanguage } from './i18n.ts';

/**
 * An antd Form rule from a field of a shared zod schema (the same one the server validates with),
 * so the form and the API agree on what is valid. Empty values are left to the `required` rule,
 * which names the field. `message` replaces zod's own wording when the form has a clearer one.
 */
export function zodRule(schema: z.ZodType, message?: string): FormRule {
  return {
    validator: async (_rule, value: unknown) => {
      if (value === undefined || value === null || value === '') return;
      z.config(getLanguage() === 'vi' ? vi() : en());
      const result = schema.safeParse(value);
      if (!result.success) throw new Error(message ?? result.error.issues[0]?.message ?? 'Invalid');
    },
  };
}
