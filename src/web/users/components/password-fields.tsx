import { Form, Input } from 'antd';
import { PASSWORD_MIN_LENGTH } from '../../../domain/auth/constants.ts';
import { common, useT } from '../../lib/i18n.ts';
import { usersText } from '../messages.ts';

/** Password and its confirmation; the confirmation never goes to the server. */
export function PasswordFields({ label }: { label: string }) {
  const t = useT();
  return (
    <>
      <Form.Item
        name="password"
        label={label}
        validateFirst
        extra={t(usersText.passwordHelp, { min: PASSWORD_MIN_LENGTH })}
        rules={[
          { required: true, message: t(common.required, { field: label.toLowerCase() }) },
          { min: PASSWORD_MIN_LENGTH, message: t(usersText.passwordHelp, { min: PASSWORD_MIN_LENGTH }) },
          { max: 200 },
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        name="confirmPassword"
        label={t(usersText.confirmPassword)}
        validateFirst
        dependencies={['password']}
        rules={[
          {
            required: true,
            message: t(usersText.confirmPasswordRequired),
          },
          ({ getFieldValue }) => ({
            validator: async (_rule, value: unknown) => {
              if (!value || getFieldValue('password') === value) return;
              throw new Error(t(usersText.passwordMismatch));
            },
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
    </>
  );
}
