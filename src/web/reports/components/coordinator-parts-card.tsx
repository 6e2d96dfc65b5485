import { Card, Progress, Table, Typography } from 'antd';
import type { Report } from '../../../domain/reports/reports.schemas.ts';
import { common, useT } from '../../lib/i18n.ts';
import { reportsText } from '../messages.ts';
import { ReportStatusTag } from './report-status-tag.tsx';

type Part = Report['coordinatorParts'][number];

/** The lead unit writes the task's report from its coordinators' parts. */
export function CoordinatorPartsCard({ parts }: { parts: Part[] }) {
  const t = useT();
  return (
    <Card title={t(reportsText.coordinatorParts)} size="small">
      <Table<Part>
        rowKey={(part) => part.unit.id}
        size="small"
        pagination={parts.length > 10 ? { pageSize: 10, showSizeChanger: false, size: 'small' } : false}
        dataSource={parts}
        columns={[
          { title: t(reportsText.unit), key: 'unit', width: 220, render: (_v, part) => part.unit.name },
          {
            title: t(reportsText.status),
            key: 'status',
            width: 130,
            render: (_v, part) => <ReportStatusTag status={part.status} />,
          },
          {
            title: t(reportsText.progress),
            key: 'progress',
            width: 140,
            render: (_v, part) =>
              part.progress === null ? t(common.none) : <Progress percent={part.progress} size="small" />,
          },
          {
            title: t(reportsText.done),
            key: 'done',
            render: (_v, part) => (
              <Typography.Paragraph
                style={{ whiteSpace: 'pre-wrap', margin: 0 }}
                ellipsis={{ rows: 4, expandable: true }}
              >
                {part.done ?? t(common.none)}
              </Typography.Paragraph>
            ),
          },
        ]}
      />
    </Card>
  );
}
