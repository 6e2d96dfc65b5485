import { Tag } from 'antd';
import {
  DIFFICULTY_STATE_LABELS,
  type DifficultyState,
} from '../../domain/difficulties/difficulties.schemas.ts';
import { useT } from '../lib/i18n.ts';

export const DIFFICULTY_STATE_COLORS: Record<DifficultyState, string> = {
  open: 'orange',
  answered: 'blue',
  closed: 'green',
};

/** A difficulty's state (open, answered, closed), the same colour on every page. */
export function DifficultyStateTag({ state }: { state: DifficultyState }) {
  const t = useT();
  return (
    <Tag color={DIFFICULTY_STATE_COLORS[state]} style={{ marginInlineEnd: 0 }}>
      {t(DIFFICULTY_STATE_LABELS[state])}
    </Tag>
  );
}
