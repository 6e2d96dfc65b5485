import { Space, Tag } from 'antd';
import {
  FINDING_KIND_LABELS,
  FOLLOW_UP_STATE_LABELS,
  INSPECTION_STATE_LABELS,
  type FindingKind,
  type FollowUpState,
  type InspectionState,
} from '../../../domain/inspections/constants.ts';
import { useT } from '../../lib/i18n.ts';
import { inspectionsText } from '../messages.ts';

const STATE_COLORS: Record<InspectionState, string> = {
  planned: 'processing',
  done: 'success',
  cancelled: 'default',
};
const KIND_COLORS: Record<FindingKind, string> = {
  good_practice: 'green',
  shortcoming: 'gold',
  violation: 'red',
};
const FOLLOW_UP_COLORS: Record<FollowUpState, string> = {
  open: 'processing',
  overdue: 'red',
  done: 'success',
};

export function InspectionStateTag({ state }: { state: InspectionState }) {
  const t = useT();
  return <Tag color={STATE_COLORS[state]}>{t(INSPECTION_STATE_LABELS[state])}</Tag>;
}

export function FindingKindTag({ kind }: { kind: FindingKind }) {
  const t = useT();
  return <Tag color={KIND_COLORS[kind]}>{t(FINDING_KIND_LABELS[kind])}</Tag>;
}

export function FollowUpStateTag({ state, isDueSoon }: { state: FollowUpState; isDueSoon: boolean }) {
  const t = useT();
  return (
    <Space size={4} wrap>
      <Tag color={FOLLOW_UP_COLORS[state]} style={{ marginInlineEnd: 0 }}>
        {t(FOLLOW_UP_STATE_LABELS[state])}
      </Tag>
      {isDueSoon ? (
        <Tag color="orange" style={{ marginInlineEnd: 0 }}>
          {t(inspectionsText.dueSoon)}
        </Tag>
      ) : null}
    </Space>
  );
}
