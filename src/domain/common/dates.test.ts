import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, vietnamDayEnd, vietnamDayStart, vietnamToday } from './dates.ts';

describe('Vietnam calendar days', () => {
  it('start at 17:00 UTC the day before and end 24 hours later', () => {
    expect(vietnamDayStart('2024-11-15')).toBe('2024-11-14T17:00:00.000Z');
    expect(vietnamDayEnd('2024-11-15')).toBe('2024-11-15T17:00:00.000Z');
    expect(vietnamDayEnd('2024-12-31')).toBe('2024-12-31T17:00:00.000Z');
  });
});

describe('today in Vietnam', () => {
  it('turns to the next day at 17:00 UTC, whatever the time zone of the machine', () => {
    expect(vietnamToday('2026-11-26T16:59:59.999Z')).toBe('2026-11-26');
    expect(vietnamToday('2026-11-26T17:00:00.000Z')).toBe('2026-11-27');
    expect(vietnamToday(new Date('2024-12-31T17:10:00.000Z'))).toBe('2025-01-01');
  });

  it('counts days across months, leap days and years', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-01-01', -1)).toBe('2024-12-31');
    expect(daysBetween('2024-02-01', '2024-03-01')).toBe(29);
    expect(daysBetween('2025-03-01', '2025-02-01')).toBe(-28);
  });
});
