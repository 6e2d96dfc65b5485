import type { DifficultyAction, DifficultyState } from './difficulties.schemas.ts';

/** From which states each action may start, and where it leads. */
const MOVES: Record<DifficultyAction, { from: readonly DifficultyState[]; to: DifficultyState }> = {
  // A new answer may replace an earlier one until the item is closed.
  answer: { from: ['open', 'answered'], to: 'answered' },
  // The coordinator closes it, or the unit confirms it is solved (also one never answered).
  close: { from: ['open', 'answered'], to: 'closed' },
  // Not solved after all, or the answer did not settle it: back to open, waiting for a (new) answer.
  reopen: { from: ['answered', 'closed'], to: 'open' },
};

/** The state an action leads to, or null when it cannot start from this state. */
export function nextDifficultyState(
  action: DifficultyAction,
  state: DifficultyState,
): DifficultyState | null {
  const move = MOVES[action];
  return move.from.includes(state) ? move.to : null;
}
