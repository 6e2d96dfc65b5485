import { useState } from 'react';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Flex,
  Input,
  Row,
  Statistic,
  Table,
  Typography,
  type TableColumnsType,
} from 'antd';
import { Link, useSearchParams } from 'react-router';
import { PageHeader } from '../components/page-header.tsx';
import { formatNumber } from '../lib/format.ts';
import { common, useT } from '../lib/i18n.ts';
import { useApiErrorHandler } from '../lib/use-api-error.ts';
import { exportMonthSummary, useComputeMonth, useMonthSummary } from './api/payrolls.ts';
import { ExportButton } from '../components/export-button.tsx';
import { MonthPicker } from './components/month-picker.tsx';
import { PayrollStatusTag } from './components/status-tag.tsx';
import { formatMonth, previousMonth, vnd } from './format.ts';
import { payrollText, statusText, summaryText } from './messages.ts';
import { PAYROLL_STATUSES, type PayrollMonthSummary, type PayrollStatus } from './types.ts';

type District = PayrollMonthSummary['districts'][number];
type Commune = District['communes'][number];

const byText = (a: string, b: string) => a.localeCompare(b, 'vi');

/**
 * The month's totals by district, each district opening onto its communes; a user who computes payrolls may
 * compute every commune's draft at once.
 */
