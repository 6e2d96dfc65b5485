import { addDays, daysBetween } from '../common/dates.ts';
import { describe, expect, it } from 'vitest';
import { anniversary, completedYears, dayOfWeek, isIsoDate, isWeekend } from './calendar.ts';

describe('calendar', () => {
  it('knows real days', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(isIsoDate('2024-13-01')).toBe(false);
    expect(isIsoDate('24-01-01')).toBe(false);
  });
  it('adds and counts days across months and years', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addDays('2025-03-01', -1)).toBe('2025-02-28');
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
  });
  it('tells weekdays from weekends', () => {
    expect(dayOfWeek('2024-07-01')).toBe(1);
    expect(isWeekend('2024-07-06')).toBe(true);
    expect(isWeekend('2024-07-07')).toBe(true);
    expect(isWeekend('2024-07-08')).toBe(false);
  });
  it('moves 29/02 to 28/02 in a common year', () => {
    expect(anniversary('2024-02-29', 1)).toBe('2025-02-28');
    expect(anniversary('2024-02-29', 4)).toBe('2028-02-29');
    expect(anniversary('2023-07-01', 1)).toBe('2024-07-01');
  });
  it('counts completed years', () => {
    expect(completedYears('2006-07-01', '2024-06-30')).toBe(17);
    expect(completedYears('2006-07-01', '2024-07-01')).toBe(18);
    expect(completedYears('2024-02-29', '2025-02-28')).toBe(1);
  });
});
