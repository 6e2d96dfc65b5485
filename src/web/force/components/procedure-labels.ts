import type { ProcedureSummary } from '../../../domain/force/force-api.schemas.ts';
import { FORM_LABELS, type FormCode } from '../../../domain/force/procedure-steps.ts';
import type { Text } from '../../lib/i18n.ts';
import { proceduresText } from '../procedure-messages.ts';

export type ProcedureStatus = ProcedureSummary['status'];

export const PROCEDURE_STATUS_TEXT: Record<ProcedureStatus, Text> = {
  open: proceduresText.statusOpen,
  done: proceduresText.statusDone,
  cancelled: proceduresText.statusCancelled,
};

export const PROCEDURE_STATUS_COLORS: Record<ProcedureStatus, string> = {
  open: 'processing',
  done: 'success',
  cancelled: 'default',
};

export const KIND_COLORS: Record<ProcedureSummary['kind'], string> = {
  selection: 'blue',
  recognition: 'green',
  leaving: 'orange',
};

/** The API names forms 'mau-05'; the domain's labels are keyed 'mau_05'. */
export function formLabel(form: string): Text {
  const code = form.replace('-', '_') as FormCode;
  return FORM_LABELS[code] ?? { vi: form, en: form };
}

/** 'mau-05' → "Mẫu 05", for small buttons. */
export function formShortName(form: string): string {
  return `Mẫu ${form.replace(/^mau[-_]/, '')}`;
}
