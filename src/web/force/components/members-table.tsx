import {
  EditOutlined,
  LogoutOutlined,
  MoreOutlined,
  PauseCircleOutlined,
  PlayCircleOutlined,
} from '@ant-design/icons';
import {
  Button,
  Dropdown,
  Flex,
  Table,
  Tag,
  Tooltip,
  Typography,
  type MenuProps,
  type TableColumnsType,
} from 'antd';
import { Link } from 'react-router';
import type { MemberSummary } from '../../../domain/force/force-api.schemas.ts';
import {
  LEAVE_REASON_SHORT_LABELS,
  MEMBER_ORIGIN_LABELS,
  MEMBER_ROLE_LABELS,
  MEMBER_STATUS_LABELS,
  SEX_LABELS,
} from '../../../domain/force/force.labels.ts';
import type { MemberRole, MemberStatus } from '../../../domain/force/force.schemas.ts';
import { formatDate, formatNumber } from '../../lib/format.ts';
import { common, useT } from '../../lib/i18n.ts';
import { membersText } from '../member-messages.ts';
import type { MemberSortField, SortOrder } from '../types.ts';
import { MaskedIdentity } from './masked-identity.tsx';
import { columnSortOrder, serverPagination, serverTableChange } from '../../components/server-pagination.ts';
import type { useReveal } from './use-reveal.ts';

export const ROLE_COLORS: Record<MemberRole, string> = {
  to_truong: 'red',
  to_pho: 'orange',
  to_vien: 'blue',
};
export const STATUS_COLORS: Record<MemberStatus, string> = {
  active: 'success',
  suspended: 'warning',
  left: 'default',
};

const SORT_FIELDS: readonly MemberSortField[] = [
  'name',
  'dateOfBirth',
  'role',
  'team',
  'status',
  'updatedAt',
];

export type MemberAction = 'edit' | 'leave' | 'suspend' | 'reinstate';

interface MembersTableProps {
  /** What the table says when empty: nothing yet, nothing in scope, or nothing matching the filters. */
  emptyText: string;
  data: MemberSummary[];
  total: number;
  /** The server stopped counting at `total`: "more than …". */
  totalCapped: boolean;
  isLoading: boolean;
  page: number;
  pageSize: number;
  sort: MemberSortField;
  order: SortOrder;
  canEdit: boolean;
  showCommune: boolean;
  reveal: ReturnType<typeof useReveal>;
  onPageChange: (page: number, pageSize: number) => void;
  onSortChange: (sort: MemberSortField, order: SortOrder) => void;
  onAction: (action: MemberAction, member: MemberSummary) => void;
}

