import { Alert, Button, Form, Input } from 'antd';
import { LockOutlined, UserOutlined } from '@ant-design/icons';
import type { Login } from '../../../domain/auth/auth.schemas.ts';
import { isApiError } from '../../lib/api-client.ts';
import { useT, type Translate } from '../../lib/i18n.ts';
import { useLogin } from '../api/login.ts';
import { authText } from '../messages.ts';

function describeLoginError(error: unknown, t: Translate): string {
  if (!isApiError(error)) return error instanceof Error ? error.message : String(error);
  if (error.status === 401) return t(authText.wrongCredentials);
  if (error.status === 429) return t(authText.tooManyAttempts);
  return error.detail;
}

interface LoginFormProps {
  onSubmit?: () => void;
  onSuccess: () => void;
}

export function LoginForm({ onSubmit, onSuccess }: LoginFormProps) {
  const t = useT();
  const loginMutation = useLogin();
  const [form] = Form.useForm<Login>();

  const handleFinish = (values: Login) => {
    onSubmit?.();
    loginMutation.mutate(
      { username: values.username.trim().toLowerCase(), password: values.password },
      {
        onSuccess,
        onError: () => form.setFieldValue('password', ''),
      },
    );
  };

  return (
    <Form<Login>
      form={form}
      layout="vertical"
      size="large"
      requiredMark={false}
      onFinish={handleFinish}
      onValuesChange={() => loginMutation.reset()}
      autoComplete="on"
    >
      {loginMutation.isError ? (
        <Alert
          type="error"
          showIcon
          role="alert"
          title={describeLoginError(loginMutation.error, t)}
          style={{ marginBottom: 20 }}
        />
      ) : null}
      <Form.Item
        name="username"
        label={t(authText.username)}
        rules={[{ required: true, whitespace: true, message: t(authText.usernameRequired) }]}
      >
        <Input
          prefix={<UserOutlined />}
          autoComplete="username"
          autoFocus
          autoCapitalize="none"
          spellCheck={false}
        />
      </Form.Item>
      <Form.Item
        name="password"
        label={t(authText.password)}
        rules={[{ required: true, message: t(authText.passwordRequired) }]}
      >
        <Input.Password prefix={<LockOutlined />} autoComplete="current-password" />
      </Form.Item>
      <Form.Item style={{ marginBottom: 0, marginTop: 8 }}>
        <Button type="primary" htmlType="submit" block loading={loginMutation.isPending}>
          {t(authText.submit)}
        </Button>
      </Form.Item>
    </Form>
  );
}
