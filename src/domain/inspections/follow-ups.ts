import { addDays } from '../common/dates.ts';
import { FOLLOW_UP_DUE_SOON_DAYS, type FollowUpState } from './constants.ts';

/** Done once recorded done; otherwise overdue from the day after its due date. */
export function followUpState(stored: 'open' | 'done', dueDate: string, today: string): FollowUpState {
  if (stored === 'done') return 'done';
  return dueDate < today ? 'overdue' : 'open';
}

/** Open and due today or within the next FOLLOW_UP_DUE_SOON_DAYS days. */
export function isFollowUpDueSoon(stored: 'open' | 'done', dueDate: string, today: string): boolean {
  return stored === 'open' && dueDate >= today && dueDate <= addDays(today, FOLLOW_UP_DUE_SOON_DAYS);
}
