import { describe, expect, it } from 'vitest';
import { addMonths, clampToMonth, sameMonth } from './calendar.ts';

describe('addMonths', () => {
  it('moves across the turn of the year both ways', () => {
    expect(addMonths('2025-12', 1)).toBe('2026-01');
    expect(addMonths('2025-01', -1)).toBe('2024-12');
    expect(addMonths('2025-03', 0)).toBe('2025-03');
  });

  it('goes back two years for the correction window', () => {
    expect(addMonths('2025-09', -24)).toBe('2023-09');
    expect(addMonths('2025-02', -14)).toBe('2023-12');
  });
});

describe('clampToMonth', () => {
  it('gives the day within the month, 0 before it and the day after its last day after it', () => {
    expect(clampToMonth('2025-09-16', '2025-09', 30)).toBe(16);
    expect(clampToMonth('2025-09-01', '2025-09', 30)).toBe(1);
    expect(clampToMonth('2025-08-31', '2025-09', 30)).toBe(0);
    expect(clampToMonth('2024-12-31', '2025-09', 30)).toBe(0);
    expect(clampToMonth('2025-10-01', '2025-09', 30)).toBe(31);
    expect(clampToMonth('2026-01-05', '2025-09', 30)).toBe(31);
  });
});

describe('sameMonth', () => {
  it('compares the year and month of two dates, not the day', () => {
    expect(sameMonth('2025-09-01', '2025-09-30')).toBe(true);
    expect(sameMonth('2025-09-30', '2025-10-01')).toBe(false);
    expect(sameMonth('2024-09-15', '2025-09-15')).toBe(false);
  });
});
