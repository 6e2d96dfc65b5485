/**
 * Deadlines and lateness of the Thông tư 14/2024 procedures (steps in procedure-steps.ts), counted in working
 * days (working-days.ts), and the selection dossier.
 *
 * A step is due n working days after the step it follows: after that step's completion date once it is done,
 * else after its own due date (a projection), or after the procedure's start.
 *
 * Exports:
 * - `stepDeadlines(kind, startedOn, holidays, durations?): StepDeadline[]` — every step's due date when each
 *   step finishes on its deadline; `durations` overrides a step's working days (e.g. the plan's dossier period);
 * - `scheduleSteps(procedure, today, holidays): ScheduledStep[]` — each step with its due date from what is
 *   done, and a status: 'done', 'done_late', 'open', 'overdue' (not done and `today` is past the due date);
 * - `lateSteps(procedure, today, holidays): ScheduledStep[]` — the overdue ones, for the commune's dashboard;
 * - `DOSSIER_ITEMS`, `DOSSIER_ITEM_LABELS`, `missingDossierItems(flags): DossierItem[]`.
 */
import type { LocalizedText } from '../errors.ts';
import { PROCEDURE_STEPS, type ProcedureKind, type ProcedureStepDefinition } from './procedure-steps.ts';
import { addWorkingDays, workingDaysBetween, type Holiday } from './working-days.ts';

export type StepDurations = Partial<Record<string, number>>;

export interface StepDeadline {
  key: string;
  title: LocalizedText;
  dueOn: string;
}

export interface ProcedureProgress {
  kind: ProcedureKind;
  startedOn: string;
  /** Completion dates by step key; missing or null while not done. */
  steps: readonly { key: string; doneOn: string | null }[];
  durations?: StepDurations;
}

export type StepStatus = 'done' | 'done_late' | 'open' | 'overdue';

export interface ScheduledStep extends StepDeadline {
  doneOn: string | null;
  status: StepStatus;
  /** Working days past the due date: today for an overdue step, the completion date for a late one. */
  workingDaysLate: number;
}

function dueDates(
  definitions: readonly ProcedureStepDefinition[],
  startedOn: string,
  holidays: readonly Holiday[],
  options: { durations?: StepDurations; doneOn?: ReadonlyMap<string, string> },
): Map<string, string> {
  const due = new Map<string, string>();
  for (const definition of definitions) {
    const base =
      definition.after === 'start'
        ? startedOn
        : (options.doneOn?.get(definition.after) ?? due.get(definition.after) ?? startedOn);
    const days = options.durations?.[definition.key] ?? definition.workingDays;
    due.set(definition.key, addWorkingDays(base, days, holidays));
  }
  return due;
}

export function stepDeadlines(
  kind: ProcedureKind,
  startedOn: string,
  holidays: readonly Holiday[],
  durations?: StepDurations,
): StepDeadline[] {
  const definitions = PROCEDURE_STEPS[kind];
  const due = dueDates(definitions, startedOn, holidays, { durations });
  return definitions.map(({ key, title }) => ({ key, title, dueOn: due.get(key) ?? startedOn }));
}

function statusOf(dueOn: string, doneOn: string | null, today: string): StepStatus {
  if (doneOn) return doneOn > dueOn ? 'done_late' : 'done';
  return today > dueOn ? 'overdue' : 'open';
}

export function scheduleSteps(
  procedure: ProcedureProgress,
  today: string,
  holidays: readonly Holiday[],
): ScheduledStep[] {
  const definitions = PROCEDURE_STEPS[procedure.kind];
  const doneOn = new Map<string, string>();
  for (const { key, doneOn: date } of procedure.steps) if (date) doneOn.set(key, date);
  const due = dueDates(definitions, procedure.startedOn, holidays, {
    durations: procedure.durations,
    doneOn,
  });
  return definitions.map(({ key, title }) => {
    const dueOn = due.get(key) ?? procedure.startedOn;
    const done = doneOn.get(key) ?? null;
    const status = statusOf(dueOn, done, today);
    const lateUntil = status === 'overdue' ? today : status === 'done_late' && done ? done : dueOn;
    return {
      key,
      title,
      dueOn,
      doneOn: done,
      status,
      workingDaysLate: workingDaysBetween(dueOn, lateUntil, holidays),
    };
  });
}

export function lateSteps(
  procedure: ProcedureProgress,
  today: string,
  holidays: readonly Holiday[],
): ScheduledStep[] {
  return scheduleSteps(procedure, today, holidays).filter((step) => step.status === 'overdue');
}

/** The selection dossier (TT 14/2024, Điều 3(1)): four papers, each present or missing. */
export const DOSSIER_ITEMS = [
  'application',
  'personal_history',
  'health_certificate',
  'education_certificate',
] as const;
export type DossierItem = (typeof DOSSIER_ITEMS)[number];

export const DOSSIER_ITEM_LABELS: Record<DossierItem, LocalizedText> = {
  application: { vi: 'Đơn đề nghị tham gia (Mẫu 01)', en: 'Application (Form 01)' },
  personal_history: { vi: 'Bản khai sơ yếu lý lịch', en: 'Personal history' },
  health_certificate: { vi: 'Giấy chứng nhận đủ sức khỏe', en: 'Health certificate' },
  education_certificate: { vi: 'Bằng tốt nghiệp hoặc giấy xác nhận học vấn', en: 'Education certificate' },
};

export interface DossierFlags {
  hasApplication: boolean;
  hasPersonalHistory: boolean;
  hasHealthCertificate: boolean;
  hasEducationCertificate: boolean;
}

const FLAG_OF: Record<DossierItem, keyof DossierFlags> = {
  application: 'hasApplication',
  personal_history: 'hasPersonalHistory',
  health_certificate: 'hasHealthCertificate',
  education_certificate: 'hasEducationCertificate',
};

export function missingDossierItems(flags: DossierFlags): DossierItem[] {
  return DOSSIER_ITEMS.filter((item) => !flags[FLAG_OF[item]]);
}
