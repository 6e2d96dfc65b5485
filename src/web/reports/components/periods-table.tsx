import { Link } from 'react-router';
import { BellOutlined } from '@ant-design/icons';
import { Button, Flex, Progress, Table, Tag, Typography, type TableColumnsType } from 'antd';
import {
  PERIOD_SORT_FIELDS,
  type PeriodSortField,
  type PeriodSummary,
} from '../../../domain/reports/reports.schemas.ts';
import { formatDate } from '../../lib/format.ts';
import { common, useT } from '../../lib/i18n.ts';
import { reminderText, reportsText, ROLE_TEXT } from '../messages.ts';
import { ReportStatusTag } from './report-status-tag.tsx';
import { serverPagination } from '../../components/server-pagination.ts';

interface PeriodsTableProps {
  data: PeriodSummary[];
  total: number;
  isLoading: boolean;
  page: number;
  pageSize: number;
  onPageChange: (page: number, pageSize: number) => void;
  onOpen: (period: PeriodSummary) => void;
  sort?: PeriodSortField;
  order?: 'asc' | 'desc';
  onSortChange: (sort: PeriodSortField | undefined, order: 'asc' | 'desc' | undefined) => void;
  /** Coordinators remind a late unit from its row. */
  onRemind?: (period: PeriodSummary) => void;
}

const SORTABLE: readonly string[] = PERIOD_SORT_FIELDS;

export function PeriodsTable(props: PeriodsTableProps) {
  const t = useT();
  /** The server sorts (the list is paged); the header shows which column and which way. */
  const sortable = (key: PeriodSortField) => ({
    sorter: true,
    sortOrder:
      (props.sort ?? 'dueDate') === key
        ? props.order === 'desc'
          ? ('descend' as const)
          : ('ascend' as const)
        : null,
  });
  const columns: TableColumnsType<PeriodSummary> = [
    {
      title: t(reportsText.task),
      key: 'task',
      ...sortable('task'),
      render: (_value, row) => (
        <div style={{ minWidth: 280 }}>
          <Link
            to={`/reports/${row.periodId}`}
            aria-label={t(reportsText.openReport, { code: row.taskCode })}
            onClick={(event) => event.stopPropagation()}
          >
            <Typography.Text strong>{row.taskCode}</Typography.Text>
          </Link>{' '}
          <Typography.Text type="secondary" style={{ fontSize: 12, marginInlineStart: 8 }}>
            {row.planNumber ?? ''}
          </Typography.Text>
          <Typography.Paragraph ellipsis={{ rows: 2, tooltip: row.taskTitle }} style={{ margin: 0 }}>
            {row.taskTitle}
          </Typography.Paragraph>
        </div>
      ),
    },
    {
      title: t(reportsText.unit),
      key: 'unit',
      ...sortable('unit'),
      width: 180,
      render: (_value, row) => row.unit.name,
    },
    {
      title: t(reportsText.role),
      key: 'role',
      width: 100,
      render: (_value, row) => (
        <Tag color={row.role === 'lead' ? 'blue' : 'default'}>{t(ROLE_TEXT[row.role])}</Tag>
      ),
    },
    { title: t(reportsText.period), dataIndex: 'label', key: 'label', width: 150 },
    {
      title: t(reportsText.dueDate),
      dataIndex: 'dueDate',
      key: 'dueDate',
      ...sortable('dueDate'),
      width: 110,
      render: (value: string) => formatDate(value),
    },
    {
      title: t(reportsText.status),
      key: 'status',
      ...sortable('status'),
      width: 240,
      render: (_value, row) => (
        <Flex gap={4} align="center" wrap>
          <ReportStatusTag status={row.status} isLate={row.isLate} />
          {row.isLate && props.onRemind ? (
            <Button
              size="small"
              type="link"
              icon={<BellOutlined />}
              aria-label={t(reminderText.remindUnitLabel, { unit: row.unit.name })}
              onClick={(event) => {
                event.stopPropagation();
                props.onRemind?.(row);
              }}
            >
              {t(reminderText.remindUnit)}
            </Button>
          ) : null}
        </Flex>
      ),
    },
    {
      title: t(reportsText.progress),
      key: 'progress',
      ...sortable('progress'),
      width: 140,
      render: (_value, row) =>
        row.progress === null ? (
          <Typography.Text type="secondary">{t(common.none)}</Typography.Text>
        ) : (
          <Progress percent={row.progress} size="small" />
        ),
    },
  ];
  return (
    <Table<PeriodSummary>
      rowKey="periodId"
      size="middle"
      columns={columns}
      dataSource={props.data}
      loading={props.isLoading}
      scroll={{ x: 1080 }}
      locale={{ emptyText: t(reportsText.noPeriods) }}
      onChange={(_pagination, _filters, sorter) => {
        const one = Array.isArray(sorter) ? sorter[0] : sorter;
        const key =
          typeof one?.columnKey === 'string' && SORTABLE.includes(one.columnKey) ? one.columnKey : undefined;
        if (!one?.order || !key) return props.onSortChange(undefined, undefined);
        props.onSortChange(key as PeriodSortField, one.order === 'descend' ? 'desc' : 'asc');
      }}
      onRow={(row) => ({ onClick: () => props.onOpen(row), style: { cursor: 'pointer' } })}
      pagination={serverPagination(t, {
        page: props.page,
        pageSize: props.pageSize,
        total: props.total,
        onChange: props.onPageChange,
      })}
    />
  );
}
