import { Form, Input, Select } from 'antd';
import { ROLE_LABELS, ROLES } from '../../../domain/auth/constants.ts';
import { userCreateSchema } from '../../../domain/users/users.schemas.ts';
import { UnitSelect } from '../../components/unit-select.tsx';
import { common, useT } from '../../lib/i18n.ts';
import { zodRule } from '../../lib/zod-rule.ts';
import { usersText } from '../messages.ts';
import type { UnitOption } from '../types.ts';

/** The fields a user's profile shares between the add and the edit forms. */
export function UserProfileFields({ initialUnit }: { initialUnit?: UnitOption }) {
  const t = useT();
  const requiredText = (field: { vi: string; en: string }) =>
    t(common.required, { field: t(field).toLowerCase() });
  const requiredSelect = (field: { vi: string; en: string }) =>
    t(common.requiredSelect, { field: t(field).toLowerCase() });
  return (
    <>
      <Form.Item
        name="displayName"
        label={t(usersText.displayName)}
        validateFirst
        rules={[
          { required: true, whitespace: true, message: requiredText(usersText.displayName) },
          zodRule(userCreateSchema.shape.displayName),
        ]}
      >
        <Input maxLength={200} autoComplete="off" />
      </Form.Item>
      <Form.Item
        name="email"
        label={t(usersText.email)}
        rules={[zodRule(userCreateSchema.shape.email, t(usersText.emailInvalid))]}
      >
        <Input maxLength={200} autoComplete="off" inputMode="email" />
      </Form.Item>
      <Form.Item
        name="role"
        label={t(usersText.role)}
        rules={[{ required: true, message: requiredSelect(usersText.role) }]}
      >
        <Select options={ROLES.map((role) => ({ value: role, label: t(ROLE_LABELS[role]) }))} />
      </Form.Item>
      <Form.Item
        name="unitId"
        label={t(usersText.unit)}
        rules={[{ required: true, message: requiredSelect(usersText.unit) }]}
      >
        <UnitSelect
          known={initialUnit}
          placeholder={t(usersText.unitPlaceholder)}
          width="100%"
          allowClear={false}
        />
      </Form.Item>
    </>
  );
}
