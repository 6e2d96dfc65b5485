import { Tag, Tooltip } from 'antd';
import {
  CAMPAIGN_STATE_LABELS,
  CAMPAIGN_UNIT_STATUS_LABELS,
  type CampaignState,
  type CampaignUnitStatus,
  LEGAL_VALIDITY_LABELS,
  type LegalValidity,
  REVIEW_OUTCOME_LABELS,
  type ReviewOutcome,
} from '../../../domain/legal/constants.ts';
import { useT } from '../../lib/i18n.ts';
import { documentsText, reviewsText } from '../messages.ts';

const VALIDITY_COLORS: Record<LegalValidity, string> = {
  in_force: 'green',
  partly_expired: 'gold',
  expired: 'default',
};

const OUTCOME_COLORS: Record<ReviewOutcome, string> = {
  keep: 'green',
  amend: 'blue',
  replace: 'purple',
  repeal: 'red',
  new_document: 'cyan',
};

const STATUS_COLORS: Record<CampaignUnitStatus, string> = {
  pending: 'default',
  answered: 'green',
  nothing_found: 'blue',
};

export function ValidityTag({ validity }: { validity: LegalValidity }) {
  const t = useT();
  return <Tag color={VALIDITY_COLORS[validity]}>{t(LEGAL_VALIDITY_LABELS[validity])}</Tag>;
}

export function OutcomeTag({ outcome }: { outcome: ReviewOutcome }) {
  const t = useT();
  return <Tag color={OUTCOME_COLORS[outcome]}>{t(REVIEW_OUTCOME_LABELS[outcome])}</Tag>;
}

export function UnitStatusTag({ status, isLate }: { status: CampaignUnitStatus; isLate?: boolean }) {
  const t = useT();
  return (
    <>
      <Tag color={STATUS_COLORS[status]}>{t(CAMPAIGN_UNIT_STATUS_LABELS[status])}</Tag>
      {isLate ? <Tag color="red">{t(reviewsText.late)}</Tag> : null}
    </>
  );
}

export function CampaignStateTag({ state }: { state: CampaignState }) {
  const t = useT();
  return <Tag color={state === 'open' ? 'processing' : 'default'}>{t(CAMPAIGN_STATE_LABELS[state])}</Tag>;
}

export function DemoTag() {
  const t = useT();
  return (
    <Tooltip title={t(documentsText.demoHint)}>
      <Tag color="orange" style={{ marginInlineStart: 6 }}>
        {t(documentsText.demo)}
      </Tag>
    </Tooltip>
  );
}
