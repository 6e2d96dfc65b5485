import { App, DatePicker, Form, Input, Modal } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { DATE_FORMAT, toIsoDate } from '../../lib/format.ts';
import { common, useT } from '../../lib/i18n.ts';
import { useApiErrorHandler } from '../../lib/use-api-error.ts';
import { useChangeMemberStatus } from '../api/change-member-status.ts';
import { membersText } from '../member-messages.ts';
import { forceText } from '../messages.ts';

interface StatusValues {
  date: Dayjs;
  note?: string;
}

interface MemberStatusModalProps {
  /** The member and the status to set: 'suspended' suspends, 'active' reinstates. */
  change: {
    member: { id: string; fullName: string; version: number };
    status: 'active' | 'suspended';
  } | null;
  onClose: () => void;
}

export function MemberStatusModal({ change, onClose }: MemberStatusModalProps) {
  const t = useT();
  const { message } = App.useApp();
  const handleApiError = useApiErrorHandler();
  const [form] = Form.useForm<StatusValues>();
  const statusMutation = useChangeMemberStatus();
  const label = change?.status === 'suspended' ? t(membersText.suspend) : t(membersText.reinstate);

  const handleFinish = (values: StatusValues) => {
    if (!change) return;
    statusMutation.mutate(
      {
        id: change.member.id,
        version: change.member.version,
        status: change.status,
        date: toIsoDate(values.date) ?? '',
        note: values.note?.trim() || null,
      },
      {
        onSuccess: () => {
          message.success(t(membersText.statusChanged, { name: change.member.fullName }));
          onClose();
        },
        onError: (error) => handleApiError(error, form),
      },
    );
  };

  return (
    <Modal
      open={Boolean(change)}
      title={change ? `${label}: ${change.member.fullName}` : ''}
      okText={label}
      okButtonProps={{ loading: statusMutation.isPending, danger: change?.status === 'suspended' }}
      cancelText={t(common.cancel)}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<StatusValues>
        form={form}
        layout="vertical"
        onFinish={handleFinish}
        initialValues={{ date: dayjs() }}
      >
        <Form.Item name="date" label={t(membersText.statusDate)} rules={[{ required: true }]}>
          <DatePicker format={DATE_FORMAT} placeholder={t(forceText.datePlaceholder)} />
        </Form.Item>
        <Form.Item name="note" label={t(membersText.note)}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