export function SummaryPage({ canCompute }: { canCompute: boolean }) {
  const t = useT();
  const [searchParams, setSearchParams] = useSearchParams();
  const month = searchParams.get('month') ?? previousMonth();
  const [q, setQ] = useState('');
  const summaryQuery = useMonthSummary(month, undefined);
  const summary = summaryQuery.data;
  const { message, modal } = App.useApp();
  const handleApiError = useApiErrorHandler();
  const computeMonth = useComputeMonth();
  const computeAll = () =>
    void modal.confirm({
      title: t(summaryText.computeAll),
      content: t(summaryText.computeAllConfirm, { month: formatMonth(month) }),
      okText: t(summaryText.computeAll),
      cancelText: t(common.cancel),
      onOk: () =>
        computeMonth.mutateAsync({ month }).then(
          (result) => {
            message.success(
              t(summaryText.computedAll, {
                computed: formatNumber(result.computed),
                communes: formatNumber(result.communes),
                total: vnd(result.total),
              }),
            );
            if (result.skipped.length > 0) {
              message.info(t(summaryText.computeSkipped, { count: formatNumber(result.skipped.length) }));
            }
            if (result.failed.length > 0) {
              message.warning(
                t(summaryText.computeFailed, {
                  count: formatNumber(result.failed.length),
                  names: result.failed
                    .slice(0, 5)
                    .map((f) => f.unit.name)
                    .join(', '),
                }),
                8,
              );
            }
          },
          (error: unknown) => handleApiError(error),
        ),
    });
  const needle = q.trim().toLocaleLowerCase('vi');
  const districts = (summary?.districts ?? [])
    .map((district) => ({
      ...district,
      communes: district.communes.filter((c) => !needle || c.name.toLocaleLowerCase('vi').includes(needle)),
    }))
    .filter(
      (district) =>
        !needle || district.communes.length > 0 || district.name.toLocaleLowerCase('vi').includes(needle),
    );

  const communeColumns: TableColumnsType<Commune> = [
    {
      title: t(payrollText.commune),
      dataIndex: 'name',
      sorter: (a, b) => byText(a.name, b.name),
      render: (name: string, commune) =>
        commune.payrollId ? <Link to={`/payroll/payrolls/${commune.payrollId}`}>{name}</Link> : name,
    },
    {
      title: t(payrollText.status),
      key: 'status',
      width: 140,
      sorter: (a, b) => (a.status ?? '').localeCompare(b.status ?? ''),
      render: (_v, commune) => <PayrollStatusTag status={commune.status} />,
    },
    {
      title: t(payrollText.members),
      dataIndex: 'memberCount',
      width: 120,
      align: 'right',
      sorter: (a, b) => a.memberCount - b.memberCount,
      render: (value: number) => formatNumber(value),
    },
    {
      title: t(payrollText.amount),
      dataIndex: 'total',
      width: 180,
      align: 'right',
      sorter: (a, b) => a.total - b.total,
      render: (value: number) => vnd(value),
    },
  ];

  const districtColumns: TableColumnsType<District> = [
    { title: t(payrollText.district), dataIndex: 'name', sorter: (a, b) => byText(a.name, b.name) },
    {
      title: t(summaryText.withPayroll),
      key: 'with',
      width: 180,
      align: 'right',
      render: (_v, district) =>
        `${formatNumber(district.communes.filter((c) => c.payrollId).length)}/${formatNumber(district.communes.length)}`,
    },
    {
      title: t(payrollText.amount),
      dataIndex: 'total',
      width: 180,
      align: 'right',
      sorter: (a, b) => a.total - b.total,
      render: (value: number) => <Typography.Text strong>{vnd(value)}</Typography.Text>,
    },
  ];

  return (
    <>
      <PageHeader
        title={t(summaryText.title)}
        description={t(summaryText.description)}
        extra={
          <Flex gap={8}>
            {canCompute ? (
              <Button type="primary" loading={computeMonth.isPending} onClick={computeAll}>
                {t(summaryText.computeAll)}
              </Button>
            ) : null}
            <ExportButton onExport={() => exportMonthSummary(month, undefined)} />
          </Flex>
        }
      />
      <Card style={{ marginBottom: 16 }}>
        <Flex gap={8} wrap align="center" style={{ marginBottom: 16 }}>
          <MonthPicker
            value={month}
            onChange={(next) => setSearchParams(next ? { month: next } : {}, { replace: true })}
          />
          <Input.Search
            allowClear
            aria-label={t(summaryText.searchCommune)}
            placeholder={t(summaryText.searchCommune)}
            value={q}
            onChange={(event) => setQ(event.target.value)}
            style={{ width: 240 }}
          />
        </Flex>
        {summaryQuery.isError ? <Alert type="error" showIcon title={summaryQuery.error.message} /> : null}
        {summary ? (
          <Row gutter={[24, 16]}>
            <Col xs={12} md={6}>
              <Statistic
                title={`${t(payrollText.total)} ${formatMonth(month)}`}
                value={vnd(summary.totals.total)}
              />
            </Col>
            <Col xs={12} md={6}>
              <Statistic
                title={t(summaryText.withPayroll)}
                value={`${formatNumber(summary.totals.withPayroll)}/${formatNumber(summary.totals.communes)}`}
              />
            </Col>
            {PAYROLL_STATUSES.map((status: PayrollStatus) => (
              <Col xs={6} md={3} key={status}>
                <Statistic
                  title={t(statusText[status])}
                  value={formatNumber(summary.totals.byStatus[status] ?? 0)}
                />
              </Col>
            ))}
          </Row>
        ) : null}
      </Card>
      <Card>
        <Table<District>
          rowKey="id"
          size="middle"
          columns={districtColumns}
          dataSource={districts}
          loading={summaryQuery.isFetching}
          pagination={false}
          expandable={{
            // One district (a district's own view): its communes are what the user came for.
            ...(districts.length === 1 ? { expandedRowKeys: [districts[0]!.id] } : {}),
            expandedRowRender: (district) => (
              <Table<Commune>
                rowKey="id"
                size="small"
                columns={communeColumns}
                dataSource={district.communes}
                pagination={false}
              />
            ),
          }}
          summary={() =>
            summary ? (
              <Table.Summary.Row>
                <Table.Summary.Cell index={0} colSpan={3}>
                  <Typography.Text strong>{t(payrollText.total)}</Typography.Text>
                </Table.Summary.Cell>
                <Table.Summary.Cell index={1} align="right">
                  <Typography.Text strong>{vnd(summary.totals.total)}</Typography.Text>
                </Table.Summary.Cell>
              </Table.Summary.Row>
            ) : null
          }
        />
      </Card>
    </>
  );
}
