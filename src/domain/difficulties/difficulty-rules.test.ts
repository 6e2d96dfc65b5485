import { describe, expect, it } from 'vitest';
import { nextDifficultyState } from './difficulty-rules.ts';

describe('difficulty states', () => {
  it('answers an open item, and lets a new answer replace an earlier one', () => {
    expect(nextDifficultyState('answer', 'open')).toBe('answered');
    expect(nextDifficultyState('answer', 'answered')).toBe('answered');
  });

  it('does not answer a closed item: it must be reopened first', () => {
    expect(nextDifficultyState('answer', 'closed')).toBeNull();
  });

  it('closes open and answered items once', () => {
    expect(nextDifficultyState('close', 'open')).toBe('closed');
    expect(nextDifficultyState('close', 'answered')).toBe('closed');
    expect(nextDifficultyState('close', 'closed')).toBeNull();
  });

  it('reopens answered and closed items, not open ones', () => {
    expect(nextDifficultyState('reopen', 'closed')).toBe('open');
    expect(nextDifficultyState('reopen', 'answered')).toBe('open');
    expect(nextDifficultyState('reopen', 'open')).toBeNull();
  });
});
