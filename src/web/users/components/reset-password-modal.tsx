import { Alert, App, Form, Modal } from 'antd';
import type { User } from '../../../domain/users/users.schemas.ts';
import { common, useT } from '../../lib/i18n.ts';
import { useApiErrorHandler } from '../../lib/use-api-error.ts';
import { useUpdateUser } from '../api/update-user.ts';
import { usersText } from '../messages.ts';
import { PasswordFields } from './password-fields.tsx';

interface ResetValues {
  password: string;
  confirmPassword: string;
}

export function ResetPasswordModal({ user, onClose }: { user: User | null; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<ResetValues>();
  const updateMutation = useUpdateUser();
  const handleApiError = useApiErrorHandler();

  const handleFinish = ({ password }: ResetValues) => {
    if (!user) return;
    updateMutation.mutate(
      { id: user.id, version: user.version, password },
      {
        onSuccess: () => {
          message.success(t(usersText.resetDone, { name: user.displayName }));
          onClose();
        },
        onError: (error) => handleApiError(error, form),
      },
    );
  };

  return (
    <Modal
      title={user ? t(usersText.resetPasswordTitle, { name: user.displayName }) : ''}
      open={Boolean(user)}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t(common.save)}
      cancelText={t(common.cancel)}
      confirmLoading={updateMutation.isPending}
      destroyOnHidden
    >
      <Alert type="info" showIcon title={t(usersText.resetPasswordHint)} style={{ marginBottom: 16 }} />
      <Form<ResetValues> form={form} layout="vertical" onFinish={handleFinish} preserve={false}>
        <PasswordFields label={t(usersText.newPassword)} />
      </Form>
    </Modal>
  );
}
