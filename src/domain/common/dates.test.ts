import { describe, expect, it } from 'vitest';
import { vietnamDayEnd, vietnamDayStart } from './dates.ts';

describe('Vietnam calendar days', () => {
  it('start at 17:00 UTC the day before and end 24 hours later', () => {
    expect(vietnamDayStart('2024-11-15')).toBe('2024-11-14T17:00:00.000Z');
    expect(vietnamDayEnd('2024-11-15')).toBe('2024-11-15T17:00:00.000Z');
    expect(vietnamDayEnd('2024-12-31')).toBe('2024-12-31T17:00:00.000Z');
  });
});
