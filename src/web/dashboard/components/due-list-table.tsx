import { Table, Tag, Typography } from 'antd';
import { useNavigate } from 'react-router';
import type { Dashboard } from '../../../domain/reports/dashboard.schemas.ts';
import { REPORT_STATUS_LABELS } from '../../../domain/reports/reports.schemas.ts';
import { formatDate } from '../../lib/format.ts';
import { useT } from '../../lib/i18n.ts';
import { dashboardText } from '../messages.ts';
import { STATUS_TAG_COLORS } from './status-colors.ts';

type Item = Dashboard['late'][number];

function statusText(status: string) {
  return status in REPORT_STATUS_LABELS
    ? REPORT_STATUS_LABELS[status as keyof typeof REPORT_STATUS_LABELS]
    : { vi: status, en: status };
}

/** The late or due-soon periods; a row opens its report. */
export function DueListTable({ items }: { items: Item[] }) {
  const t = useT();
  const navigate = useNavigate();
  return (
    <Table<Item>
      rowKey="periodId"
      size="small"
      dataSource={items}
      pagination={items.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
      scroll={{ x: 560 }}
      onRow={(item) => ({
        onClick: () => navigate(`/reports/${item.periodId}`),
        style: { cursor: 'pointer' },
      })}
      columns={[
        {
          title: t(dashboardText.task),
          key: 'task',
          render: (_v, item) => (
            <>
              <Typography.Text strong>{item.taskCode}</Typography.Text>{' '}
              <Typography.Text ellipsis={{ tooltip: item.taskTitle }} style={{ maxWidth: 220 }}>
                {item.taskTitle}
              </Typography.Text>
            </>
          ),
        },
        { title: t(dashboardText.unit), key: 'unit', width: 180, render: (_v, item) => item.unit.name },
        {
          title: t(dashboardText.dueDate),
          dataIndex: 'dueDate',
          key: 'dueDate',
          width: 100,
          render: (value: string) => formatDate(value),
        },
        {
          title: t(dashboardText.status),
          key: 'status',
          width: 120,
          render: (_v, item) => (
            <Tag color={STATUS_TAG_COLORS[item.status] ?? 'default'}>{t(statusText(item.status))}</Tag>
          ),
        },
      ]}
    />
  );
}
