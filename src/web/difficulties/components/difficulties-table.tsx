import { FormOutlined } from '@ant-design/icons';
import { Button, Flex, Table, Tooltip, Typography, type TableColumnsType, type TableProps } from 'antd';
import type { Difficulty } from '../../../domain/difficulties/difficulties.schemas.ts';
import { DifficultyStateTag } from '../../components/difficulty-state-tag.tsx';
import { formatDate, formatDateTime } from '../../lib/format.ts';
import { useT } from '../../lib/i18n.ts';
import { difficultiesText } from '../messages.ts';
import type { DifficultySortField, SortOrder } from '../types.ts';
import { serverPagination } from '../../components/server-pagination.ts';

const SORTABLE: readonly string[] = ['raisedAt', 'dueDate', 'unit', 'task', 'state', 'answeredAt'];

function isSortField(value: unknown): value is DifficultySortField {
  return typeof value === 'string' && SORTABLE.includes(value);
}

/** "dd/mm/yyyy HH:mm" */
const minute = (value: string) => formatDateTime(value).slice(0, 16);

interface DifficultiesTableProps {
  data: Difficulty[];
  total: number;
  isLoading: boolean;
  page: number;
  pageSize: number;
  sort: DifficultySortField;
  order: SortOrder;
  onPageChange: (page: number, pageSize: number) => void;
  onSortChange: (sort: DifficultySortField, order: SortOrder) => void;
  onOpen: (difficulty: Difficulty) => void;
}

export function DifficultiesTable(props: DifficultiesTableProps) {
  const t = useT();
  const sortOrderOf = (field: DifficultySortField) =>
    props.sort === field ? (props.order === 'asc' ? 'ascend' : 'descend') : null;

  const columns: TableColumnsType<Difficulty> = [
    {
      title: t(difficultiesText.difficulty),
      key: 'task',
      sorter: true,
      sortOrder: sortOrderOf('task'),
      showSorterTooltip: { title: t(difficultiesText.sortByTask) },
      render: (_value, row) => (
        <div style={{ minWidth: 180 }}>
          <Typography.Paragraph ellipsis={{ rows: 3, tooltip: row.text }} style={{ margin: 0 }}>
            {row.text}
          </Typography.Paragraph>
          <Tooltip title={row.task.title}>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t(difficultiesText.taskCode, { code: row.task.code })} · {row.plan.number ?? row.plan.title}
            </Typography.Text>
          </Tooltip>
        </div>
      ),
    },
    {
      title: t(difficultiesText.unit),
      key: 'unit',
      sorter: true,
      sortOrder: sortOrderOf('unit'),
      width: 140,
      render: (_value, row) => row.unit.name,
    },
    {
      title: t(difficultiesText.dueDate),
      key: 'dueDate',
      sorter: true,
      sortOrder: sortOrderOf('dueDate'),
      width: 120,
      render: (_value, row) => (
        <Flex vertical>
          <span>{formatDate(row.period.dueDate)}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {row.period.label}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      title: t(difficultiesText.raisedAt),
      key: 'raisedAt',
      sorter: true,
      sortOrder: sortOrderOf('raisedAt'),
      width: 104,
      render: (_value, row) => formatDate(row.raisedAt),
    },
    {
      title: t(difficultiesText.state),
      key: 'state',
      sorter: true,
      sortOrder: sortOrderOf('state'),
      width: 116,
      render: (_value, row) => <DifficultyStateTag state={row.state} />,
    },
    {
      title: t(difficultiesText.answer),
      key: 'answeredAt',
      sorter: true,
      sortOrder: sortOrderOf('answeredAt'),
      showSorterTooltip: { title: t(difficultiesText.sortByAnsweredAt) },
      width: 214,
      render: (_value, row) =>
        row.answer ? (
          <div>
            <Typography.Paragraph ellipsis={{ rows: 2, tooltip: row.answer }} style={{ margin: 0 }}>
              {row.answer}
            </Typography.Paragraph>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {row.answeredBy?.displayName ?? t(difficultiesText.system)}
              {row.answeredAt ? ` · ${minute(row.answeredAt)}` : ''}
            </Typography.Text>
          </div>
        ) : (
          <Typography.Text type="secondary">{t(difficultiesText.noAnswer)}</Typography.Text>
        ),
    },
    {
      title: '',
      key: 'actions',
      width: 56,
      fixed: 'right',
      render: (_value, row) => (
        <Tooltip title={t(difficultiesText.open)}>
          <Button
            size="small"
            type={row.canAnswer && row.state === 'open' ? 'primary' : 'default'}
            icon={<FormOutlined />}
            aria-label={t(difficultiesText.openItem, { unit: row.unit.name })}
            onClick={(event) => {
              event.stopPropagation();
              props.onOpen(row);
            }}
          />
        </Tooltip>
      ),
    },
  ];

  const handleChange: TableProps<Difficulty>['onChange'] = (pagination, _filters, sorter, extra) => {
    if (extra.action === 'sort') {
      const single = Array.isArray(sorter) ? sorter[0] : sorter;
      const field = single?.columnKey;
      if (single?.order && isSortField(field))
        props.onSortChange(field, single.order === 'ascend' ? 'asc' : 'desc');
      else props.onSortChange('raisedAt', 'desc');
      return;
    }
    props.onPageChange(pagination.current ?? 1, pagination.pageSize ?? props.pageSize);
  };

  return (
    <Table<Difficulty>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={props.data}
      loading={props.isLoading}
      onChange={handleChange}
      scroll={{ x: 930 }}
      locale={{ emptyText: t(difficultiesText.empty) }}
      onRow={(row) => ({ onClick: () => props.onOpen(row), style: { cursor: 'pointer' } })}
      pagination={serverPagination(t, {
        page: props.page,
        pageSize: props.pageSize,
        total: props.total,
        pageSizeOptions: [10, 20, 50, 100],
      })}
    />
  );
}
