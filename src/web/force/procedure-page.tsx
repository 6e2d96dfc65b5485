import { useState } from 'react';
import { ArrowLeftOutlined, CloseCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Descriptions, Flex, Skeleton, Tag } from 'antd';
import { Link } from 'react-router';
import type { Procedure } from '../../domain/force/force-api.schemas.ts';
import { LEAVE_REASON_LABELS } from '../../domain/force/force.labels.ts';
import { PROCEDURE_KIND_LABELS } from '../../domain/force/procedure-steps.ts';
import { PageHeader } from '../components/page-header.tsx';
import { formatDate, formatNumber } from '../lib/format.ts';
import { common, useT } from '../lib/i18n.ts';
import { useApiErrorHandler } from '../lib/use-api-error.ts';
import { useProcedure } from './api/get-procedure.ts';
import { useUpdateProcedure } from './api/update-procedure.ts';
import { ProcedureDetailsForm } from './components/procedure-details-form.tsx';
import { ProcedureForms } from './components/procedure-forms.tsx';
import {
  KIND_COLORS,
  PROCEDURE_STATUS_COLORS,
  PROCEDURE_STATUS_TEXT,
} from './components/procedure-labels.ts';
import { ProcedurePersonModal } from './components/procedure-person-modal.tsx';
import { ProcedurePersonsTable } from './components/procedure-persons-table.tsx';
import { ProcedureStepsTable } from './components/procedure-steps-table.tsx';
import { proceduresText } from './procedure-messages.ts';

interface ProcedurePageProps {
  procedureId: string;
  canEdit: boolean;
}

function CancelButton({ procedure }: { procedure: Procedure }) {
  const t = useT();
  const { modal, message } = App.useApp();
  const handleApiError = useApiErrorHandler();
  const updateMutation = useUpdateProcedure();
  const handleCancel = () =>
    void modal.confirm({
      title: t(proceduresText.cancel),
      content: t(proceduresText.cancelConfirm, { title: procedure.title }),
      okText: t(proceduresText.cancel),
      okButtonProps: { danger: true },
      cancelText: t(common.close),
      onOk: () =>
        updateMutation
          .mutateAsync({ id: procedure.id, version: procedure.version, status: 'cancelled' })
          .then(() => message.success(t(common.saved)))
          .catch(handleApiError),
    });
  return (
    <Button danger icon={<CloseCircleOutlined />} onClick={handleCancel}>
      {t(proceduresText.cancel)}
    </Button>
  );
}

export function ProcedurePage({ procedureId, canEdit }: ProcedurePageProps) {
  const t = useT();
  const procedureQuery = useProcedure(procedureId);
  const [isAdding, setIsAdding] = useState(false);
  const procedure = procedureQuery.data;
  if (procedureQuery.isError) return <Alert type="error" showIcon title={procedureQuery.error.message} />;
  if (!procedure) return <Skeleton active />;
  const isOpen = procedure.status === 'open';

  return (
    <>
      <Link to="/force/procedures">
        <ArrowLeftOutlined /> {t(proceduresText.backToList)}
      </Link>
      <PageHeader
        title={procedure.title}
        description={
          <Flex gap={8} wrap align="center" component="span">
            <Tag color={KIND_COLORS[procedure.kind]}>{t(PROCEDURE_KIND_LABELS[procedure.kind])}</Tag>
            <span>{procedure.unit.name}</span>
            <Tag color={PROCEDURE_STATUS_COLORS[procedure.status]}>
              {t(PROCEDURE_STATUS_TEXT[procedure.status])}
            </Tag>
          </Flex>
        }
        extra={canEdit && isOpen ? <CancelButton procedure={procedure} /> : null}
      />
      {procedure.lateSteps > 0 && isOpen ? (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          title={t(proceduresText.lateCount, { count: formatNumber(procedure.lateSteps) })}
        />
      ) : null}
      <Card size="small" style={{ marginBottom: 16 }}>
        <Descriptions
          size="small"
          column={{ xs: 1, md: 3 }}
          items={[
            {
              key: 'startedOn',
              label: t(proceduresText.startedOn),
              children: formatDate(procedure.startedOn),
            },
            { key: 'team', label: t(proceduresText.team), children: procedure.team?.name ?? t(common.none) },
            {
              key: 'persons',
              label: t(proceduresText.persons),
              children: t(proceduresText.personsCount, { count: formatNumber(procedure.persons.length) }),
            },
            ...(procedure.leaveReason
              ? [
                  {
                    key: 'reason',
                    label: t(proceduresText.leaveReason),
                    children: t(LEAVE_REASON_LABELS[procedure.leaveReason]),
                    span: 3,
                  },
                ]
              : []),
          ]}
        />
      </Card>
      <Card title={t(proceduresText.steps)} size="small" style={{ marginBottom: 16 }}>
        <ProcedureStepsTable procedure={procedure} canEdit={canEdit} />
      </Card>
      <Card title={t(proceduresText.forms)} size="small" style={{ marginBottom: 16 }}>
        <ProcedureForms procedure={procedure} />
      </Card>
      <Card title={t(proceduresText.details)} size="small" style={{ marginBottom: 16 }}>
        <ProcedureDetailsForm procedure={procedure} canEdit={canEdit} />
      </Card>
      <Card
        title={t(procedure.kind === 'selection' ? proceduresText.dossier : proceduresText.persons)}
        size="small"
        extra={
          canEdit && isOpen && procedure.kind === 'selection' ? (
            <Button size="small" icon={<PlusOutlined />} onClick={() => setIsAdding(true)}>
              {t(proceduresText.addPerson)}
            </Button>
          ) : null
        }
      >
        <ProcedurePersonsTable procedure={procedure} canEdit={canEdit} />
      </Card>
      <ProcedurePersonModal procedureId={procedure.id} open={isAdding} onClose={() => setIsAdding(false)} />
    </>
  );
}
