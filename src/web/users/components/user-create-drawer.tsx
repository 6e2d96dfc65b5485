import { App, Button, Drawer, Flex, Form, Input } from 'antd';
import { userCreateSchema, type UserCreate } from '../../../domain/users/users.schemas.ts';
import { common, useT } from '../../lib/i18n.ts';
import { useApiErrorHandler } from '../../lib/use-api-error.ts';
import { zodRule } from '../../lib/zod-rule.ts';
import { useCreateUser } from '../api/create-user.ts';
import { usersText } from '../messages.ts';
import { PasswordFields } from './password-fields.tsx';
import { UserProfileFields } from './user-profile-fields.tsx';

type CreateValues = Omit<UserCreate, 'email'> & { email?: string; confirmPassword: string };

interface UserCreateDrawerProps {
  open: boolean;
  onClose: () => void;
}

export function UserCreateDrawer({ open, onClose }: UserCreateDrawerProps) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<CreateValues>();
  const createMutation = useCreateUser();
  const handleApiError = useApiErrorHandler();

  const handleFinish = ({ confirmPassword: _confirm, email, ...values }: CreateValues) => {
    const trimmedEmail = email?.trim();
    createMutation.mutate(
      {
        ...values,
        username: values.username.trim().toLowerCase(),
        email: trimmedEmail ? trimmedEmail : null,
      },
      {
        onSuccess: (user) => {
          message.success(t(usersText.created, { name: user.displayName }));
          form.resetFields();
          onClose();
        },
        onError: (error) => handleApiError(error, form),
      },
    );
  };

  return (
    <Drawer
      title={t(usersText.addTitle)}
      open={open}
      onClose={onClose}
      size={520}
      destroyOnHidden
      footer={
        <Flex justify="flex-end" gap={8}>
          <Button onClick={onClose}>{t(common.cancel)}</Button>
          <Button type="primary" loading={createMutation.isPending} onClick={() => form.submit()}>
            {t(common.save)}
          </Button>
        </Flex>
      }
    >
      <Form<CreateValues> form={form} layout="vertical" onFinish={handleFinish} autoComplete="off">
        <Form.Item
          name="username"
          label={t(usersText.username)}
          extra={t(usersText.usernameHelp)}
          validateFirst
          rules={[
            {
              required: true,
              whitespace: true,
              message: t(common.required, { field: t(usersText.username).toLowerCase() }),
            },
            zodRule(userCreateSchema.shape.username),
          ]}
        >
          <Input maxLength={64} autoComplete="off" autoCapitalize="none" spellCheck={false} />
        </Form.Item>
        <UserProfileFields />
        <PasswordFields label={t(usersText.password)} />
      </Form>
    </Drawer>
  );
}
