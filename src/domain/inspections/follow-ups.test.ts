import { addDays, vietnamToday } from '../common/dates.ts';
import { describe, expect, it } from 'vitest';
import { followUpState, isFollowUpDueSoon } from './follow-ups.ts';

describe('follow-up state', () => {
  it('is overdue only after its due date, and done whatever the date once recorded done', () => {
    expect(followUpState('open', '2024-11-15', '2024-11-15')).toBe('open');
    expect(followUpState('open', '2024-11-15', '2024-11-16')).toBe('overdue');
    expect(followUpState('done', '2024-11-15', '2025-01-01')).toBe('done');
  });
  it('is due soon from today to 14 days ahead, while open', () => {
    expect(isFollowUpDueSoon('open', '2024-11-15', '2024-11-15')).toBe(true);
    expect(isFollowUpDueSoon('open', '2024-11-29', '2024-11-15')).toBe(true);
    expect(isFollowUpDueSoon('open', '2024-11-30', '2024-11-15')).toBe(false);
    expect(isFollowUpDueSoon('open', '2024-11-14', '2024-11-15')).toBe(false);
    expect(isFollowUpDueSoon('done', '2024-11-20', '2024-11-15')).toBe(false);
  });
  it('counts days across months and years, and takes today in Vietnam time', () => {
    expect(addDays('2024-12-25', 10)).toBe('2025-01-04');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(vietnamToday('2024-11-14T17:30:00.000Z')).toBe('2024-11-15');
    expect(vietnamToday('2024-11-14T16:59:59.000Z')).toBe('2024-11-14');
  });
});
