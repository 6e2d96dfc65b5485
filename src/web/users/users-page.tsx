import { useState } from 'react';
import { PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card } from 'antd';
import type { User } from '../../domain/users/users.schemas.ts';
import { ExportButton } from '../components/export-button.tsx';
import { PageHeader } from '../components/page-header.tsx';
import { useT } from '../lib/i18n.ts';
import { useApiErrorHandler } from '../lib/use-api-error.ts';
import { useListState } from '../lib/use-list-state.ts';
import { exportUsers } from './api/export-users.ts';
import { useUsers } from './api/list-users.ts';
import { useUpdateUser } from './api/update-user.ts';
import { ResetPasswordModal } from './components/reset-password-modal.tsx';
import { UserCreateDrawer } from './components/user-create-drawer.tsx';
import { UserEditDrawer } from './components/user-edit-drawer.tsx';
import { UsersFilters } from './components/users-filters.tsx';
import { UsersTable } from './components/users-table.tsx';
import { usersText } from './messages.ts';
import type { UserFilters, UserSortField } from './types.ts';
import './users-page.css';

export function UsersPage() {
  const t = useT();
  const { message } = App.useApp();
  const handleApiError = useApiErrorHandler();
  const list = useListState<UserFilters, UserSortField>({ sort: 'username', order: 'asc' });
  const [isCreating, setIsCreating] = useState(false);
  const [editingUser, setEditingUser] = useState<User | null>(null);
  const [resettingUser, setResettingUser] = useState<User | null>(null);
  const updateMutation = useUpdateUser();

  const usersQuery = useUsers(list.params);

  // The freshest copy of a row: after a conflict the list reloads, and the form then edits the new version.
  const freshest = (user: User | null) =>
    user ? (usersQuery.data?.items.find((item) => item.id === user.id) ?? user) : null;
  const editing = freshest(editingUser);
  const resetting = freshest(resettingUser);

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
            <ExportButton onExport={() => exportUsers({ ...list.filters, ...list.sort })} />
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setIsCreating(true)}>
              {t(usersText.add)}
            </Button>
          </>
        }
      />
      <Card>
        <UsersFilters filters={list.filters} onChange={list.setFilters} />
        {usersQuery.isError ? (
          <Alert type="error" showIcon title={usersQuery.error.message} style={{ marginBottom: 16 }} />
        ) : null}
        <UsersTable
          data={usersQuery.data?.items ?? []}
          total={usersQuery.data?.total ?? 0}
          isLoading={usersQuery.isFetching}
          page={list.page}
          pageSize={list.pageSize}
          sort={list.sort.sort}
          order={list.sort.order}
          onPageChange={list.setPage}
          onSortChange={list.setSort}
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
