import { useState } from 'react';
import {
  ArrowLeftOutlined,
  CheckOutlined,
  DollarOutlined,
  FileWordOutlined,
  RedoOutlined,
  RollbackOutlined,
  SendOutlined,
  EditOutlined,
} from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  DatePicker,
  Flex,
  Form,
  Input,
  Modal,
  Result,
  Row,
  Spin,
  Statistic,
  Table,
  Tabs,
  Timeline,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { Link, useNavigate } from 'react-router';
import { RATE_KIND_LABELS, RATE_KINDS, ROUNDING_RULE_LABELS } from '../../domain/payroll/constants.ts';
import { PageHeader } from '../components/page-header.tsx';
import { isApiError } from '../lib/api-client.ts';
import { DATE_FORMAT, formatDate, formatDateTime, formatNumber, toIsoDate } from '../lib/format.ts';
import { common, useT } from '../lib/i18n.ts';
import { useApiErrorHandler } from '../lib/use-api-error.ts';
import {
  downloadPayrollCover,
  downloadPayrollXlsx,
  useComputePayroll,
  usePayroll,
  usePayrollAction,
  type PayrollAction,
} from './api/payrolls.ts';
import { ComputingProgress } from './components/compute-modal.tsx';
import { ExportButton } from '../components/export-button.tsx';
import { LinesTable } from './components/lines-table.tsx';
import { PayrollStatusTag } from './components/status-tag.tsx';
import { formatMonth, vnd } from './format.ts';
import { payrollPageText, payrollText, statusText } from './messages.ts';
import type { PayrollDetail, PayrollHistoryEntry } from './types.ts';

const byText = (a: string, b: string) => a.localeCompare(b, 'vi');

function History({ history }: { history: PayrollHistoryEntry[] }) {
  const t = useT();
  if (history.length === 0)
    return <Typography.Text type="secondary">{t(payrollPageText.noHistory)}</Typography.Text>;
  return (
    <Timeline
      items={history.map((entry, index) => ({
        key: `${entry.at}-${index}`,
        color:
          entry.to === 'approved' || entry.to === 'paid'
            ? 'green'
            : entry.to === 'submitted'
              ? 'blue'
              : 'gray',
        content: (
          <>
            <Typography.Text strong>
              {entry.from
                ? t(payrollPageText.statusChange, {
                    from: t(statusText[entry.from]),
                    to: t(statusText[entry.to]),
                  })
                : t(statusText[entry.to])}
            </Typography.Text>
            <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
              {entry.by ? `${entry.by} · ` : ''}
              {formatDateTime(entry.at).slice(0, 16)}
            </Typography.Text>
            {entry.reason ? (
              <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: '4px 0 0' }}>
                {entry.reason}
              </Typography.Paragraph>
            ) : null}
          </>
        ),
      }))}
    />
  );
}

function TeamTotals({ payroll }: { payroll: PayrollDetail }) {
  const t = useT();
  return (
    <Table
      rowKey="teamId"
      size="small"
      pagination={false}
      dataSource={payroll.totals.byTeam}
      columns={[
        {
          title: t(payrollText.team),
          dataIndex: 'teamName',
          sorter: (a, b) => byText(a.teamName, b.teamName),
        },
        {
          title: t(payrollText.members),
          dataIndex: 'members',
          align: 'right',
          width: 140,
          sorter: (a, b) => a.members - b.members,
          render: (value: number) => formatNumber(value),
        },
        {
          title: t(payrollText.amount),
          dataIndex: 'amount',
          align: 'right',
          width: 200,
          sorter: (a, b) => a.amount - b.amount,
          render: (value: number) => vnd(value),
        },
      ]}
      // The teams' amounts hold the corrections too: their sum is what the commune pays this month.
      summary={() => (
        <Table.Summary.Row>
          <Table.Summary.Cell index={0} colSpan={2}>
            <Typography.Text strong>{t(payrollPageText.totalCommune)}</Typography.Text>
          </Table.Summary.Cell>
          <Table.Summary.Cell index={2} align="right">
            <Typography.Text strong>{vnd(payroll.totals.commune)}</Typography.Text>
          </Table.Summary.Cell>
        </Table.Summary.Row>
      )}
    />
  );
}