export function MembersTable(props: MembersTableProps) {
  const t = useT();
  const sortOrderOf = (field: MemberSortField) => columnSortOrder(props, field);
  const { revealed, reveal, hide, pendingId } = props.reveal;

  const columns: TableColumnsType<MemberSummary> = [
    {
      title: t(membersText.fullName),
      dataIndex: 'fullName',
      key: 'name',
      sorter: true,
      sortOrder: sortOrderOf('name'),
      fixed: 'left',
      width: 200,
      render: (fullName: string, row) => (
        <Flex vertical>
          <Link to={`/force/members/${row.id}`} aria-label={t(membersText.openMember, { name: fullName })}>
            <Typography.Text strong style={{ color: 'inherit' }}>
              {fullName}
            </Typography.Text>
          </Link>
          {props.showCommune ? (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {row.unit.name}
            </Typography.Text>
          ) : null}
          {row.status === 'active' ? null : (
            <Tag color={STATUS_COLORS[row.status]} style={{ width: 'fit-content', marginTop: 2 }}>
              {t(MEMBER_STATUS_LABELS[row.status])}
            </Tag>
          )}
        </Flex>
      ),
    },
    {
      title: t(membersText.dateOfBirth),
      dataIndex: 'dateOfBirth',
      key: 'dateOfBirth',
      sorter: true,
      sortOrder: sortOrderOf('dateOfBirth'),
      width: 130,
      render: (value: string, row) => `${formatDate(value)} · ${t(SEX_LABELS[row.sex])}`,
    },
    {
      title: t(membersText.cccd),
      dataIndex: 'cccd',
      key: 'cccd',
      width: 180,
      render: (masked: string, row) => (
        <MaskedIdentity
          name={row.fullName}
          masked={masked}
          whole={revealed[row.id]?.cccd}
          isPending={pendingId === row.id}
          canReveal
          onReveal={() => reveal(row.id)}
          onHide={() => hide(row.id)}
        />
      ),
    },
    {
      title: t(membersText.phone),
      dataIndex: 'phone',
      key: 'phone',
      width: 130,
      render: (masked: string | null, row) =>
        masked ? (
          <MaskedIdentity
            name={row.fullName}
            masked={masked}
            whole={revealed[row.id]?.phone}
            isPending={false}
            canReveal={false}
            onReveal={() => reveal(row.id)}
            onHide={() => hide(row.id)}
          />
        ) : (
          t(common.none)
        ),
    },
    {
      title: t(membersText.role),
      dataIndex: 'role',
      key: 'role',
      sorter: true,
      sortOrder: sortOrderOf('role'),
      width: 110,
      render: (role: MemberRole) => <Tag color={ROLE_COLORS[role]}>{t(MEMBER_ROLE_LABELS[role])}</Tag>,
    },
    {
      title: t(membersText.team),
      key: 'team',
      sorter: true,
      sortOrder: sortOrderOf('team'),
      width: 220,
      render: (_value, row) => (
        <Flex vertical>
          <span>{row.team.name}</span>
          {row.village ? (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {row.village.name}
            </Typography.Text>
          ) : null}
        </Flex>
      ),
    },
    {
      title: t(membersText.status),
      dataIndex: 'status',
      key: 'status',
      sorter: true,
      sortOrder: sortOrderOf('status'),
      width: 170,
      render: (status: MemberStatus, row) => (
        <Flex vertical gap={2}>
          <Tag color={STATUS_COLORS[status]} style={{ width: 'fit-content' }}>
            {t(MEMBER_STATUS_LABELS[status])}
          </Tag>
          {status === 'left' && row.leaveReason ? (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {formatDate(row.leftOn)} · ({row.leaveReason}) {t(LEAVE_REASON_SHORT_LABELS[row.leaveReason])}
            </Typography.Text>
          ) : null}
        </Flex>
      ),
    },
    {
      title: t(membersText.origin),
      dataIndex: 'origin',
      key: 'origin',
      width: 170,
      render: (origin: MemberSummary['origin']) => t(MEMBER_ORIGIN_LABELS[origin]),
    },
  ];

  if (props.canEdit) {
    columns.push({
      title: t(common.actions),
      key: 'actions',
      width: 96,
      fixed: 'right',
      render: (_value, row) => {
        const items: MenuProps['items'] =
          row.status === 'left'
            ? []
            : [
                row.status === 'active'
                  ? { key: 'suspend', icon: <PauseCircleOutlined />, label: t(membersText.suspend) }
                  : { key: 'reinstate', icon: <PlayCircleOutlined />, label: t(membersText.reinstate) },
                { key: 'leave', icon: <LogoutOutlined />, label: t(membersText.leave), danger: true },
              ];
        return (
          <Flex gap={4}>
            <Tooltip title={t(common.edit)}>
              <Button
                type="text"
                icon={<EditOutlined />}
                aria-label={t(membersText.editAction, { name: row.fullName })}
                disabled={row.status === 'left'}
                onClick={() => props.onAction('edit', row)}
              />
            </Tooltip>
            {items.length > 0 ? (
              <Dropdown
                trigger={['click']}
                menu={{ items, onClick: ({ key }) => props.onAction(key as MemberAction, row) }}
              >
                <Button
                  type="text"
                  icon={<MoreOutlined />}
                  aria-label={t(membersText.moreActions, { name: row.fullName })}
                />
              </Dropdown>
            ) : null}
          </Flex>
        );
      },
    });
  }

  const handleChange = serverTableChange<MemberSummary, MemberSortField>({
    sortFields: SORT_FIELDS,
    defaultSort: 'name',
    pageSize: props.pageSize,
    onSortChange: props.onSortChange,
    onPageChange: props.onPageChange,
  });

  return (
    <Table<MemberSummary>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={props.data}
      loading={props.isLoading}
      onChange={handleChange}
      scroll={{ x: 1440 }}
      locale={{ emptyText: props.emptyText }}
      pagination={{
        ...serverPagination(t, { page: props.page, pageSize: props.pageSize, total: props.total }),
        ...(props.totalCapped
          ? {
              showTotal: (total: number, range: [number, number]) =>
                t(membersText.rangeMore, {
                  from: formatNumber(range[0]),
                  to: formatNumber(range[1]),
                  total: formatNumber(total),
                }),
            }
          : {}),
      }}
    />
  );
}
