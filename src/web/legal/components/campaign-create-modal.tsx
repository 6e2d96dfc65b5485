import { App, DatePicker, Flex, Form, Input, Modal, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useNavigate } from 'react-router';
import {
  LEGAL_DOCUMENT_KIND_LABELS,
  LEGAL_DOCUMENT_KINDS,
  LEGAL_ISSUER_LABELS,
  LEGAL_ISSUERS,
  type LegalDocumentKind,
  type LegalIssuer,
} from '../../../domain/legal/constants.ts';
import { DATE_FORMAT } from '../../lib/format.ts';
import { common, useT } from '../../lib/i18n.ts';
import { useApiErrorHandler } from '../../lib/use-api-error.ts';
import { useCreateCampaign } from '../api/create-campaign.ts';
import { useDocumentFields } from '../api/list-document-fields.ts';
import { useTaskOptions } from '../api/list-task-options.ts';
import { documentsText, reviewsText } from '../messages.ts';

interface Values {
  title: string;
  scope: string;
  taskId: string;
  consolidationTaskId?: string;
  unitDeadline: Dayjs | null;
  consolidationDeadline: Dayjs | null;
  kind?: LegalDocumentKind;
  issuer?: LegalIssuer;
  field?: string;
}

/** A new campaign: the units that review are those assigned the chosen plan task. */
export function CampaignCreateModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useT();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const handleApiError = useApiErrorHandler();
  const tasksQuery = useTaskOptions(open);
  const fieldsQuery = useDocumentFields();
  const createMutation = useCreateCampaign();
  const required = (field: string) => ({
    required: true,
    message: t(common.required, { field: field.toLowerCase() }),
  });
  const taskOptions = (tasksQuery.data ?? []).map((task) => ({
    value: task.id,
    label: `${task.code} ${task.title}${task.planNumber ? ` · ${task.planNumber}` : ''}`,
  }));

  const handleFinish = (values: Values) => {
    createMutation.mutate(
      {
        title: values.title.trim(),
        scope: values.scope.trim(),
        taskId: values.taskId,
        consolidationTaskId: values.consolidationTaskId ?? null,
        unitDeadline: values.unitDeadline?.format('YYYY-MM-DD') ?? '',
        consolidationDeadline: values.consolidationDeadline?.format('YYYY-MM-DD') ?? '',
        documentFilter: {
          ...(values.kind ? { kind: values.kind } : {}),
          ...(values.issuer ? { issuer: values.issuer } : {}),
          ...(values.field ? { field: values.field } : {}),
        },
      },
      {
        onSuccess: (campaign) => {
          message.success(t(reviewsText.created));
          onClose();
          void navigate(`/reviews/${campaign.id}`);
        },
        onError: (error) => handleApiError(error, form),
      },
    );
  };

  return (
    <Modal
      title={t(reviewsText.create)}
      open={open}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t(common.save)}
      confirmLoading={createMutation.isPending}
      width={720}
      destroyOnHidden
    >
      <Form<Values> form={form} layout="vertical" onFinish={handleFinish} preserve={false}>
        <Form.Item name="title" label={t(reviewsText.campaign)} rules={[required(t(reviewsText.campaign))]}>
          <Input maxLength={500} />
        </Form.Item>
        <Form.Item name="scope" label={t(reviewsText.scope)} rules={[required(t(reviewsText.scope))]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={2000} />
        </Form.Item>
        <Form.Item
          name="taskId"
          label={t(reviewsText.task)}
          extra={t(reviewsText.taskHint)}
          rules={[
            {
              required: true,
              message: t(common.requiredSelect, { field: t(reviewsText.task).toLowerCase() }),
            },
          ]}
        >
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            loading={tasksQuery.isPending}
            options={taskOptions}
          />
        </Form.Item>
        <Form.Item name="consolidationTaskId" label={t(reviewsText.consolidationTask)}>
          <Select allowClear showSearch={{ optionFilterProp: 'label' }} options={taskOptions} />
        </Form.Item>
        <Flex gap={12}>
          <Form.Item
            name="unitDeadline"
            label={t(reviewsText.unitDeadline)}
            style={{ flex: 1 }}
            rules={[
              {
                required: true,
                message: t(common.requiredSelect, { field: t(reviewsText.unitDeadline).toLowerCase() }),
              },
            ]}
          >
            <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item
            name="consolidationDeadline"
            label={t(reviewsText.consolidationDeadline)}
            style={{ flex: 1 }}
            rules={[
              {
                required: true,
                message: t(common.requiredSelect, {
                  field: t(reviewsText.consolidationDeadline).toLowerCase(),
                }),
              },
            ]}
          >
            <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
          </Form.Item>
        </Flex>
        <Flex gap={12}>
          <Form.Item
            name="kind"
            label={t(documentsText.kind)}
            style={{ flex: 1 }}
            extra={t(reviewsText.allDocuments)}
          >
            <Select
              allowClear
              options={LEGAL_DOCUMENT_KINDS.map((kind) => ({
                value: kind,
                label: t(LEGAL_DOCUMENT_KIND_LABELS[kind]),
              }))}
            />
          </Form.Item>
          <Form.Item name="issuer" label={t(documentsText.issuer)} style={{ flex: 1 }}>
            <Select
              allowClear
              options={LEGAL_ISSUERS.map((issuer) => ({
                value: issuer,
                label: t(LEGAL_ISSUER_LABELS[issuer]),
              }))}
            />
          </Form.Item>
          <Form.Item name="field" label={t(documentsText.field)} style={{ flex: 1 }}>
            <Select
              allowClear
              options={(fieldsQuery.data ?? []).map((field) => ({ value: field, label: field }))}
            />
          </Form.Item>
        </Flex>
      </Form>
    </Modal>
  );
}
