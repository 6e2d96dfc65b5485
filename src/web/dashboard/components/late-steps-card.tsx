import { Card, List, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { PROCEDURE_KIND_LABELS } from '../../../domain/force/procedure-steps.ts';
import type { Dashboard } from '../../../domain/reports/dashboard.schemas.ts';
import { formatDate, formatNumber } from '../../lib/format.ts';
import { useT } from '../../lib/i18n.ts';
import { dashboardText } from '../messages.ts';

type LateSteps = Dashboard['lateProcedureSteps'];
type LateStep = LateSteps['items'][number];

/**
 * The force's procedure steps past their Thông tư 14 deadline in the user's scope: a commune sees its own,
 * a district or the province how many and in how many communes (the oldest listed with their commune), each
 * opening its procedure. Nothing when none is late.
 */
export function LateStepsCard({ lateSteps }: { lateSteps: LateSteps }) {
  const t = useT();
  if (lateSteps.total === 0) return null;
  const severalCommunes = lateSteps.communes > 1;
  return (
    <Card
      size="small"
      style={{ marginBottom: 16 }}
      title={
        <>
          {t(dashboardText.lateSteps)} <Tag color="error">{formatNumber(lateSteps.total)}</Tag>
        </>
      }
      extra={<Link to="/force/procedures?lateOnly=true">{t(dashboardText.lateStepsAll)}</Link>}
    >
      {severalCommunes ? (
        <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
          {t(dashboardText.lateStepsCount, {
            steps: formatNumber(lateSteps.total),
            communes: formatNumber(lateSteps.communes),
          })}
          {lateSteps.total > lateSteps.items.length
            ? ` ${t(dashboardText.lateStepsOldest, { count: formatNumber(lateSteps.items.length) })}`
            : ''}
        </Typography.Paragraph>
      ) : null}
      <List<LateStep>
        size="small"
        dataSource={lateSteps.items}
        pagination={lateSteps.items.length > 5 ? { pageSize: 5, size: 'small' } : false}
        renderItem={(step) => (
          <List.Item
            extra={
              <Tag color="error">
                {t(dashboardText.lateStepDays, { days: formatNumber(step.workingDaysLate) })}
              </Tag>
            }
          >
            <List.Item.Meta
              title={
                <Link to={`/force/procedures/${step.procedureId}`}>
                  <Typography.Text type="danger">{step.stepTitle}</Typography.Text>
                </Link>
              }
              description={[
                step.unit.name,
                `${t(PROCEDURE_KIND_LABELS[step.kind])}: ${step.procedureTitle}`,
                t(dashboardText.lateStepDue, { date: formatDate(step.dueDate) }),
              ]
                .filter(Boolean)
                .join(' · ')}
            />
          </List.Item>
        )}
      />
    </Card>
  );
}
