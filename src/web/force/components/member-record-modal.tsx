import { App, DatePicker, Form, Input, InputNumber, Modal, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { MERIT_KIND_LABELS, TRAINING_KIND_LABELS } from '../../../domain/force/force.labels.ts';
import {
  MERIT_KINDS,
  TRAINING_KINDS,
  type MeritKind,
  type TrainingKind,
} from '../../../domain/force/force.schemas.ts';
import { DATE_FORMAT, toIsoDate } from '../../lib/format.ts';
import { common, useT } from '../../lib/i18n.ts';
import { useApiErrorHandler } from '../../lib/use-api-error.ts';
import { useAddMemberRecord, type MemberRecordInput } from '../api/add-member-record.ts';
import { membersText } from '../member-messages.ts';
import { forceText } from '../messages.ts';

type RecordKind = MemberRecordInput['kind'];

interface RecordValues {
  kind?: TrainingKind | MeritKind;
  title?: string;
  startedOn?: Dayjs;
  endedOn?: Dayjs | null;
  passed?: 'yes' | 'no' | 'unknown';
  item?: string;
  quantity?: number;
  issuedOn?: Dayjs;
  returnedOn?: Dayjs | null;
  decisionNumber?: string;
  decisionDate?: Dayjs;
  content?: string;
}

const TITLES: Record<RecordKind, typeof membersText.trainings> = {
  trainings: membersText.trainings,
  equipment: membersText.equipment,
  merits: membersText.merits,
};

function toRecord(kind: RecordKind, values: RecordValues): MemberRecordInput {
  if (kind === 'trainings')
    return {
      kind,
      body: {
        kind: (values.kind as TrainingKind | undefined) ?? 'training',
        title: values.title?.trim() ?? '',
        startedOn: toIsoDate(values.startedOn) ?? '',
        endedOn: toIsoDate(values.endedOn) ?? null,
        passed: values.passed === 'yes' ? true : values.passed === 'no' ? false : null,
      },
    };
  if (kind === 'equipment')
    return {
      kind,
      body: {
        item: values.item?.trim() ?? '',
        quantity: values.quantity ?? 1,
        issuedOn: toIsoDate(values.issuedOn) ?? '',
        returnedOn: toIsoDate(values.returnedOn) ?? null,
      },
    };
  return {
    kind,
    body: {
      kind: (values.kind as MeritKind | undefined) ?? 'commendation',
      decisionNumber: values.decisionNumber?.trim() ?? '',
      decisionDate: toIsoDate(values.decisionDate) ?? '',
      content: values.content?.trim() ?? '',
    },
  };
}

interface MemberRecordModalProps {
  memberId: string;
  kind: RecordKind | null;
  onClose: () => void;
}

/** Adds a training or drill, an item issued, or a commendation/discipline to a member's record. */
export function MemberRecordModal({ memberId, kind, onClose }: MemberRecordModalProps) {
  const t = useT();
  const { message } = App.useApp();
  const handleApiError = useApiErrorHandler();
  const [form] = Form.useForm<RecordValues>();
  const addMutation = useAddMemberRecord();
  const required = [{ required: true, message: t(membersText.requiredThis) }];
  const date = (
    <DatePicker format={DATE_FORMAT} placeholder={t(forceText.datePlaceholder)} style={{ width: '100%' }} />
  );

  const handleFinish = (values: RecordValues) => {
    if (!kind) return;
    addMutation.mutate(
      { memberId, record: toRecord(kind, values) },
      {
        onSuccess: () => {
          message.success(t(membersText.recordAdded));
          onClose();
        },
        onError: (error) => handleApiError(error, form),
      },
    );
  };

  return (
    <Modal
      open={Boolean(kind)}
      title={kind ? t(TITLES[kind]) : ''}
      okText={t(common.save)}
      cancelText={t(common.cancel)}
      okButtonProps={{ loading: addMutation.isPending }}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<RecordValues>
        form={form}
        layout="vertical"
        onFinish={handleFinish}
        initialValues={{
          kind: kind === 'merits' ? 'commendation' : 'training',
          passed: 'unknown',
          quantity: 1,
        }}
      >
        {kind === 'trainings' ? (
          <>
            <Form.Item name="kind" label={t(membersText.kind)}>
              <Select
                options={TRAINING_KINDS.map((k) => ({ value: k, label: t(TRAINING_KIND_LABELS[k]) }))}
              />
            </Form.Item>
            <Form.Item name="title" label={t(membersText.courseTitle)} rules={required}>
              <Input maxLength={200} />
            </Form.Item>
            <Form.Item name="startedOn" label={t(membersText.startedOn)} rules={required}>
              {date}
            </Form.Item>
            <Form.Item name="endedOn" label={t(membersText.endedOn)}>
              {date}
            </Form.Item>
            <Form.Item name="passed" label={t(membersText.passed)}>
              <Select
                options={[
                  { value: 'unknown', label: t(membersText.passedUnknown) },
                  { value: 'yes', label: t(membersText.passedYes) },
                  { value: 'no', label: t(membersText.passedNo) },
                ]}
              />
            </Form.Item>
          </>
        ) : null}
        {kind === 'equipment' ? (
          <>
            <Form.Item name="item" label={t(membersText.item)} rules={required}>
              <Input maxLength={200} placeholder="Ví dụ: Quần áo xuân hè, gậy cao su" />
            </Form.Item>
            <Form.Item name="quantity" label={t(membersText.quantity)}>
              <InputNumber min={1} max={1000} />
            </Form.Item>
            <Form.Item name="issuedOn" label={t(membersText.issuedOn)} rules={required}>
              {date}
            </Form.Item>
            <Form.Item name="returnedOn" label={t(membersText.returnedOn)}>
              {date}
            </Form.Item>
          </>
        ) : null}
        {kind === 'merits' ? (
          <>
            <Form.Item name="kind" label={t(membersText.kind)}>
              <Select options={MERIT_KINDS.map((k) => ({ value: k, label: t(MERIT_KIND_LABELS[k]) }))} />
            </Form.Item>
            <Form.Item name="decisionNumber" label={t(membersText.decision)} rules={required}>
              <Input maxLength={64} />
            </Form.Item>
            <Form.Item name="decisionDate" label={t(membersText.historyDate)} rules={required}>
              {date}
            </Form.Item>
            <Form.Item name="content" label={t(membersText.content)} rules={required}>
              <Input.TextArea rows={3} maxLength={2000} />
            </Form.Item>
          </>
        ) : null}
      </Form>
    </Modal>
  );
}
