import { EditOutlined, KeyOutlined, LockOutlined, MoreOutlined, UnlockOutlined } from '@ant-design/icons';
import {
  App,
  Button,
  Dropdown,
  Flex,
  Table,
  Tag,
  Tooltip,
  Typography,
  type TableColumnsType,
  type TableProps,
} from 'antd';
import { ROLE_LABELS, type Role } from '../../../domain/auth/constants.ts';
import type { User } from '../../../domain/users/users.schemas.ts';
import { formatDate, formatDateTime } from '../../lib/format.ts';
import { common, useT } from '../../lib/i18n.ts';
import { usersText } from '../messages.ts';
import type { SortOrder, UserSortField } from '../types.ts';
import { serverPagination } from '../../components/server-pagination.ts';

export const ROLE_COLORS: Record<Role, string> = {
  admin: 'magenta',
  coordinator: 'red',
  leader: 'gold',
  agency: 'blue',
  commune_police: 'green',
};

const SORTABLE: readonly string[] = ['username', 'displayName', 'role', 'createdAt'];

function isSortField(value: unknown): value is UserSortField {
  return typeof value === 'string' && SORTABLE.includes(value);
}

interface UsersTableProps {
  data: User[];
  total: number;
  isLoading: boolean;
  page: number;
  pageSize: number;
  sort: UserSortField;
  order: SortOrder;
  onPageChange: (page: number, pageSize: number) => void;
  onSortChange: (sort: UserSortField, order: SortOrder) => void;
  onEdit: (user: User) => void;
  onResetPassword: (user: User) => void;
  onToggleActive: (user: User) => void;
}

export function UsersTable(props: UsersTableProps) {
  const t = useT();
  const { modal } = App.useApp();
  const sortOrderOf = (field: UserSortField) =>
    props.sort === field ? (props.order === 'asc' ? 'ascend' : 'descend') : null;

  const confirmToggle = (user: User) => {
    void modal.confirm({
      title: t(user.active ? usersText.deactivate : usersText.activate),
      content: t(user.active ? usersText.deactivateConfirm : usersText.activateConfirm, {
        name: user.displayName,
      }),
      okText: t(user.active ? usersText.deactivate : usersText.activate),
      okButtonProps: { danger: user.active },
      cancelText: t(common.cancel),
      onOk: () => props.onToggleActive(user),
    });
  };

  const columns: TableColumnsType<User> = [
    {
      title: t(usersText.username),
      dataIndex: 'username',
      key: 'username',
      sorter: true,
      sortOrder: sortOrderOf('username'),
      width: 140,
      render: (username: string) => <Typography.Text strong>{username}</Typography.Text>,
    },
    {
      title: t(usersText.displayName),
      dataIndex: 'displayName',
      key: 'displayName',
      sorter: true,
      sortOrder: sortOrderOf('displayName'),
      width: 250,
      render: (displayName: string, user) => (
        <Flex vertical>
          <span>{displayName}</span>
          {user.email ? (
            <Typography.Text type="secondary" style={{ fontSize: 12 }} ellipsis title={user.email}>
              {user.email}
            </Typography.Text>
          ) : null}
        </Flex>
      ),
    },
    {
      title: t(usersText.role),
      dataIndex: 'role',
      key: 'role',
      sorter: true,
      sortOrder: sortOrderOf('role'),
      width: 180,
      render: (role: Role) => <Tag color={ROLE_COLORS[role]}>{t(ROLE_LABELS[role])}</Tag>,
    },
    {
      title: t(usersText.unit),
      key: 'unit',
      render: (_value, user) => (
        <Flex vertical>
          <span>{user.unit.name}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {user.unit.code}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      title: t(usersText.status),
      dataIndex: 'active',
      key: 'active',
      width: 130,
      render: (active: boolean) =>
        active ? (
          <Tag color="success">{t(usersText.active)}</Tag>
        ) : (
          <Tag color="default">{t(usersText.inactive)}</Tag>
        ),
    },
    {
      title: t(usersText.createdAt),
      dataIndex: 'createdAt',
      key: 'createdAt',
      sorter: true,
      sortOrder: sortOrderOf('createdAt'),
      width: 110,
      render: (createdAt: string) => (
        <Tooltip title={formatDateTime(createdAt)}>{formatDate(createdAt)}</Tooltip>
      ),
    },
    {
      title: t(common.actions),
      key: 'actions',
      width: 96,
      fixed: 'right',
      render: (_value, user) => (
        <Flex gap={4}>
          <Tooltip title={t(common.edit)}>
            <Button
              type="text"
              icon={<EditOutlined />}
              aria-label={t(usersText.editAction, { name: user.username })}
              onClick={() => props.onEdit(user)}
            />
          </Tooltip>
          <Dropdown
            trigger={['click']}
            menu={{
              items: [
                { key: 'reset', icon: <KeyOutlined />, label: t(usersText.resetPassword) },
                user.active
                  ? { key: 'toggle', icon: <LockOutlined />, label: t(usersText.deactivate), danger: true }
                  : { key: 'toggle', icon: <UnlockOutlined />, label: t(usersText.activate) },
              ],
              onClick: ({ key }) => (key === 'reset' ? props.onResetPassword(user) : confirmToggle(user)),
            }}
          >
            <Button
              type="text"
              icon={<MoreOutlined />}
              aria-label={t(usersText.moreActions, { name: user.username })}
            />
          </Dropdown>
        </Flex>
      ),
    },
  ];

  const handleChange: TableProps<User>['onChange'] = (pagination, _filters, sorter, extra) => {
    if (extra.action === 'sort') {
      const single = Array.isArray(sorter) ? sorter[0] : sorter;
      const field = single?.columnKey;
      if (single?.order && isSortField(field))
        props.onSortChange(field, single.order === 'ascend' ? 'asc' : 'desc');
      else props.onSortChange('username', 'asc');
      return;
    }
    props.onPageChange(pagination.current ?? 1, pagination.pageSize ?? props.pageSize);
  };

  return (
    <Table<User>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={props.data}
      loading={props.isLoading}
      onChange={handleChange}
      scroll={{ x: 1060 }}
      locale={{ emptyText: t(usersText.empty) }}
      rowClassName={(user) => (user.active ? '' : 'users-table__row--inactive')}
      pagination={serverPagination(t, {
        page: props.page,
        pageSize: props.pageSize,
        total: props.total,
        pageSizeOptions: [10, 20, 50, 100],
      })}
    />
  );
}
