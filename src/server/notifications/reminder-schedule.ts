import type { Config } from '../config.ts';
import { daysBetween } from '../../domain/common/dates.ts';

export interface ReminderSettings {
  /** A reminder goes out when the due date is this many days ahead or nearer. */
  daysBefore: number;
  /** After the due date, one reminder every this many days until the report is submitted. */
  overdueEveryDays: number;
  /** Base of the links in e-mails, e.g. `https://antt.thainguyen.gov.vn`. */
  publicUrl: string;
}

export interface ScheduledReminder {
  kind: 'before' | 'due' | 'overdue';
  /** Part of the dedupe key: the same step for the same period and user is queued once. */
  step: string;
  daysUntilDue: number;
}

/**
 * Which automatic reminder is due today for a period, if any. Each step is a window rather than one exact
 * day, so that a runner that was down on the day catches up the next time it runs (once, by the dedupe key):
 * "before" from `daysBefore` days ahead until the eve, "due" on the day, then "overdue-k" from the k-th
 * multiple of `overdueEveryDays` after the due date.
 */
export function scheduledReminder(
  dueDate: string,
  today: string,
  settings: Pick<ReminderSettings, 'daysBefore' | 'overdueEveryDays'>,
): ScheduledReminder | undefined {
  const daysUntilDue = daysBetween(today, dueDate);
  if (daysUntilDue > settings.daysBefore) return undefined;
  if (daysUntilDue > 0) return { kind: 'before', step: 'before', daysUntilDue };
  if (daysUntilDue === 0) return { kind: 'due', step: 'due', daysUntilDue };
  const overdueStep = Math.floor(-daysUntilDue / settings.overdueEveryDays);
  if (overdueStep < 1) return undefined;
  return { kind: 'overdue', step: `overdue-${overdueStep}`, daysUntilDue };
}

export function reminderSettingsOf(
  config: Pick<Config, 'reminderDaysBefore' | 'reminderOverdueEveryDays' | 'publicUrl'>,
): ReminderSettings {
  return {
    daysBefore: config.reminderDaysBefore,
    overdueEveryDays: config.reminderOverdueEveryDays,
    publicUrl: config.publicUrl,
  };
}
