import { Alert, App, Form, Input, Modal, Select } from 'antd';
import {
  REVIEW_OUTCOME_LABELS,
  REVIEW_OUTCOMES,
  type ReviewOutcome,
} from '../../../domain/legal/constants.ts';
import type { LegalDocument } from '../../../domain/legal/documents.schemas.ts';
import type { Finding } from '../../../domain/legal/reviews.schemas.ts';
import { isApiError } from '../../lib/api-client.ts';
import { common, useT } from '../../lib/i18n.ts';
import { useApiErrorHandler } from '../../lib/use-api-error.ts';
import { useCreateFinding } from '../api/create-finding.ts';
import { useUpdateFinding } from '../api/update-finding.ts';
import { reviewsText } from '../messages.ts';

interface FindingValues {
  outcome: ReviewOutcome;
  provisions?: string;
  reason: string;
  proposal?: string;
}

export interface FindingTarget {
  /** The document reviewed; null for a proposal of a new document. */
  document: Pick<LegalDocument, 'id' | 'number' | 'title'> | null;
  /** The unit's finding to edit, if it has one. */
  finding: Finding | null;
}

interface FindingModalProps {
  campaignId: string;
  unitId: string;
  target: FindingTarget | null;
  onClose: () => void;
}

const text = (value: string | undefined) => (value?.trim() ? value.trim() : null);

export function FindingModal({ campaignId, unitId, target, onClose }: FindingModalProps) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<FindingValues>();
  const handleApiError = useApiErrorHandler();
  const createMutation = useCreateFinding(campaignId, unitId);
  const updateMutation = useUpdateFinding();
  const isNewDocument = target !== null && target.document === null;

  const handleError = (error: unknown) => {
    if (isApiError(error) && error.status === 409 && error.errors.length === 0) {
      message.error(error.detail);
      onClose();
      return;
    }
    handleApiError(error, form);
  };

  const handleFinish = (values: FindingValues) => {
    if (!target) return;
    const done = () => {
      message.success(t(reviewsText.findingSaved));
      onClose();
    };
    const fields = {
      outcome: values.outcome,
      provisions: text(values.provisions),
      reason: values.reason.trim(),
      proposal: text(values.proposal),
    };
    if (target.finding) {
      updateMutation.mutate(
        { id: target.finding.id, version: target.finding.version, ...fields },
        { onSuccess: done, onError: handleError },
      );
    } else {
      createMutation.mutate(
        { documentId: target.document?.id ?? null, ...fields },
        { onSuccess: done, onError: handleError },
      );
    }
  };

  const outcomes = isNewDocument ? (['new_document'] as const) : REVIEW_OUTCOMES;
  return (
    <Modal
      title={
        target?.document
          ? t(reviewsText.recordFor, { number: target.document.number })
          : t(reviewsText.newDocument)
      }
      open={target !== null}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t(common.save)}
      confirmLoading={createMutation.isPending || updateMutation.isPending}
      destroyOnHidden
      width={640}
    >
      {target?.document ? (
        <Alert type="info" title={target.document.title} style={{ marginBottom: 16 }} />
      ) : null}
      <Form<FindingValues>
        form={form}
        layout="vertical"
        onFinish={handleFinish}
        preserve={false}
        initialValues={{
          outcome: target?.finding?.outcome ?? (isNewDocument ? 'new_document' : undefined),
          provisions: target?.finding?.provisions ?? '',
          reason: target?.finding?.reason ?? '',
          proposal: target?.finding?.proposal ?? '',
        }}
      >
        <Form.Item
          name="outcome"
          label={t(reviewsText.outcome)}
          rules={[
            {
              required: true,
              message: t(common.requiredSelect, { field: t(reviewsText.outcome).toLowerCase() }),
            },
          ]}
        >
          <Select
            disabled={isNewDocument}
            options={outcomes.map((outcome) => ({
              value: outcome,
              label: t(REVIEW_OUTCOME_LABELS[outcome]),
            }))}
          />
        </Form.Item>
        {isNewDocument ? null : (
          <Form.Item name="provisions" label={t(reviewsText.provisions)}>
            <Input placeholder={t(reviewsText.provisionsPlaceholder)} maxLength={2000} />
          </Form.Item>
        )}
        <Form.Item
          name="reason"
          label={t(reviewsText.reason)}
          rules={[
            {
              required: true,
              whitespace: true,
              message: t(common.required, { field: t(reviewsText.reason).toLowerCase() }),
            },
          ]}
        >
          <Input.TextArea
            autoSize={{ minRows: 3, maxRows: 8 }}
            maxLength={5000}
            placeholder={t(reviewsText.reasonPlaceholder)}
          />
        </Form.Item>
        <Form.Item
          name="proposal"
          label={t(reviewsText.proposal)}
          rules={
            isNewDocument
              ? [
                  {
                    required: true,
                    whitespace: true,
                    message: t(common.required, { field: t(reviewsText.proposal).toLowerCase() }),
                  },
                ]
              : []
          }
        >
          <Input.TextArea
            autoSize={{ minRows: 2, maxRows: 6 }}
            maxLength={2000}
            placeholder={t(reviewsText.proposalPlaceholder)}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
