import { useState } from 'react';
import { CheckOutlined, FileWordOutlined, UndoOutlined } from '@ant-design/icons';
import {
  App,
  Button,
  DatePicker,
  Flex,
  Form,
  Input,
  Modal,
  Table,
  Tag,
  Typography,
  type TableColumnsType,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { Procedure } from '../../../domain/force/force-api.schemas.ts';
import { DATE_FORMAT, formatDate, toIsoDate } from '../../lib/format.ts';
import { common, useT } from '../../lib/i18n.ts';
import { useApiErrorHandler } from '../../lib/use-api-error.ts';
import { downloadProcedureForm } from '../api/download-procedure-form.ts';
import { useUpdateProcedureStep } from '../api/update-procedure-step.ts';
import { proceduresText } from '../procedure-messages.ts';
import { formLabel, formShortName } from './procedure-labels.ts';
import { forceText } from '../messages.ts';

type Step = Procedure['steps'][number];

const stepStatus = (step: Step) => step.status;

const STATUS_TAG = {
  done: { color: 'success', text: proceduresText.stepDone },
  done_late: { color: 'warning', text: proceduresText.stepDoneLate },
  overdue: { color: 'error', text: proceduresText.stepOverdue },
  open: { color: 'default', text: proceduresText.stepOpen },
} as const;

interface DoneValues {
  doneOn: Dayjs;
  documentNumber?: string;
  note?: string;
}

/** The procedure's steps in order: due date in working days, done date, late ones in red. */
export function ProcedureStepsTable({ procedure, canEdit }: { procedure: Procedure; canEdit: boolean }) {
  const t = useT();
  const { message } = App.useApp();
  const handleApiError = useApiErrorHandler();
  const stepMutation = useUpdateProcedureStep();
  const [marking, setMarking] = useState<Step | null>(null);
  const [form] = Form.useForm<DoneValues>();
  const isOpen = procedure.status === 'open';

  const save = (
    step: Step,
    values: { doneOn: string | null; documentNumber?: string | null; note?: string | null },
  ) =>
    stepMutation.mutate(
      { procedureId: procedure.id, stepKey: step.key, ...values },
      {
        onSuccess: () => {
          message.success(t(proceduresText.stepSaved, { step: step.title }));
          setMarking(null);
        },
        onError: (error) => handleApiError(error, form),
      },
    );

  const columns: TableColumnsType<Step> = [
    { title: '#', dataIndex: 'position', key: 'position', width: 48, render: (value: number) => value + 1 },
    {
      title: t(proceduresText.step),
      dataIndex: 'title',
      key: 'title',
      render: (title: string, step) => (
        <>
          <Typography.Text
            type={stepStatus(step) === 'overdue' ? 'danger' : undefined}
            strong={stepStatus(step) === 'overdue'}
          >
            {title}
          </Typography.Text>
          {step.note ? (
            <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
              {step.note}
            </Typography.Text>
          ) : null}
        </>
      ),
    },
    {
      title: t(proceduresText.dueDate),
      dataIndex: 'dueDate',
      key: 'dueDate',
      width: 110,
      onCell: (step) => ({
        style:
          stepStatus(step) === 'overdue' ? { background: '#fff1f0', color: '#cf1322', fontWeight: 600 } : {},
      }),
      render: (value: string | null) => formatDate(value) || t(common.none),
    },
    {
      title: t(proceduresText.doneOn),
      dataIndex: 'doneOn',
      key: 'doneOn',
      width: 130,
      render: (value: string | null) => formatDate(value) || t(common.none),
    },
    {
      title: t(proceduresText.documentNumber),
      dataIndex: 'documentNumber',
      key: 'documentNumber',
      width: 150,
    },
    {
      title: t(proceduresText.stepForms),
      key: 'forms',
      width: 150,
      render: (_value, step) => (
        <Flex gap={4} wrap>
          {step.forms
            .filter((form) => form !== 'mau-01')
            .map((form) => (
              <Button
                key={form}
                size="small"
                icon={<FileWordOutlined />}
                aria-label={t(proceduresText.download, { form: t(formLabel(form)) })}
                onClick={() =>
                  downloadProcedureForm({ procedureId: procedure.id, form }).catch((error: unknown) =>
                    handleApiError(error),
                  )
                }
              >
                {formShortName(form)}
              </Button>
            ))}
        </Flex>
      ),
    },
    {
      title: t(proceduresText.status),
      key: 'status',
      width: 140,
      render: (_value, step) => {
        const tag = STATUS_TAG[stepStatus(step)];
        return (
          <Flex vertical gap={2}>
            <Tag color={tag.color} style={{ width: 'fit-content' }}>
              {t(tag.text)}
            </Tag>
            {step.workingDaysLate > 0 ? (
              <Typography.Text
                type={step.status === 'overdue' ? 'danger' : 'secondary'}
                style={{ fontSize: 12 }}
              >
                {t(proceduresText.late, { days: step.workingDaysLate })}
              </Typography.Text>
            ) : null}
          </Flex>
        );
      },
    },
  ];
  if (canEdit && isOpen) {
    columns.push({
      title: t(common.actions),
      key: 'actions',
      width: 190,
      render: (_value, step) =>
        step.doneOn ? (
          <Button size="small" icon={<UndoOutlined />} onClick={() => save(step, { doneOn: null })}>
            {t(proceduresText.undo)}
          </Button>
        ) : (
          <Button
            size="small"
            type="primary"
            ghost
            icon={<CheckOutlined />}
            onClick={() => {
              form.setFieldsValue({ doneOn: dayjs(), documentNumber: undefined, note: undefined });
              setMarking(step);
            }}
          >
            {t(proceduresText.markDone)}
          </Button>
        ),
    });
  }

  return (
    <>
      <Table<Step>
        rowKey="key"
        size="middle"
        columns={columns}
        dataSource={procedure.steps}
        pagination={false}
        loading={stepMutation.isPending}
      />
      <Modal
        open={Boolean(marking)}
        title={marking ? t(proceduresText.markDoneTitle, { step: marking.title }) : ''}
        okText={t(common.save)}
        cancelText={t(common.cancel)}
        onOk={() => form.submit()}
        onCancel={() => setMarking(null)}
        okButtonProps={{ loading: stepMutation.isPending }}
        forceRender
      >
        <Form<DoneValues>
          form={form}
          layout="vertical"
          onFinish={(values) =>
            marking &&
            save(marking, {
              doneOn: toIsoDate(values.doneOn) ?? null,
              documentNumber: values.documentNumber?.trim() || null,
              note: values.note?.trim() || null,
            })
          }
        >
          <Form.Item name="doneOn" label={t(proceduresText.doneOn)} rules={[{ required: true }]}>
            <DatePicker format={DATE_FORMAT} placeholder={t(forceText.datePlaceholder)} />
          </Form.Item>
          <Form.Item name="documentNumber" label={t(proceduresText.documentNumber)}>
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item name="note" label={t(proceduresText.details)}>
            <Input.TextArea rows={2} maxLength={2000} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
