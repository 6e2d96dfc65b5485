import { Collapse, Descriptions, Typography } from 'antd';
import type { Plan } from '../../../domain/plans/plan-api.schemas.ts';
import { common, useT } from '../../lib/i18n.ts';
import { planPageText, reviewText } from '../messages.ts';
import { ReportingDutiesList } from './reporting-duties-list.tsx';

function LongText({ value }: { value: string | null }) {
  const t = useT();
  if (!value) return <Typography.Text type="secondary">{t(common.none)}</Typography.Text>;
  return <div className="plan-info__text">{value}</div>;
}

/** Everything of the plan besides its tasks, folded away until asked for. */
export function PlanInfoPanel({ plan }: { plan: Plan }) {
  const t = useT();
  return (
    <Collapse
      className="plan-info"
      items={[
        {
          key: 'info',
          label: (
            <span>
              <Typography.Text strong>{t(planPageText.info)}</Typography.Text>
              <Typography.Text type="secondary" style={{ marginLeft: 8 }}>
                {t(planPageText.infoHint)}
              </Typography.Text>
            </span>
          ),
          children: (
            <>
              <Descriptions
                bordered
                size="small"
                column={1}
                styles={{ label: { width: 180, verticalAlign: 'top' } }}
                items={[
                  {
                    key: 'legalBasis',
                    label: t(reviewText.legalBasis),
                    children: <LongText value={plan.legalBasis} />,
                  },
                  {
                    key: 'purpose',
                    label: t(reviewText.purpose),
                    children: <LongText value={plan.purpose} />,
                  },
                  {
                    key: 'funding',
                    label: t(reviewText.funding),
                    children: <LongText value={plan.funding} />,
                  },
                  {
                    key: 'organization',
                    label: t(reviewText.organization),
                    children: <LongText value={plan.organization} />,
                  },
                  {
                    key: 'recipients',
                    label: t(reviewText.recipients),
                    children:
                      plan.recipients.length > 0 ? (
                        <ul className="plan-info__list">
                          {plan.recipients.map((recipient, index) => (
                            <li key={index}>{recipient}</li>
                          ))}
                        </ul>
                      ) : (
                        <LongText value={null} />
                      ),
                  },
                  {
                    key: 'signer',
                    label: t(reviewText.signer),
                    children: (
                      <div className="plan-info__text">
                        {[plan.signerAuthority, plan.signerName].filter(Boolean).join('\n') || t(common.none)}
                      </div>
                    ),
                  },
                ]}
              />
              <Typography.Title level={5} style={{ marginTop: 16 }}>
                {t(reviewText.reportingDuties)}
              </Typography.Title>
              <ReportingDutiesList duties={plan.reportingDuties} />
            </>
          ),
        },
      ]}
    />
  );
}
