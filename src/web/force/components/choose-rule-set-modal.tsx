import { App, Checkbox, DatePicker, Form, Input, Modal, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { DATE_FORMAT, toIsoDate } from '../../lib/format.ts';
import { common, useT } from '../../lib/i18n.ts';
import { useApiErrorHandler } from '../../lib/use-api-error.ts';
import { useChooseRuleSet } from '../api/choose-rule-set.ts';
import type { ShippedRuleSet } from '../api/list-rule-sets.ts';
import { rulesText } from '../rules-messages.ts';
import { forceText } from '../messages.ts';

interface ChooseValues {
  effectiveFrom: Dayjs;
  resolution?: string;
  isExample: boolean;
}

export function ChooseRuleSetModal({
  ruleSet,
  onClose,
}: {
  ruleSet: ShippedRuleSet | null;
  onClose: () => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const handleApiError = useApiErrorHandler();
  const [form] = Form.useForm<ChooseValues>();
  const chooseMutation = useChooseRuleSet();

  const handleFinish = (values: ChooseValues) => {
    if (!ruleSet) return;
    chooseMutation.mutate(
      {
        sourceKey: ruleSet.id,
        effectiveFrom: toIsoDate(values.effectiveFrom) ?? '',
        resolution: values.resolution?.trim() || null,
        isExample: values.isExample,
      },
      {
        onSuccess: () => {
          message.success(t(rulesText.chosen, { name: ruleSet.title }));
          onClose();
        },
        onError: (error) => handleApiError(error, form),
      },
    );
  };

  return (
    <Modal
      open={Boolean(ruleSet)}
      title={ruleSet ? t(rulesText.chooseTitle, { name: ruleSet.title }) : ''}
      okText={t(rulesText.choose)}
      cancelText={t(common.cancel)}
      okButtonProps={{ loading: chooseMutation.isPending }}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t(rulesText.chooseHint)}</Typography.Paragraph>
      <Form<ChooseValues>
        form={form}
        layout="vertical"
        onFinish={handleFinish}
        initialValues={{ effectiveFrom: dayjs(), isExample: ruleSet?.isExample ?? true }}
      >
        <Form.Item name="effectiveFrom" label={t(rulesText.effectiveFrom)} rules={[{ required: true }]}>
          <DatePicker format={DATE_FORMAT} placeholder={t(forceText.datePlaceholder)} />
        </Form.Item>
        <Form.Item name="resolution" label={t(rulesText.resolution)}>
          <Input maxLength={500} placeholder={t(rulesText.resolutionPlaceholder)} />
        </Form.Item>
        <Form.Item name="isExample" valuePropName="checked">
          <Checkbox>{t(rulesText.isExample)}</Checkbox>
        </Form.Item>
      </Form>
    </Modal>
  );
}
