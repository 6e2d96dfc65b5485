import { App, Form, Input, Modal, Typography } from 'antd';
import { useT } from '../../lib/i18n.ts';
import { useApiErrorHandler } from '../../lib/use-api-error.ts';
import { useNothingFound } from '../api/set-nothing-found.ts';
import { reviewsText } from '../messages.ts';

interface NothingFoundModalProps {
  campaignId: string;
  unitId: string;
  open: boolean;
  onClose: () => void;
}

export function NothingFoundModal({ campaignId, unitId, open, onClose }: NothingFoundModalProps) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ note?: string }>();
  const handleApiError = useApiErrorHandler();
  const mutation = useNothingFound(campaignId, unitId);

  const handleFinish = ({ note }: { note?: string }) => {
    mutation.mutate(
      { note: note?.trim() ? note.trim() : null },
      {
        onSuccess: () => {
          message.success(t(reviewsText.stated));
          onClose();
        },
        onError: (error) => handleApiError(error, form),
      },
    );
  };

  return (
    <Modal
      title={t(reviewsText.nothingFoundAction)}
      open={open}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t(reviewsText.nothingFoundAction)}
      confirmLoading={mutation.isPending}
      destroyOnHidden
    >
      <Typography.Paragraph>{t(reviewsText.nothingFoundHelp)}</Typography.Paragraph>
      <Form form={form} layout="vertical" onFinish={handleFinish} preserve={false}>
        <Form.Item name="note" label={t(reviewsText.nothingFoundNote)}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
