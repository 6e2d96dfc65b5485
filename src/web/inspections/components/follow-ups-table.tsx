import { CheckOutlined } from '@ant-design/icons';
import { Button, Flex, Table, Typography, type TableColumnsType, type TableProps } from 'antd';
import { Link } from 'react-router';
import type { FollowUpListItem } from '../../../domain/inspections/inspections.schemas.ts';
import { formatDate } from '../../lib/format.ts';
import { useT } from '../../lib/i18n.ts';
import { inspectionsText } from '../messages.ts';
import type { SortOrder } from '../types.ts';
import { followUpRowClass } from './follow-ups-of-finding.tsx';
import { FindingKindTag, FollowUpStateTag } from './status-tags.tsx';
import { serverPagination } from '../../components/server-pagination.ts';

interface FollowUpsTableProps {
  data: FollowUpListItem[];
  total: number;
  isLoading: boolean;
  page: number;
  pageSize: number;
  order: SortOrder;
  emptyText: string;
  /** Listing one's own unit's actions: the responsible unit goes without saying. */
  showResponsibleUnit: boolean;
  onPageChange: (page: number, pageSize: number) => void;
  onOrderChange: (order: SortOrder) => void;
  onComplete: (followUp: FollowUpListItem) => void;
}

export function FollowUpsTable(props: FollowUpsTableProps) {
  const t = useT();
  const columns: TableColumnsType<FollowUpListItem> = [
    {
      title: t(inspectionsText.what),
      key: 'what',
      render: (_v, row) => (
        <Flex vertical gap={4} style={{ minWidth: 260 }}>
          <Typography.Text strong>{row.what}</Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            <FindingKindTag kind={row.finding.kind} />
            {row.finding.text}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      title: t(inspectionsText.inspection),
      key: 'inspection',
      width: 230,
      render: (_v, row) => (
        <Flex vertical gap={2}>
          <Link to={`/inspections/${row.inspection.id}`}>{row.inspection.subject}</Link>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {[row.inspection.inspectingUnit.name, formatDate(row.inspection.actualDate)]
              .filter(Boolean)
              .join(' · ')}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      title: t(inspectionsText.dueDate),
      key: 'dueDate',
      width: 120,
      sorter: true,
      sortOrder: props.order === 'asc' ? 'ascend' : 'descend',
      sortDirections: ['ascend', 'descend', 'ascend'],
      render: (_v, row) => formatDate(row.dueDate),
    },
    {
      title: t(inspectionsText.state),
      key: 'state',
      width: 150,
      render: (_v, row) => <FollowUpStateTag state={row.state} isDueSoon={row.isDueSoon} />,
    },
    {
      title: t(inspectionsText.result),
      key: 'result',
      width: 240,
      render: (_v, row) =>
        row.doneOn ? (
          <Flex vertical>
            <Typography.Text>{row.result}</Typography.Text>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {formatDate(row.doneOn)}
              {row.doneBy ? ` · ${row.doneBy.displayName}` : ''}
            </Typography.Text>
          </Flex>
        ) : row.canComplete ? (
          <Button
            size="small"
            type="primary"
            ghost
            icon={<CheckOutlined />}
            onClick={() => props.onComplete(row)}
          >
            {t(inspectionsText.completeFollowUp)}
          </Button>
        ) : null,
    },
  ];

  if (props.showResponsibleUnit) {
    columns.splice(2, 0, {
      title: t(inspectionsText.responsibleUnit),
      key: 'unit',
      width: 160,
      render: (_v, row) => row.responsibleUnit.name,
    });
  }

  const handleChange: TableProps<FollowUpListItem>['onChange'] = (pagination, _filters, sorter, extra) => {
    if (extra.action === 'sort') {
      const single = Array.isArray(sorter) ? sorter[0] : sorter;
      props.onOrderChange(single?.order === 'descend' ? 'desc' : 'asc');
      return;
    }
    props.onPageChange(pagination.current ?? 1, pagination.pageSize ?? props.pageSize);
  };

  return (
    <Table<FollowUpListItem>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={props.data}
      loading={props.isLoading}
      onChange={handleChange}
      rowClassName={followUpRowClass}
      scroll={{ x: 1120 }}
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
