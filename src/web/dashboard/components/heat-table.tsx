import { Table, Tooltip, Typography, type TableColumnsType } from 'antd';
import { useNavigate } from 'react-router';
import type { Dashboard } from '../../../domain/reports/dashboard.schemas.ts';
import { REPORT_STATUS_LABELS } from '../../../domain/reports/reports.schemas.ts';
import { useT } from '../../lib/i18n.ts';
import { dashboardText } from '../messages.ts';
import { LATE_FILL, STATUS_FILL } from './status-colors.ts';

type Row = Dashboard['heat']['rows'][number];
type Cell = Row['cells'][number];

function statusText(status: string) {
  return status in REPORT_STATUS_LABELS
    ? REPORT_STATUS_LABELS[status as keyof typeof REPORT_STATUS_LABELS]
    : { vi: status, en: status };
}

/** Units × tasks: each cell colored by its latest period's status (red when late); a click opens the report. */
export function HeatTable({ heat }: { heat: Dashboard['heat'] }) {
  const t = useT();
  const navigate = useNavigate();
  const cellOf = (row: Row, taskId: string): Cell | undefined =>
    row.cells.find((cell) => cell.taskId === taskId);
  const columns: TableColumnsType<Row> = [
    {
      title: t(dashboardText.unit),
      dataIndex: 'name',
      key: 'name',
      fixed: 'left',
      width: 220,
      render: (name: string) => <Typography.Text ellipsis={{ tooltip: name }}>{name}</Typography.Text>,
    },
    ...heat.tasks.map((task) => ({
      title: task.code,
      key: task.taskId,
      width: 64,
      align: 'center' as const,
      onCell: (row: Row) => {
        const cell = cellOf(row, task.taskId);
        return {
          style: {
            background: cell
              ? cell.isLate
                ? LATE_FILL
                : (STATUS_FILL[cell.status] ?? undefined)
              : undefined,
            cursor: cell ? 'pointer' : undefined,
            padding: 4,
          },
          onClick: cell ? () => navigate(`/reports/${cell.periodId}`) : undefined,
        };
      },
      render: (_v: unknown, row: Row) => {
        const cell = cellOf(row, task.taskId);
        if (!cell) return null;
        const progress = cell.progress === null ? '—' : `${cell.progress}%`;
        const label = `${task.code} · ${row.name}: ${t(statusText(cell.status))}${cell.isLate ? ` (${t(dashboardText.late)})` : ''}, ${t(dashboardText.progress).toLowerCase()} ${progress}`;
        return (
          <Tooltip title={label}>
            <span aria-label={label} style={{ fontSize: 12 }}>
              {cell.progress === null ? '·' : `${cell.progress}`}
            </span>
          </Tooltip>
        );
      },
    })),
  ];
  return (
    <Table<Row>
      rowKey="unitId"
      size="small"
      bordered
      dataSource={heat.rows}
      columns={columns}
      pagination={heat.rows.length > 30 ? { pageSize: 30, showSizeChanger: false } : false}
      scroll={{ x: 220 + heat.tasks.length * 64 }}
    />
  );
}
