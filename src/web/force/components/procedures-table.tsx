import { Flex, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { Link } from 'react-router';
import type { ProcedureSummary } from '../../../domain/force/force-api.schemas.ts';
import { LEAVE_REASON_SHORT_LABELS } from '../../../domain/force/force.labels.ts';
import { PROCEDURE_KIND_LABELS } from '../../../domain/force/procedure-steps.ts';
import { formatDate, formatNumber } from '../../lib/format.ts';
import { useT } from '../../lib/i18n.ts';
import { proceduresText } from '../procedure-messages.ts';
import { serverPagination } from '../../components/server-pagination.ts';
import { KIND_COLORS, PROCEDURE_STATUS_COLORS, PROCEDURE_STATUS_TEXT } from './procedure-labels.ts';

interface ProceduresTableProps {
  /** What the table says when empty: nothing yet, nothing in scope, or nothing matching the filters. */
  emptyText: string;
  data: ProcedureSummary[];
  total: number;
  isLoading: boolean;
  page: number;
  pageSize: number;
  showCommune: boolean;
  onPageChange: (page: number, pageSize: number) => void;
  onOpen: (procedure: ProcedureSummary) => void;
}

export function ProceduresTable(props: ProceduresTableProps) {
  const t = useT();
  const columns: TableColumnsType<ProcedureSummary> = [
    {
      title: t(proceduresText.procedureTitle),
      key: 'title',
      sorter: (a, b) => a.title.localeCompare(b.title, 'vi'),
      render: (_value, row) => (
        <Flex vertical gap={2}>
          <Link
            to={`/force/procedures/${row.id}`}
            aria-label={t(proceduresText.open, { title: row.title })}
            onClick={(event) => event.stopPropagation()}
          >
            <Typography.Text strong style={{ color: 'inherit' }}>
              {row.title}
            </Typography.Text>
          </Link>
          <Flex gap={4} wrap>
            <Tag color={KIND_COLORS[row.kind]}>{t(PROCEDURE_KIND_LABELS[row.kind])}</Tag>
            {row.leaveReason ? (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                ({row.leaveReason}) {t(LEAVE_REASON_SHORT_LABELS[row.leaveReason])}
              </Typography.Text>
            ) : null}
          </Flex>
          {props.showCommune ? (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {row.unit.name}
            </Typography.Text>
          ) : null}
        </Flex>
      ),
    },
    {
      title: t(proceduresText.nextStep),
      key: 'nextStep',
      width: 300,
      render: (_value, row) =>
        row.nextStep ? (
          <Flex vertical gap={2}>
            <Typography.Text type={row.nextStep.status === 'overdue' ? 'danger' : undefined}>
              {row.nextStep.title}
            </Typography.Text>
            {row.nextStep.dueDate ? (
              <Typography.Text
                type={row.nextStep.status === 'overdue' ? 'danger' : 'secondary'}
                strong={row.nextStep.status === 'overdue'}
                style={{ fontSize: 12 }}
              >
                {t(proceduresText.due, { date: formatDate(row.nextStep.dueDate) })}
              </Typography.Text>
            ) : null}
          </Flex>
        ) : (
          <Typography.Text type="secondary">{t(proceduresText.allDone)}</Typography.Text>
        ),
    },
    {
      title: t(proceduresText.lateSteps),
      dataIndex: 'lateSteps',
      key: 'lateSteps',
      width: 120,
      sorter: (a, b) => a.lateSteps - b.lateSteps,
      onCell: (row) => ({ style: row.lateSteps > 0 ? { background: '#fff1f0' } : {} }),
      render: (value: number) =>
        value > 0 ? (
          <Tag color="error">{t(proceduresText.lateCount, { count: formatNumber(value) })}</Tag>
        ) : (
          '0'
        ),
    },
    {
      title: t(proceduresText.status),
      dataIndex: 'status',
      key: 'status',
      width: 140,
      render: (status: ProcedureSummary['status']) => (
        <Tag color={PROCEDURE_STATUS_COLORS[status]}>{t(PROCEDURE_STATUS_TEXT[status])}</Tag>
      ),
    },
    {
      title: t(proceduresText.team),
      key: 'team',
      width: 180,
      render: (_value, row) => row.team?.name ?? '',
    },
    {
      title: t(proceduresText.startedOn),
      dataIndex: 'startedOn',
      key: 'startedOn',
      width: 120,
      sorter: (a, b) => a.startedOn.localeCompare(b.startedOn),
      render: (value: string) => formatDate(value),
    },
    {
      title: t(proceduresText.persons),
      dataIndex: 'personCount',
      key: 'personCount',
      width: 110,
      align: 'right',
      render: (value: number) => formatNumber(value),
    },
  ];
  return (
    <Table<ProcedureSummary>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={props.data}
      loading={props.isLoading}
      scroll={{ x: 1200 }}
      locale={{ emptyText: props.emptyText }}
      rowClassName={(row) => (row.lateSteps > 0 ? 'force-row--late' : '')}
      onRow={(row) => ({ onClick: () => props.onOpen(row), style: { cursor: 'pointer' } })}
      onChange={(pagination, _filters, _sorter, extra) => {
        if (extra.action === 'paginate')
          props.onPageChange(pagination.current ?? 1, pagination.pageSize ?? props.pageSize);
      }}
      pagination={serverPagination(t, { page: props.page, pageSize: props.pageSize, total: props.total })}
    />
  );
}
