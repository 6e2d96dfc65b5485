import { Progress, Table, Typography } from 'antd';
import type { Dashboard } from '../../../domain/reports/dashboard.schemas.ts';
import { formatNumber } from '../../lib/format.ts';
import { common, useT } from '../../lib/i18n.ts';
import { dashboardText } from '../messages.ts';

type Row = Dashboard['byTask'][number];

export function ByTaskTable({ rows }: { rows: Row[] }) {
  const t = useT();
  return (
    <Table<Row>
      rowKey="taskId"
      size="small"
      dataSource={rows}
      pagination={rows.length > 15 ? { pageSize: 15, showSizeChanger: false } : false}
      scroll={{ x: 700 }}
      columns={[
        {
          title: t(dashboardText.task),
          key: 'task',
          render: (_v, row) => (
            <>
              <Typography.Text strong>{row.code}</Typography.Text> {row.title}
            </>
          ),
        },
        {
          title: t(dashboardText.periods),
          dataIndex: 'periods',
          key: 'periods',
          width: 100,
          align: 'right',
          render: (value: number) => formatNumber(value),
        },
        {
          title: t(dashboardText.submitted),
          dataIndex: 'submitted',
          key: 'submitted',
          width: 90,
          align: 'right',
          render: (value: number) => formatNumber(value),
        },
        {
          title: t(dashboardText.accepted),
          dataIndex: 'accepted',
          key: 'accepted',
          width: 110,
          align: 'right',
          render: (value: number) => formatNumber(value),
        },
        {
          title: t(dashboardText.late),
          dataIndex: 'late',
          key: 'late',
          width: 90,
          align: 'right',
          render: (value: number) =>
            value ? <Typography.Text type="danger">{formatNumber(value)}</Typography.Text> : '0',
        },
        {
          title: t(dashboardText.progress),
          key: 'progress',
          width: 170,
          render: (_v, row) =>
            row.averageProgress === null ? (
              t(common.none)
            ) : (
              <Progress percent={Math.round(row.averageProgress)} size="small" />
            ),
        },
      ]}
    />
  );
}
