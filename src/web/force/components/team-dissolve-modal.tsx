import { Alert, App, DatePicker, Form, Input, Modal } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { Team } from '../../../domain/force/force-api.schemas.ts';
import { DATE_FORMAT, toIsoDate } from '../../lib/format.ts';
import { common, useT } from '../../lib/i18n.ts';
import { useApiErrorHandler } from '../../lib/use-api-error.ts';
import { useDissolveTeam } from '../api/dissolve-team.ts';
import { membersText } from '../member-messages.ts';
import { forceText, teamsText } from '../messages.ts';

interface DissolveValues {
  decisionNumber: string;
  decisionDate: Dayjs;
  decisionSigner: string;
  note?: string;
}

/** TT 14/2024: dissolving a team is the commune chairman's decision; the team stays on record with it. */
export function TeamDissolveModal({ team, onClose }: { team: Team | null; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const handleApiError = useApiErrorHandler();
  const [form] = Form.useForm<DissolveValues>();
  const dissolveMutation = useDissolveTeam();
  const required = [{ required: true, message: t(membersText.requiredThis) }];

  const handleFinish = (values: DissolveValues) => {
    if (!team) return;
    dissolveMutation.mutate(
      {
        id: team.id,
        version: team.version,
        decisionNumber: values.decisionNumber.trim(),
        decisionDate: toIsoDate(values.decisionDate) ?? '',
        decisionSigner: values.decisionSigner.trim(),
        note: values.note?.trim() || null,
      },
      {
        onSuccess: () => {
          message.success(t(teamsText.dissolved, { name: team.name }));
          onClose();
        },
        onError: (error) => handleApiError(error, form),
      },
    );
  };

  return (
    <Modal
      open={Boolean(team)}
      title={team ? t(teamsText.dissolveTitle, { name: team.name }) : ''}
      okText={t(teamsText.dissolve)}
      okButtonProps={{ danger: true, loading: dissolveMutation.isPending }}
      cancelText={t(common.cancel)}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Alert type="warning" showIcon title={t(teamsText.dissolveHint)} style={{ marginBottom: 16 }} />
      <Form<DissolveValues>
        form={form}
        layout="vertical"
        onFinish={handleFinish}
        initialValues={{ decisionDate: dayjs() }}
      >
        <Form.Item name="decisionNumber" label={t(forceText.decisionNumber)} rules={required}>
          <Input maxLength={64} placeholder="Ví dụ: 30/QĐ-UBND" />
        </Form.Item>
        <Form.Item name="decisionDate" label={t(forceText.decisionDate)} rules={required}>
          <DatePicker format={DATE_FORMAT} placeholder={t(forceText.datePlaceholder)} />
        </Form.Item>
        <Form.Item name="decisionSigner" label={t(forceText.decisionSigner)} rules={required}>
          <Input maxLength={200} placeholder={t(teamsText.signerPlaceholder)} />
        </Form.Item>
        <Form.Item name="note" label={t(forceText.note)}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
