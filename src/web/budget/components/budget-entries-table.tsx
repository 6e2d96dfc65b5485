import { Flex, Table, Tag, Typography, type TableColumnsType, type TableProps } from 'antd';
import {
  BUDGET_KIND_LABELS,
  BUDGET_SORTS,
  BUDGET_SOURCE_LABELS,
  type BudgetEntry,
  type BudgetKind,
  type BudgetSort,
} from '../../../domain/budget/budget.schemas.ts';
import { serverPagination } from '../../components/server-pagination.ts';
import { formatDate } from '../../lib/format.ts';
import { useT } from '../../lib/i18n.ts';
import { monthText, vnd } from '../format.ts';
import { budgetText } from '../messages.ts';
import type { SortOrder } from '../types.ts';

const KIND_COLORS: Record<BudgetKind, string> = {
  estimate: 'default',
  allocation: 'blue',
  spending: 'orange',
  settlement: 'green',
};

const isSort = (value: unknown): value is BudgetSort =>
  typeof value === 'string' && (BUDGET_SORTS as readonly string[]).includes(value);

interface BudgetEntriesTableProps {
  data: BudgetEntry[];
  total: number;
  isLoading: boolean;
  page: number;
  pageSize: number;
  sort: BudgetSort;
  order: SortOrder;
  onPageChange: (page: number, pageSize: number) => void;
  onSortChange: (sort: BudgetSort, order: SortOrder) => void;
  onOpen: (entry: BudgetEntry) => void;
}

export function BudgetEntriesTable(props: BudgetEntriesTableProps) {
  const t = useT();
  const sortOrderOf = (field: BudgetSort): 'ascend' | 'descend' | null =>
    props.sort === field ? (props.order === 'asc' ? 'ascend' : 'descend') : null;
  const sortable = (field: BudgetSort) => ({ key: field, sorter: true, sortOrder: sortOrderOf(field) });

  const columns: TableColumnsType<BudgetEntry> = [
    {
      title: t(budgetText.entryDate),
      ...sortable('entryDate'),
      width: 110,
      render: (_v, row) => formatDate(row.entryDate),
    },
    {
      title: t(budgetText.unit),
      ...sortable('unit'),
      width: 190,
      render: (_v, row) => row.unit.name,
    },
    {
      title: t(budgetText.year),
      ...sortable('fiscalYear'),
      width: 90,
      align: 'center',
      render: (_v, row) => row.fiscalYear,
    },
    {
      title: t(budgetText.kind),
      ...sortable('kind'),
      width: 130,
      render: (_v, row) => <Tag color={KIND_COLORS[row.kind]}>{t(BUDGET_KIND_LABELS[row.kind])}</Tag>,
    },
    {
      title: t(budgetText.source),
      ...sortable('source'),
      width: 180,
      render: (_v, row) => t(BUDGET_SOURCE_LABELS[row.source]),
    },
    {
      title: t(budgetText.amount),
      ...sortable('amount'),
      width: 160,
      align: 'right',
      render: (_v, row) => (
        <span style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>{vnd(row.amount)}</span>
      ),
    },
    {
      title: t(budgetText.note),
      key: 'note',
      render: (_v, row) => (
        <Flex vertical style={{ minWidth: 200 }}>
          <Typography.Paragraph ellipsis={{ rows: 2, tooltip: row.note }} style={{ margin: 0 }}>
            {row.note}
          </Typography.Paragraph>
          <Typography.Text type="secondary" style={{ fontSize: 12 }} title={row.task?.title}>
            {[
              row.documentNumber,
              row.task ? t(budgetText.taskCode, { code: row.task.code }) : null,
              row.payrollMonth ? t(budgetText.payrollMonth, { month: monthText(row.payrollMonth) }) : null,
            ]
              .filter(Boolean)
              .join(' · ')}
          </Typography.Text>
        </Flex>
      ),
    },
  ];

  const handleChange: TableProps<BudgetEntry>['onChange'] = (_pagination, _filters, sorter, extra) => {
    if (extra.action !== 'sort' || Array.isArray(sorter)) return;
    const field = sorter.columnKey;
    if (isSort(field) && sorter.order) props.onSortChange(field, sorter.order === 'ascend' ? 'asc' : 'desc');
    else props.onSortChange('entryDate', 'desc');
  };

  return (
    <Table<BudgetEntry>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={props.data}
      loading={props.isLoading}
      onChange={handleChange}
      locale={{ emptyText: t(budgetText.empty) }}
      onRow={(row) => ({ onClick: () => props.onOpen(row), style: { cursor: 'pointer' } })}
      pagination={serverPagination(t, {
        page: props.page,
        pageSize: props.pageSize,
        total: props.total,
        onChange: props.onPageChange,
      })}
      scroll={{ x: 1100 }}
    />
  );
}
