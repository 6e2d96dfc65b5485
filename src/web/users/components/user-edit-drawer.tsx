import { App, Button, Descriptions, Drawer, Flex, Form, Switch } from 'antd';
import type { Role } from '../../../domain/auth/constants.ts';
import type { User, UserUpdate } from '../../../domain/users/users.schemas.ts';
import { formatDateTime } from '../../lib/format.ts';
import { common, useT } from '../../lib/i18n.ts';
import { useApiErrorHandler } from '../../lib/use-api-error.ts';
import { useUpdateUser } from '../api/update-user.ts';
import { usersText } from '../messages.ts';
import { UserProfileFields } from './user-profile-fields.tsx';

interface EditValues {
  displayName: string;
  email?: string | null;
  role: Role;
  unitId: string;
  active: boolean;
}

/** Only what changed goes to the server, so the audit log shows the real edit. */
function changedFields(user: User, values: EditValues): Omit<UserUpdate, 'version'> {
  const changes: Omit<UserUpdate, 'version'> = {};
  const email = values.email?.trim() ? values.email.trim() : null;
  if (values.displayName.trim() !== user.displayName) changes.displayName = values.displayName.trim();
  if (email !== user.email) changes.email = email;
  if (values.role !== user.role) changes.role = values.role;
  if (values.unitId !== user.unit.id) changes.unitId = values.unitId;
  if (values.active !== user.active) changes.active = values.active;
  return changes;
}

interface UserEditDrawerProps {
  user: User | null;
  onClose: () => void;
}

export function UserEditDrawer({ user, onClose }: UserEditDrawerProps) {
  const t = useT();
  return (
    <Drawer title={t(usersText.editTitle)} open={Boolean(user)} onClose={onClose} size={520} destroyOnHidden>
      {user ? <UserEditForm key={`${user.id}:${user.version}`} user={user} onClose={onClose} /> : null}
    </Drawer>
  );
}

function UserEditForm({ user, onClose }: { user: User; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<EditValues>();
  const updateMutation = useUpdateUser();
  const handleApiError = useApiErrorHandler();

  const handleFinish = (values: EditValues) => {
    const changes = changedFields(user, values);
    if (Object.keys(changes).length === 0) {
      onClose();
      return;
    }
    updateMutation.mutate(
      { id: user.id, version: user.version, ...changes },
      {
        onSuccess: (updated) => {
          message.success(t(usersText.updated, { name: updated.displayName }));
          onClose();
        },
        onError: (error) => handleApiError(error, form),
      },
    );
  };

  return (
    <Form<EditValues>
      form={form}
      layout="vertical"
      onFinish={handleFinish}
      initialValues={{
        displayName: user.displayName,
        email: user.email ?? '',
        role: user.role,
        unitId: user.unit.id,
        active: user.active,
      }}
    >
      <Descriptions
        size="small"
        column={1}
        style={{ marginBottom: 16 }}
        items={[
          { key: 'username', label: t(usersText.username), children: <strong>{user.username}</strong> },
          { key: 'createdAt', label: t(usersText.createdAt), children: formatDateTime(user.createdAt) },
        ]}
      />
      <UserProfileFields initialUnit={user.unit} />
      <Form.Item name="active" label={t(usersText.activeSwitch)} valuePropName="checked">
        <Switch checkedChildren={t(common.yes)} unCheckedChildren={t(common.no)} />
      </Form.Item>
      <Flex justify="flex-end" gap={8}>
        <Button onClick={onClose}>{t(common.cancel)}</Button>
        <Button type="primary" htmlType="submit" loading={updateMutation.isPending}>
          {t(common.save)}
        </Button>
      </Flex>
    </Form>
  );
}
