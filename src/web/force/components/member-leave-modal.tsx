import { Alert, App, DatePicker, Flex, Form, Input, Modal, Radio } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { LEAVE_REASON_LABELS } from '../../../domain/force/force.labels.ts';
import { LEAVE_REASONS, type LeaveReason } from '../../../domain/force/force.schemas.ts';
import { DATE_FORMAT, toIsoDate } from '../../lib/format.ts';
import { common, useT } from '../../lib/i18n.ts';
import { useApiErrorHandler } from '../../lib/use-api-error.ts';
import { useLeaveMember } from '../api/leave-member.ts';
import { membersText } from '../member-messages.ts';
import { forceText } from '../messages.ts';

interface LeaveValues {
  reason: LeaveReason;
  date: Dayjs;
  decisionNumber?: string;
  note?: string;
}

interface MemberLeaveModalProps {
  member: { id: string; fullName: string; version: number } | null;
  onClose: () => void;
}

/** Luật 30/2023/QH15, Điều 17(3): a member leaves for one of four reasons, on a date, by a decision. */
export function MemberLeaveModal({ member, onClose }: MemberLeaveModalProps) {
  const t = useT();
  const { message } = App.useApp();
  const handleApiError = useApiErrorHandler();
  const [form] = Form.useForm<LeaveValues>();
  const leaveMutation = useLeaveMember();

  const handleFinish = (values: LeaveValues) => {
    if (!member) return;
    leaveMutation.mutate(
      {
        id: member.id,
        version: member.version,
        reason: values.reason,
        date: toIsoDate(values.date) ?? '',
        decisionNumber: values.decisionNumber?.trim() || null,
        note: values.note?.trim() || null,
      },
      {
        onSuccess: () => {
          message.success(t(membersText.left, { name: member.fullName }));
          onClose();
        },
        onError: (error) => handleApiError(error, form),
      },
    );
  };

  return (
    <Modal
      open={Boolean(member)}
      title={member ? t(membersText.leaveTitle, { name: member.fullName }) : ''}
      okText={t(membersText.leave)}
      okButtonProps={{ danger: true, loading: leaveMutation.isPending }}
      cancelText={t(common.cancel)}
      onOk={() => form.submit()}
      onCancel={onClose}
      width={640}
      destroyOnHidden
    >
      <Alert type="info" showIcon title={t(membersText.leaveHint)} style={{ marginBottom: 16 }} />
      <Form<LeaveValues>
        form={form}
        layout="vertical"
        onFinish={handleFinish}
        initialValues={{ date: dayjs() }}
      >
        <Form.Item
          name="reason"
          label={t(membersText.leaveReason)}
          rules={[{ required: true, message: t(membersText.leaveReasonRequired) }]}
        >
          <Radio.Group>
            <Flex vertical gap={6}>
              {LEAVE_REASONS.map((reason) => (
                <Radio key={reason} value={reason}>
                  {t(LEAVE_REASON_LABELS[reason])}
                </Radio>
              ))}
            </Flex>
          </Radio.Group>
        </Form.Item>
        <Form.Item
          name="date"
          label={t(membersText.leaveDate)}
          rules={[{ required: true, message: t(membersText.leaveDateRequired) }]}
        >
          <DatePicker format={DATE_FORMAT} placeholder={t(forceText.datePlaceholder)} />
        </Form.Item>
        <Form.Item name="decisionNumber" label={t(membersText.leaveDecision)}>
          <Input maxLength={100} placeholder="Ví dụ: 25/QĐ-UBND" />
        </Form.Item>
        <Form.Item name="note" label={t(membersText.note)}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
