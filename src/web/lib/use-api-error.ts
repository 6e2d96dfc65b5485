import { useCallback } from 'react';
import { App, type FormInstance } from 'antd';
import { isApiError } from './api-client.ts';
import { common, useT } from './i18n.ts';

/** "/displayName", "body/displayName", "displayName" → "displayName"; "/items/0/name" → ["items", 0, "name"]. */
export function fieldNameFromPath(path: string): (string | number)[] {
  return path
    .replace(/^\/?body[/.]/, '')
    .split(/[/.]/)
    .filter((segment) => segment !== '')
    .map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment));
}

/**
 * Shows an API failure where the user will look for it: field errors under their form fields,
 * a stale version (409 without field errors) as the reload message, anything else as a toast with
 * the server's detail.
 */
export function useApiErrorHandler(): (error: unknown, form?: FormInstance) => void {
  const { message } = App.useApp();
  const t = useT();
  return useCallback(
    (error: unknown, form?: FormInstance) => {
      if (!isApiError(error)) {
        message.error(error instanceof Error ? error.message : String(error));
        return;
      }
      if (form && error.errors.length > 0) {
        const known = new Set(form.getFieldsError().map((field) => String(field.name[0] ?? '')));
        const onForm = error.errors.filter((fieldError) =>
          known.has(String(fieldNameFromPath(fieldError.path)[0])),
        );
        form.setFields(
          onForm.map((fieldError) => ({
            name: fieldNameFromPath(fieldError.path),
            errors: [fieldError.message],
          })),
        );
        const elsewhere = error.errors.filter((fieldError) => !onForm.includes(fieldError));
        if (onForm.length > 0 && elsewhere.length === 0) return;
        message.error(
          [error.detail, ...elsewhere.map((fieldError) => `${fieldError.path}: ${fieldError.message}`)].join(
            ' ',
          ),
        );
        return;
      }
      // A 409 with field errors (a username taken) was handled above; a bare one is a stale version.
      if (error.status === 409) {
        message.error(t(common.conflict));
        return;
      }
      message.error(error.detail);
    },
    [message, t],
  );
}
