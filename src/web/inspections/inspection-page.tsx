import { useState } from 'react';
import { ArrowLeftOutlined, CheckCircleOutlined, EditOutlined, StopOutlined } from '@ant-design/icons';
import { Alert, App, Button, Flex, Form, Input, Result, Skeleton } from 'antd';
import dayjs from 'dayjs';
import { Link } from 'react-router';
import type { Inspection } from '../../domain/inspections/inspections.schemas.ts';
import { inspectionCancelSchema } from '../../domain/inspections/inspections.schemas.ts';
import { PageHeader } from '../components/page-header.tsx';
import { isApiError } from '../lib/api-client.ts';
import { toIsoDate } from '../lib/format.ts';
import { common, useT } from '../lib/i18n.ts';
import { zodRule } from '../lib/zod-rule.ts';
import { useInspection } from './api/get-inspection.ts';
import { useChangeInspection } from './api/update-inspection.ts';
import { FindingsSection } from './components/findings-section.tsx';
import { FormModal } from './components/form-modal.tsx';
import { InspectionDrawer } from './components/inspection-drawer.tsx';
import { ConclusionFields, type InspectionFormValues } from './components/inspection-fields.tsx';
import { ConclusionCard, InspectionInfo } from './components/inspection-info.tsx';
import './inspections.css';
import { inspectionsText } from './messages.ts';

export function InspectionPage({ id }: { id: string }) {
  const t = useT();
  const inspectionQuery = useInspection(id);
  if (inspectionQuery.isPending) return <Skeleton active paragraph={{ rows: 10 }} />;
  if (inspectionQuery.isError) {
    return (
      <Result
        status={isApiError(inspectionQuery.error) && inspectionQuery.error.status === 404 ? '404' : 'error'}
        title={inspectionQuery.error.message}
        extra={
          <Link to="/inspections">
            <Button icon={<ArrowLeftOutlined />}>{t(inspectionsText.backToList)}</Button>
          </Link>
        }
      />
    );
  }
  return <InspectionDetail inspection={inspectionQuery.data} />;
}

type Dialog = 'edit' | 'complete' | 'cancel' | null;

function InspectionDetail({ inspection }: { inspection: Inspection }) {
  const t = useT();
  const { message } = App.useApp();
  const [dialog, setDialog] = useState<Dialog>(null);
  const mutation = useChangeInspection();
  const isPlanned = inspection.state === 'planned';

  const actions = inspection.canEdit ? (
    <>
      <Button icon={<EditOutlined />} onClick={() => setDialog('edit')}>
        {t(common.edit)}
      </Button>
      {isPlanned ? (
        <>
          <Button danger icon={<StopOutlined />} onClick={() => setDialog('cancel')}>
            {t(inspectionsText.cancel)}
          </Button>
          <Button type="primary" icon={<CheckCircleOutlined />} onClick={() => setDialog('complete')}>
            {t(inspectionsText.complete)}
          </Button>
        </>
      ) : null}
    </>
  ) : null;

  return (
    <>
      <Link to="/inspections" style={{ display: 'inline-block', marginBottom: 8 }}>
        <ArrowLeftOutlined /> {t(inspectionsText.backToList)}
      </Link>
      <PageHeader title={inspection.subject} extra={actions} />
      <Flex vertical gap={16}>
        {inspection.state === 'cancelled' ? (
          <Alert
            type="warning"
            showIcon
            title={t(inspectionsText.cancelledAlert, { reason: inspection.cancelReason ?? '' })}
          />
        ) : null}
        {isPlanned && inspection.canEdit ? (
          <Alert type="info" showIcon title={t(inspectionsText.plannedAlert)} />
        ) : null}
        {!inspection.canEdit && inspection.state !== 'cancelled' ? (
          <Alert type="info" showIcon title={t(inspectionsText.readOnly)} />
        ) : null}
        <InspectionInfo inspection={inspection} />
        <ConclusionCard inspection={inspection} />
        {inspection.state === 'done' ? <FindingsSection inspection={inspection} /> : null}
      </Flex>
      {inspection.canEdit ? (
        <InspectionDrawer open={dialog === 'edit'} inspection={inspection} onClose={() => setDialog(null)} />
      ) : null}
      <FormModal<Pick<InspectionFormValues, 'actualDate' | 'conclusion' | 'conclusionNumber'>>
        open={dialog === 'complete'}
        width={680}
        title={t(inspectionsText.completeTitle)}
        okText={t(inspectionsText.complete)}
        initialValues={{
          actualDate: dayjs().isBefore(dayjs(inspection.plannedFrom))
            ? dayjs()
            : dayjs(inspection.plannedFrom),
        }}
        onClose={() => setDialog(null)}
        onSubmit={async (values) => {
          await mutation.mutateAsync({
            id: inspection.id,
            kind: 'complete',
            input: {
              version: inspection.version,
              actualDate: toIsoDate(values.actualDate) ?? '',
              conclusion: values.conclusion?.trim() ?? '',
              conclusionNumber: values.conclusionNumber?.trim() || null,
            },
          });
          message.success(t(inspectionsText.completed));
        }}
      >
        <ConclusionFields />
      </FormModal>
      <FormModal<{ reason: string }>
        open={dialog === 'cancel'}
        title={t(inspectionsText.cancel)}
        okText={t(inspectionsText.cancel)}
        isDanger
        onClose={() => setDialog(null)}
        onSubmit={async (values) => {
          await mutation.mutateAsync({
            id: inspection.id,
            kind: 'cancel',
            input: { version: inspection.version, reason: values.reason.trim() },
          });
          message.success(t(inspectionsText.cancelled));
        }}
      >
        <Form.Item
          name="reason"
          label={t(inspectionsText.cancelReason)}
          rules={[
            {
              required: true,
              whitespace: true,
              message: t(common.required, { field: t(inspectionsText.cancelReason).toLowerCase() }),
            },
            zodRule(inspectionCancelSchema.shape.reason),
          ]}
        >
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} />
        </Form.Item>
      </FormModal>
    </>
  );
}
