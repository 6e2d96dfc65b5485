import { describe, expect, it } from 'vitest';
import { addMonths } from './calendar.ts';

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
