import { Flex, Table, Tag, Typography, type TableColumnsType, type TableProps } from 'antd';
import { Link } from 'react-router';
import { INSPECTION_SORTS, type InspectionSummary } from '../../../domain/inspections/inspections.schemas.ts';
import { formatDate, formatNumber } from '../../lib/format.ts';
import { common, useT } from '../../lib/i18n.ts';
import { inspectionsText } from '../messages.ts';
import type { InspectionSort, SortOrder } from '../types.ts';
import { InspectionStateTag } from './status-tags.tsx';
import { serverPagination } from '../../components/server-pagination.ts';

function isSortField(value: unknown): value is InspectionSort {
  return typeof value === 'string' && (INSPECTION_SORTS as readonly string[]).includes(value);
}

interface InspectionsTableProps {
  data: InspectionSummary[];
  total: number;
  isLoading: boolean;
  page: number;
  pageSize: number;
  sort: InspectionSort;
  order: SortOrder;
  emptyText: string;
  onPageChange: (page: number, pageSize: number) => void;
  onSortChange: (sort: InspectionSort, order: SortOrder) => void;
}

function dateCell(row: InspectionSummary) {
  if (row.actualDate) return formatDate(row.actualDate);
  const to = row.plannedTo && row.plannedTo !== row.plannedFrom ? ` – ${formatDate(row.plannedTo)}` : '';
  return `${formatDate(row.plannedFrom)}${to}`;
}

export function InspectionsTable(props: InspectionsTableProps) {
  const t = useT();
  const sortOrderOf = (field: InspectionSort) =>
    props.sort === field ? (props.order === 'asc' ? 'ascend' : 'descend') : null;
  const columns: TableColumnsType<InspectionSummary> = [
    {
      title: t(inspectionsText.subject),
      dataIndex: 'subject',
      key: 'subject',
      sorter: true,
      sortOrder: sortOrderOf('subject'),
      render: (subject: string, row) => (
        <Flex vertical gap={2} style={{ minWidth: 260 }}>
          <Link to={`/inspections/${row.id}`} aria-label={t(inspectionsText.open, { name: subject })}>
            {subject}
          </Link>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {[
              row.plan.number,
              row.task ? `${t(inspectionsText.taskShort)} ${row.task.code}` : null,
              row.decisionNumber,
            ]
              .filter(Boolean)
              .join(' · ')}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      title: t(inspectionsText.inspectedUnit),
      key: 'inspectedUnit',
      sorter: true,
      sortOrder: sortOrderOf('inspectedUnit'),
      width: 190,
      render: (_value, row) => row.inspectedUnit.name,
    },
    {
      title: t(inspectionsText.inspectingUnit),
      key: 'inspectingUnit',
      width: 170,
      render: (_value, row) => row.inspectingUnit.name,
    },
    {
      title: t(inspectionsText.date),
      key: 'date',
      sorter: true,
      sortOrder: sortOrderOf('date'),
      width: 130,
      render: (_value, row) => dateCell(row),
    },
    {
      title: t(inspectionsText.state),
      dataIndex: 'state',
      key: 'state',
      sorter: true,
      sortOrder: sortOrderOf('state'),
      width: 130,
      render: (state: InspectionSummary['state']) => <InspectionStateTag state={state} />,
    },
    {
      title: t(inspectionsText.openFollowUps),
      key: 'followUps',
      width: 150,
      render: (_value, row) =>
        row.state !== 'done' ? (
          <Typography.Text type="secondary">{t(common.none)}</Typography.Text>
        ) : (
          <Flex gap={4} wrap align="center">
            <span>{formatNumber(row.openFollowUpCount)}</span>
            {row.overdueFollowUpCount > 0 ? (
              <Tag color="red">{t(inspectionsText.overdueCount, { count: row.overdueFollowUpCount })}</Tag>
            ) : null}
          </Flex>
        ),
    },
  ];

  const handleChange: TableProps<InspectionSummary>['onChange'] = (pagination, _filters, sorter, extra) => {
    if (extra.action === 'sort') {
      const single = Array.isArray(sorter) ? sorter[0] : sorter;
      const field = single?.columnKey;
      if (single?.order && isSortField(field))
        props.onSortChange(field, single.order === 'ascend' ? 'asc' : 'desc');
      else props.onSortChange('date', 'desc');
      return;
    }
    props.onPageChange(pagination.current ?? 1, pagination.pageSize ?? props.pageSize);
  };

  return (
    <Table<InspectionSummary>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={props.data}
      loading={props.isLoading}
      onChange={handleChange}
      scroll={{ x: 1040 }}
      locale={{ emptyText: props.emptyText }}
      pagination={serverPagination(t, {
        page: props.page,
        pageSize: props.pageSize,
        total: props.total,
        pageSizeOptions: [10, 20, 50, 100],
      })}
    />
  );
}
