import { useState } from 'react';
import { ArrowLeftOutlined, CheckOutlined, RollbackOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Col, Descriptions, Flex, Form, Result, Row, Skeleton, Tag } from 'antd';
import { Link } from 'react-router';
import type { Report } from '../../domain/reports/reports.schemas.ts';
import { PageHeader } from '../components/page-header.tsx';
import { isApiError } from '../lib/api-client.ts';
import { formatDate, formatDateTime } from '../lib/format.ts';
import { useT } from '../lib/i18n.ts';
import { useApiErrorHandler } from '../lib/use-api-error.ts';
import { useAcceptReport } from './api/accept-report.ts';
import { useReport } from './api/get-report.ts';
import { useReturnReport } from './api/return-report.ts';
import { useSaveReport } from './api/save-report.ts';
import { useSubmitReport } from './api/submit-report.ts';
import { CoordinatorPartsCard } from './components/coordinator-parts-card.tsx';
import { ReportDifficultiesCard } from './components/report-difficulties.tsx';
import { ReportFiles } from './components/report-files.tsx';
import {
  ReportForm,
  toReportInput,
  type ReportFormValues,
  type ReportInput,
} from './components/report-form.tsx';
import { ReportStatusTag } from './components/report-status-tag.tsx';
import { ReportTimeline } from './components/report-timeline.tsx';
import { ReportView } from './components/report-view.tsx';
import { ReturnReportModal } from './components/return-report-modal.tsx';
import { reportsText, ROLE_TEXT } from './messages.ts';

export function ReportPage({ periodId }: { periodId: string }) {
  const t = useT();
  const reportQuery = useReport(periodId);
  if (reportQuery.isPending) return <Skeleton active paragraph={{ rows: 10 }} />;
  if (reportQuery.isError) {
    return (
      <Result
        status={isApiError(reportQuery.error) && reportQuery.error.status === 404 ? '404' : 'error'}
        title={reportQuery.error.message}
        extra={
          <Link to="/reports">
            <Button icon={<ArrowLeftOutlined />}>{t(reportsText.backToList)}</Button>
          </Link>
        }
      />
    );
  }
  return <ReportDetail report={reportQuery.data} onReload={() => void reportQuery.refetch()} />;
}

