import { Form, Input, Modal } from 'antd';
import { reportReturnSchema } from '../../../domain/reports/reports.schemas.ts';
import { common, useT } from '../../lib/i18n.ts';
import { zodRule } from '../../lib/zod-rule.ts';
import { reportsText } from '../messages.ts';

interface ReturnReportModalProps {
  open: boolean;
  isPending: boolean;
  onCancel: () => void;
  onConfirm: (comment: string) => void;
}

export function ReturnReportModal({ open, isPending, onCancel, onConfirm }: ReturnReportModalProps) {
  const t = useT();
  const [form] = Form.useForm<{ comment: string }>();
  return (
    <Modal
      open={open}
      title={t(reportsText.returnTitle)}
      okText={t(reportsText.returnAction)}
      okButtonProps={{ danger: true, loading: isPending }}
      cancelText={t(common.cancel)}
      onCancel={onCancel}
      onOk={() => form.submit()}
      afterClose={() => form.resetFields()}
      forceRender
    >
      <Form form={form} layout="vertical" onFinish={(values) => onConfirm(values.comment.trim())}>
        <Form.Item
          name="comment"
          label={t(reportsText.returnReason)}
          rules={[
            {
              required: true,
              whitespace: true,
              message: t(common.required, { field: t(reportsText.returnReason).toLowerCase() }),
            },
            zodRule(reportReturnSchema.shape.comment),
          ]}
        >
          <Input.TextArea
            autoSize={{ minRows: 3, maxRows: 10 }}
            maxLength={5000}
            placeholder={t(reportsText.returnReasonPlaceholder)}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