function KindTotals({ payroll }: { payroll: PayrollDetail }) {
  const t = useT();
  const rows = RATE_KINDS.filter((kind) => (payroll.totals.byKind[kind] ?? 0) !== 0).map((kind) => ({
    kind,
    amount: payroll.totals.byKind[kind] ?? 0,
  }));
  return (
    <Table
      rowKey="kind"
      size="small"
      pagination={false}
      dataSource={rows}
      columns={[
        {
          title: t(payrollText.kind),
          dataIndex: 'kind',
          render: (kind: (typeof rows)[number]['kind']) => t(RATE_KIND_LABELS[kind]),
        },
        {
          title: t(payrollText.amount),
          dataIndex: 'amount',
          align: 'right',
          width: 200,
          sorter: (a, b) => a.amount - b.amount,
          render: (value: number) => vnd(value),
        },
      ]}
    />
  );
}

/** Return: asks for the reason the commune reads on its draft. */
function ReasonModal({
  open,
  isPending,
  onCancel,
  onConfirm,
}: {
  open: boolean;
  isPending: boolean;
  onCancel: () => void;
  onConfirm: (reason: string) => void;
}) {
  const t = useT();
  const [form] = Form.useForm<{ reason: string }>();
  return (
    <Modal
      open={open}
      title={t(payrollPageText.returnTitle)}
      okText={t(payrollPageText.return)}
      okButtonProps={{ danger: true, loading: isPending }}
      cancelText={t(common.cancel)}
      onCancel={onCancel}
      onOk={() => form.submit()}
      afterClose={() => form.resetFields()}
      forceRender
    >
      <Form form={form} layout="vertical" onFinish={(values) => onConfirm(values.reason.trim())}>
        <Form.Item
          name="reason"
          label={t(payrollPageText.returnReason)}
          rules={[{ required: true, whitespace: true, message: t(payrollPageText.returnReasonRequired) }]}
        >
          <Input.TextArea
            autoSize={{ minRows: 3, maxRows: 8 }}
            maxLength={2000}
            placeholder={t(payrollPageText.returnReasonPlaceholder)}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function PayModal({
  open,
  isPending,
  onCancel,
  onConfirm,
}: {
  open: boolean;
  isPending: boolean;
  onCancel: () => void;
  onConfirm: (paidOn: string | undefined) => void;
}) {
  const t = useT();
  const [paidOn, setPaidOn] = useState<Dayjs | null>(dayjs());
  return (
    <Modal
      open={open}
      title={t(payrollPageText.payTitle)}
      okText={t(payrollPageText.pay)}
      okButtonProps={{ loading: isPending }}
      cancelText={t(common.cancel)}
      onCancel={onCancel}
      onOk={() => onConfirm(toIsoDate(paidOn))}
    >
      <Form layout="vertical">
        <Form.Item label={t(payrollPageText.paidOn)}>
          <DatePicker
            format={DATE_FORMAT}
            value={paidOn}
            onChange={setPaidOn}
            aria-label={t(payrollPageText.paidOn)}
            disabledDate={(date) => date.isAfter(dayjs(), 'day')}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}

export function PayrollPage({ id }: { id: string }) {
  const t = useT();
  const navigate = useNavigate();
  const { message, modal } = App.useApp();
  const handleApiError = useApiErrorHandler();
  const payrollQuery = usePayroll(id);
  const compute = useComputePayroll();
  const action = usePayrollAction();
  const [modalOpen, setModalOpen] = useState<'return' | 'pay' | null>(null);

  if (payrollQuery.isPending) return <Spin size="large" style={{ display: 'block', margin: '96px auto' }} />;
  if (payrollQuery.isError) {
    const notFound = isApiError(payrollQuery.error) && payrollQuery.error.status === 404;
    return (
      <Result
        status={notFound ? '404' : 'error'}
        title={notFound ? t(payrollPageText.notFound) : payrollQuery.error.message}
        extra={<Button onClick={() => void navigate('/payroll/payrolls')}>{t(payrollPageText.back)}</Button>}
      />
    );
  }
  const payroll = payrollQuery.data;
  const month = formatMonth(payroll.month);
  const total = vnd(payroll.totals.commune);

  const run = (next: PayrollAction, done: { vi: string; en: string }, body?: Record<string, unknown>) =>
    action.mutateAsync({ id: payroll.id, action: next, body }).then(
      () => {
        message.success(t(done));
        setModalOpen(null);
      },
      (error: unknown) => handleApiError(error),
    );

  const confirm = (title: string, content: string, okText: string, onOk: () => Promise<unknown>) =>
    void modal.confirm({ title, content, okText, cancelText: t(common.cancel), onOk });

  const recompute = () =>
    confirm(
      t(payrollPageText.recompute),
      t(payrollPageText.recomputeConfirm, { month }),
      t(payrollPageText.recompute),
      () =>
        compute.mutateAsync({ unitId: payroll.unit.id, month: payroll.month }).then(
          () => message.success(t(payrollPageText.recomputed)),
          (error: unknown) => handleApiError(error),
        ),
    );

  const approverName = t(
    payroll.approver === 'district' ? payrollPageText.approverDistrict : payrollPageText.approverProvince,
  );

  return (
    <>
      <Link to="/payroll/payrolls" style={{ display: 'inline-block', marginBottom: 8 }}>
        <ArrowLeftOutlined /> {t(payrollPageText.back)}
      </Link>
      <PageHeader
        title={t(payrollPageText.title, { month })}
        description={
          <Flex gap={8} align="center" wrap>
            <Typography.Text strong>{payroll.unit.name}</Typography.Text>
            {payroll.district ? (
              <Typography.Text type="secondary">· {payroll.district.name}</Typography.Text>
            ) : null}
            <PayrollStatusTag status={payroll.status} />
          </Flex>
        }
        extra={
          <>
            <ExportButton label={t(payrollText.downloadXlsx)} onExport={() => downloadPayrollXlsx(payroll)} />
            <ExportButton
              label={t(payrollText.downloadDocx)}
              icon={<FileWordOutlined />}
              onExport={() => downloadPayrollCover(payroll)}
            />
          </>
        }
      />
      {payroll.status === 'draft' && payroll.returnedReason ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={t(payrollPageText.returnedBanner)}
          description={
            <>
              <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>
                {payroll.returnedReason}
              </Typography.Paragraph>
              {payroll.can.recompute ? (
                <Typography.Text type="secondary">{t(payrollPageText.returnedHint)}</Typography.Text>
              ) : null}
            </>
          }
        />
      ) : null}
      {payroll.status === 'submitted' ? (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={t(payrollPageText.submittedBanner, { approver: approverName })}
        />
      ) : null}
      {payroll.status === 'approved' || payroll.status === 'paid' ? (
        <Alert
          type="success"
          showIcon
          style={{ marginBottom: 16 }}
          title={
            payroll.status === 'paid' && payroll.paidOn
              ? t(payrollPageText.paidBanner, { date: formatDate(payroll.paidOn) })
              : t(payrollPageText.approvedBanner)
          }
          description={t(payrollPageText.frozenBanner)}
        />
      ) : null}
      {payroll.warnings.length > 0 ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={t(payrollPageText.warningsTitle, { count: formatNumber(payroll.warnings.length) })}
          description={
            <ul style={{ margin: 0, paddingLeft: 20 }}>
              {payroll.warnings.map((warning, index) => (
                <li key={`${warning.code}-${warning.memberId ?? ''}-${index}`}>{warning.message}</li>
              ))}
            </ul>
          }
        />
      ) : null}
      <Card style={{ marginBottom: 16 }}>
        <Row gutter={[24, 16]} align="middle">
          <Col xs={12} md={6}>
            <Statistic
              title={t(payrollPageText.totalCommune)}
              value={total}
              valueStyle={{ fontWeight: 600 }}
              // The figure the treasury pays: lines of the month plus corrections of earlier months.
            />
          </Col>
          <Col xs={12} md={5}>
            <Statistic title={t(payrollPageText.totalLines)} value={vnd(payroll.totals.lines)} />
          </Col>
          <Col xs={12} md={5}>
            <Statistic title={t(payrollPageText.totalCorrections)} value={vnd(payroll.totals.corrections)} />
          </Col>
          <Col xs={12} md={3}>
            <Statistic title={t(payrollPageText.membersCount)} value={formatNumber(payroll.memberCount)} />
          </Col>
          <Col xs={24} md={5}>
            <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
              {t(payrollPageText.rounding)}: {t(ROUNDING_RULE_LABELS[payroll.roundingRule])}
            </Typography.Text>
            {payroll.computedAt ? (
              <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                {t(payrollPageText.computedAt)}: {formatDateTime(payroll.computedAt).slice(0, 16)}
              </Typography.Text>
            ) : null}
          </Col>
        </Row>
        <Flex gap={8} wrap style={{ marginTop: 16 }}>
          {payroll.can.recompute ? (
            <>
              <Button
                icon={<EditOutlined />}
                onClick={() =>
                  void navigate(
                    `/payroll/days?unitId=${payroll.unit.id}&unitName=${encodeURIComponent(payroll.unit.name)}&month=${payroll.month}`,
                  )
                }
              >
                {t(payrollPageText.daysPage)}
              </Button>
              <Button icon={<RedoOutlined />} loading={compute.isPending} onClick={recompute}>
                {t(payrollPageText.recompute)}
              </Button>
            </>
          ) : null}
          {payroll.can.submit ? (
            <Button
              type="primary"
              icon={<SendOutlined />}
              loading={action.isPending && action.variables?.action === 'submit'}
              onClick={() =>
                confirm(
                  t(payrollPageText.submit),
                  t(payrollPageText.submitConfirm, { month, total }),
                  t(payrollPageText.submit),
                  () => run('submit', payrollPageText.submitted),
                )
              }
            >
              {t(payrollPageText.submit)}
            </Button>
          ) : null}
          {payroll.can.approve ? (
            <Button
              type="primary"
              icon={<CheckOutlined />}
              loading={action.isPending && action.variables?.action === 'approve'}
              onClick={() =>
                confirm(
                  t(payrollPageText.approve),
                  t(payrollPageText.approveConfirm, { month, total, commune: payroll.unit.name }),
                  t(payrollPageText.approve),
                  () => run('approve', payrollPageText.approved),
                )
              }
            >
              {t(payrollPageText.approve)}
            </Button>
          ) : null}
          {payroll.can.return ? (
            <Button danger icon={<RollbackOutlined />} onClick={() => setModalOpen('return')}>
              {t(payrollPageText.return)}
            </Button>
          ) : null}
          {payroll.can.pay ? (
            <Button icon={<DollarOutlined />} onClick={() => setModalOpen('pay')}>
              {t(payrollPageText.pay)}
            </Button>
          ) : null}
        </Flex>
        <ComputingProgress isRunning={compute.isPending} />
      </Card>
      <Card>
        <Tabs
          items={[
            { key: 'lines', label: t(payrollPageText.tabLines), children: <LinesTable payroll={payroll} /> },
            { key: 'teams', label: t(payrollPageText.tabTeams), children: <TeamTotals payroll={payroll} /> },
            { key: 'kinds', label: t(payrollPageText.tabKinds), children: <KindTotals payroll={payroll} /> },
            {
              key: 'history',
              label: t(payrollPageText.tabHistory),
              children: <History history={payroll.history} />,
            },
          ]}
        />
      </Card>
      <ReasonModal
        open={modalOpen === 'return'}
        isPending={action.isPending}
        onCancel={() => setModalOpen(null)}
        onConfirm={(reason) => void run('return', payrollPageText.returned, { reason })}
      />
      <PayModal
        open={modalOpen === 'pay'}
        isPending={action.isPending}
        onCancel={() => setModalOpen(null)}
        onConfirm={(paidOn) => void run('pay', payrollPageText.paid, paidOn ? { paidOn } : {})}
      />
    </>
  );
}
