import { ApartmentOutlined } from '@ant-design/icons';
import { Flex, Table, Tag, Tooltip, Typography, type TableColumnsType, type TableProps } from 'antd';
import { Link } from 'react-router';
import type { PlanSummary } from '../../../domain/plans/plan-api.schemas.ts';
import { formatDate, formatNumber } from '../../lib/format.ts';
import { common, useT } from '../../lib/i18n.ts';
import { plansText, STATUS_COLORS, STATUS_LABELS } from '../messages.ts';
import type { PlanSortField, SortOrder } from '../types.ts';
import { serverPagination } from '../../components/server-pagination.ts';

const SORTABLE: readonly string[] = ['number', 'title', 'date', 'updatedAt'];

function isSortField(value: unknown): value is PlanSortField {
  return typeof value === 'string' && SORTABLE.includes(value);
}

interface PlansTableProps {
  data: PlanSummary[];
  total: number;
  isLoading: boolean;
  page: number;
  pageSize: number;
  sort: PlanSortField;
  order: SortOrder;
  onPageChange: (page: number, pageSize: number) => void;
  onSortChange: (sort: PlanSortField, order: SortOrder) => void;
}

export function PlansTable(props: PlansTableProps) {
  const t = useT();
  const sortOrderOf = (field: PlanSortField) =>
    props.sort === field ? (props.order === 'asc' ? 'ascend' : 'descend') : null;

  const columns: TableColumnsType<PlanSummary> = [
    {
      title: t(plansText.number),
      dataIndex: 'number',
      key: 'number',
      sorter: true,
      sortOrder: sortOrderOf('number'),
      width: 150,
      render: (number: string | null, plan) => (
        <Link to={`/plans/${plan.id}`} aria-label={t(plansText.openPlan, { name: number ?? plan.title })}>
          <Typography.Text strong style={{ color: 'inherit' }}>
            {number ?? t(common.none)}
          </Typography.Text>
        </Link>
      ),
    },
    {
      title: t(plansText.planTitle),
      dataIndex: 'title',
      key: 'title',
      sorter: true,
      sortOrder: sortOrderOf('title'),
      render: (title: string, plan) => (
        <Flex vertical gap={2}>
          <Link to={`/plans/${plan.id}`}>{title}</Link>
          {plan.parentPlanId ? (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              <ApartmentOutlined /> {t(plansText.subPlanOf)} · {plan.ownerUnit.name}
            </Typography.Text>
          ) : null}
        </Flex>
      ),
    },
    {
      title: t(plansText.issuer),
      dataIndex: 'issuer',
      key: 'issuer',
      width: 220,
      render: (issuer: string | null, plan) => issuer ?? plan.ownerUnit.name,
    },
    {
      title: t(plansText.date),
      dataIndex: 'date',
      key: 'date',
      sorter: true,
      sortOrder: sortOrderOf('date'),
      width: 130,
      render: (date: string | null) => formatDate(date) || t(common.none),
    },
    {
      title: t(plansText.status),
      dataIndex: 'status',
      key: 'status',
      width: 150,
      render: (status: PlanSummary['status']) => (
        <Tag color={STATUS_COLORS[status]}>{t(STATUS_LABELS[status])}</Tag>
      ),
    },
    {
      title: t(plansText.taskCount),
      dataIndex: 'taskCount',
      key: 'taskCount',
      width: 110,
      align: 'right',
      render: (count: number) => (
        <Tooltip title={t(plansText.taskCount)}>
          <span>{formatNumber(count)}</span>
        </Tooltip>
      ),
    },
  ];

  const handleChange: TableProps<PlanSummary>['onChange'] = (pagination, _filters, sorter, extra) => {
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
    <Table<PlanSummary>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={props.data}
      loading={props.isLoading}
      onChange={handleChange}
      scroll={{ x: 960 }}
      locale={{ emptyText: t(plansText.empty) }}
      pagination={serverPagination(t, {
        page: props.page,
        pageSize: props.pageSize,
        total: props.total,
        pageSizeOptions: [10, 20, 50, 100],
      })}
    />
  );
}
