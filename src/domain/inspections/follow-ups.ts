import { FOLLOW_UP_DUE_SOON_DAYS, type FollowUpState } from './constants.ts';

/** `YYYY-MM-DD` plus some days (calendar arithmetic in UTC, so no time zone shifts the day). */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** Today's calendar date in Vietnam (UTC+7, no daylight saving) for an ISO instant. */
export function vietnamToday(nowIso: string): string {
  return new Date(Date.parse(nowIso) + 7 * 3_600_000).toISOString().slice(0, 10);
}

/** Done once recorded done; otherwise overdue from the day after its due date. */
export function followUpState(stored: 'open' | 'done', dueDate: string, today: string): FollowUpState {
  if (stored === 'done') return 'done';
  return dueDate < today ? 'overdue' : 'open';
}

/** Open and due today or within the next FOLLOW_UP_DUE_SOON_DAYS days. */
export function isFollowUpDueSoon(stored: 'open' | 'done', dueDate: string, today: string): boolean {
  return stored === 'open' && dueDate >= today && dueDate <= addDays(today, FOLLOW_UP_DUE_SOON_DAYS);
}
