import { Alert, Card, List, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { PROCEDURE_KIND_LABELS } from '../../../domain/force/procedure-steps.ts';
import { formatDate, formatNumber } from '../../lib/format.ts';
import { useT } from '../../lib/i18n.ts';
import type { LateStep } from '../../../domain/force/force-api.schemas.ts';
import { useLateSteps } from '../api/list-late-steps.ts';
import { overviewText } from '../overview-messages.ts';
import { proceduresText } from '../procedure-messages.ts';

/** The commune's dashboard list of late steps (TT 14/2024 deadlines in working days). */
export function LateStepsCard({ unitId }: { unitId: string | undefined }) {
  const t = useT();
  const lateQuery = useLateSteps(unitId);
  const items = lateQuery.data?.items ?? [];
  if (lateQuery.isSuccess && items.length === 0)
    return <Alert type="success" showIcon title={t(overviewText.lateNone)} style={{ marginBottom: 16 }} />;
  return (
    <Card
      size="small"
      title={
        <>
          {t(overviewText.lateTitle)}{' '}
          {items.length > 0 ? <Tag color="error">{formatNumber(items.length)}</Tag> : null}
        </>
      }
      style={{ marginBottom: 16 }}
    >
      <List<LateStep>
        size="small"
        loading={lateQuery.isPending}
        dataSource={items}
        locale={{ emptyText: lateQuery.isError ? lateQuery.error.message : t(overviewText.lateNone) }}
        renderItem={(step) => (
          <List.Item
            extra={
              <Tag color="error">
                {t(overviewText.lateDays, { days: formatNumber(step.workingDaysLate) })}
              </Tag>
            }
          >
            <List.Item.Meta
              title={
                <Link to={`/force/procedures/${step.procedureId}`}>
                  <Typography.Text type="danger">{step.stepTitle}</Typography.Text>
                </Link>
              }
              description={`${t(PROCEDURE_KIND_LABELS[step.kind])} · ${step.procedureTitle} · ${t(proceduresText.due, { date: formatDate(step.dueDate) })}`}
            />
          </List.Item>
        )}
      />
    </Card>
  );
}
