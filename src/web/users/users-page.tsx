import { useState } from 'react';
import { FileExcelOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card } from 'antd';
import type { User } from '../../domain/users/users.schemas.ts';
import { PageHeader } from '../components/page-header.tsx';
import { common, useT } from '../lib/i18n.ts';
import { useApiErrorHandler } from '../lib/use-api-error.ts';
import { exportUsers } from './api/export-users.ts';
import { useUsers } from './api/list-users.ts';
import { useUpdateUser } from './api/update-user.ts';
import { ResetPasswordModal } from './components/reset-password-modal.tsx';
import { UserCreateDrawer } from './components/user-create-drawer.tsx';
import { UserEditDrawer } from './components/user-edit-drawer.tsx';
import { UsersFilters } from './components/users-filters.tsx';
import { UsersTable } from './components/users-table.tsx';
import { usersText } from './messages.ts';
import type { SortOrder, UserFilters, UserSortField } from './types.ts';
import './users-page.css';

export function UsersPage() {
  const t = useT();
  const { message } = App.useApp();
  const handleApiError = useApiErrorHandler();
  const [filters, setFilters] = useState<UserFilters>({});
  const [sort, setSort] = useState<{ sort: UserSortField; order: SortOrder }>({
    sort: 'username',
    order: 'asc',
  });
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const [isCreating, setIsCreating] = useState(false);
  const [editingUser, setEditingUser] = useState<User | null>(null);
  const [resettingUser, setResettingUser] = useState<User | null>(null);
  const [isExporting, setIsExporting] = useState(false);
  const updateMutation = useUpdateUser();

  const usersQuery = useUsers({
    ...filters,
    ...sort,
    limit: paging.pageSize,
    offset: (paging.page - 1) * paging.pageSize,
  });

  // The freshest copy of a row: after a conflict the list reloads, and the form then edits the new version.
  const freshest = (user: User | null) =>
    user ? (usersQuery.data?.items.find((item) => item.id === user.id) ?? user) : null;
  const editing = freshest(editingUser);
  const resetting = freshest(resettingUser);

  const handleFiltersChange = (next: UserFilters) => {
    setFilters(next);
    setPaging((previous) => ({ ...previous, page: 1 }));
  };

  const handleExport = async () => {
    setIsExporting(true);
    try {
      await exportUsers({ ...filters, ...sort });
    } catch (error) {
      handleApiError(error);
    } finally {
      setIsExporting(false);
    }
  };

  const handleToggleActive = (user: User) =>
    updateMutation
      .mutateAsync(
        { id: user.id, version: user.version, active: !user.active },
        {
          onSuccess: () =>
            message.success(
              t(user.active ? usersText.deactivated : usersText.activated, { name: user.displayName }),
            ),
          onError: (error) => handleApiError(error),
        },
      )
      .catch(() => undefined);

  return (
    <>
      <PageHeader
        title={t(usersText.title)}
        description={t(usersText.description)}
        extra={
          <>
            <Button icon={<FileExcelOutlined />} onClick={handleExport} loading={isExporting}>
              {t(common.exportExcel)}
            </Button>
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setIsCreating(true)}>
              {t(usersText.add)}
            </Button>
          </>
        }
      />
      <Card>
        <UsersFilters filters={filters} onChange={handleFiltersChange} />
        {usersQuery.isError ? (
          <Alert type="error" showIcon title={usersQuery.error.message} style={{ marginBottom: 16 }} />
        ) : null}
        <UsersTable
          data={usersQuery.data?.items ?? []}
          total={usersQuery.data?.total ?? 0}
          isLoading={usersQuery.isFetching}
          page={paging.page}
          pageSize={paging.pageSize}
          sort={sort.sort}
          order={sort.order}
          onPageChange={(page, pageSize) =>
            setPaging({ page: pageSize === paging.pageSize ? page : 1, pageSize })
          }
          onSortChange={(field, order) => {
            setSort({ sort: field, order });
            setPaging((previous) => ({ ...previous, page: 1 }));
          }}
          onEdit={setEditingUser}
          onResetPassword={setResettingUser}
          onToggleActive={handleToggleActive}
        />
      </Card>
      <UserCreateDrawer open={isCreating} onClose={() => setIsCreating(false)} />
      <UserEditDrawer user={editing} onClose={() => setEditingUser(null)} />
      <ResetPasswordModal user={resetting} onClose={() => setResettingUser(null)} />
    </>
  );
}