function ReportDetail({ report, onReload }: { report: Report; onReload: () => void }) {
  const t = useT();
  const { message, modal } = App.useApp();
  const handleApiError = useApiErrorHandler();
  const [form] = Form.useForm<ReportFormValues>();
  const [isReturning, setIsReturning] = useState(false);
  const saveMutation = useSaveReport();
  const submitMutation = useSubmitReport();
  const acceptMutation = useAcceptReport();
  const returnMutation = useReturnReport();
  const period = report.period;

  /** A stale version (409) reloads the report, so the next try works on the other person's change. */
  const handleError = (error: unknown) => {
    if (isApiError(error) && error.status === 409 && error.errors.length === 0) {
      message.error(t(reportsText.conflictReloaded));
      onReload();
      return;
    }
    if (isApiError(error) && error.status === 422) onReload();
    handleApiError(error, form);
  };

  const save = (input: ReportInput) =>
    saveMutation.mutateAsync({ periodId: period.periodId, version: report.version, ...input });

  const handleSave = (input: ReportInput) => {
    save(input).then(() => message.success(t(reportsText.saved)), handleError);
  };

  const handleSubmit = async (input: ReportInput) => {
    try {
      const saved = await save(input);
      if (!saved.id) return;
      await submitMutation.mutateAsync({ reportId: saved.id, version: saved.version });
      message.success(t(reportsText.submitted));
    } catch (error) {
      handleError(error);
    }
  };

  /** Files hang on a saved report: the first upload saves the draft as it stands. */
  const ensureReportId = async () => {
    if (report.id) return report.id;
    const saved = await save(toReportInput(form.getFieldsValue(true) as ReportFormValues));
    if (!saved.id) throw new Error(t(reportsText.locked));
    return saved.id;
  };

  const handleAccept = () => {
    if (!report.id) return;
    const reportId = report.id;
    void modal.confirm({
      title: t(reportsText.accept),
      content: t(reportsText.acceptConfirm),
      okText: t(reportsText.accept),
      onOk: () =>
        acceptMutation
          .mutateAsync({ reportId, version: report.version })
          .then(() => message.success(t(reportsText.accepted)), handleError),
    });
  };

  const handleReturn = (comment: string) => {
    if (!report.id) return;
    returnMutation.mutate(
      { reportId: report.id, version: report.version, comment },
      {
        onSuccess: () => {
          setIsReturning(false);
          message.success(t(reportsText.returnedDone));
        },
        onError: handleError,
      },
    );
  };

  const isLead = period.role === 'lead';
  const reviewActions =
    report.canReview && report.id && report.status === 'submitted' ? (
      // Hidden from assistive tech while the return dialog is open: its own "Trả lại" is the one to press.
      <Flex gap={8} aria-hidden={isReturning || undefined}>
        <Button
          type="primary"
          icon={<CheckOutlined />}
          onClick={handleAccept}
          loading={acceptMutation.isPending}
        >
          {t(reportsText.accept)}
        </Button>
        <Button danger icon={<RollbackOutlined />} onClick={() => setIsReturning(true)}>
          {t(reportsText.returnAction)}
        </Button>
      </Flex>
    ) : null;

  return (
    <>
      <Link to="/reports" style={{ display: 'inline-block', marginBottom: 8 }}>
        <ArrowLeftOutlined /> {t(reportsText.backToList)}
      </Link>
      <PageHeader
        title={t(reportsText.reportTitle, { code: period.taskCode })}
        description={period.taskTitle}
        extra={reviewActions}
      />
      <Card size="small" style={{ marginBottom: 16 }}>
        <Descriptions
          size="small"
          column={{ xs: 1, sm: 2, lg: 3 }}
          items={[
            { key: 'plan', label: t(reportsText.plan), children: period.planNumber ?? t(reportsText.empty) },
            {
              key: 'unit',
              label: t(reportsText.unit),
              children: (
                <>
                  {period.unit.name}{' '}
                  <Tag color={isLead ? 'blue' : 'default'}>{t(ROLE_TEXT[period.role])}</Tag>
                </>
              ),
            },
            { key: 'period', label: t(reportsText.period), children: period.label },
            { key: 'due', label: t(reportsText.dueDate), children: formatDate(period.dueDate) },
            {
              key: 'status',
              label: t(reportsText.status),
              children: <ReportStatusTag status={report.status} isLate={period.isLate} />,
            },
            ...(period.submittedAt
              ? [
                  {
                    key: 'submittedAt',
                    label: t(reportsText.submitted),
                    children: formatDateTime(period.submittedAt),
                  },
                ]
              : []),
          ]}
        />
      </Card>
      {report.status === 'returned' && report.returnComment ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={t(reportsText.returnedAlert, { comment: report.returnComment })}
        />
      ) : null}
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={16}>
          <Flex vertical gap={16}>
            <Card title={t(reportsText.content)}>
              {report.canEdit ? (
                <ReportForm
                  report={report}
                  form={form}
                  isSaving={saveMutation.isPending}
                  isSubmitting={submitMutation.isPending}
                  onSave={handleSave}
                  onSubmit={(input) => void handleSubmit(input)}
                />
              ) : (
                <ReportView report={report} />
              )}
            </Card>
            {report.canEdit ? <ReportDifficultiesCard reportId={report.id} /> : null}
            {isLead && report.coordinatorParts.length > 0 ? (
              <CoordinatorPartsCard parts={report.coordinatorParts} />
            ) : null}
          </Flex>
        </Col>
        <Col xs={24} xl={8}>
          <Flex vertical gap={16}>
            <Card title={t(reportsText.files)} size="small">
              <ReportFiles
                periodId={period.periodId}
                files={report.files}
                canEdit={report.canEdit}
                ensureReportId={ensureReportId}
              />
            </Card>
            <Card title={t(reportsText.history)} size="small">
              <ReportTimeline transitions={report.transitions} />
            </Card>
          </Flex>
        </Col>
      </Row>
      {report.canReview ? (
        <ReturnReportModal
          open={isReturning}
          isPending={returnMutation.isPending}
          onCancel={() => setIsReturning(false)}
          onConfirm={handleReturn}
        />
      ) : null}
    </>
  );
}
