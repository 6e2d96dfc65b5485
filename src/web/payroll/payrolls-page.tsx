import { useState } from 'react';
import { BarChartOutlined, CalculatorOutlined, ClearOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Select, Table, Typography, type TableColumnsType } from 'antd';
import type { SorterResult } from 'antd/es/table/interface';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { PageHeader } from '../components/page-header.tsx';
import { serverPagination } from '../components/server-pagination.ts';
import { formatDateTime, formatNumber } from '../lib/format.ts';
import { common, useT } from '../lib/i18n.ts';
import { exportPayrolls, usePayrolls } from './api/payrolls.ts';
import { CommuneSelect } from '../components/commune-select.tsx';
import { ComputeModal } from './components/compute-modal.tsx';
import { ExportButton } from '../components/export-button.tsx';
import { MonthPicker } from './components/month-picker.tsx';
import { PayrollStatusTag } from './components/status-tag.tsx';
import { formatMonth, vnd } from './format.ts';
import { payrollText, payrollsText, statusText } from './messages.ts';
import {
  PAYROLL_STATUSES,
  type PayrollFilters,
  type PayrollSort,
  type PayrollStatus,
  type PayrollSummary,
  type UnitOption,
} from './types.ts';

interface PayrollsPageProps {
  canCompute: boolean;
  canSeeSummary: boolean;
  myCommune?: UnitOption;
}

const SORTS: readonly PayrollSort[] = ['month', 'unit', 'total', 'status', 'updatedAt'];

/** Filters live in the address, so that coming back from a payroll finds the same list. */
function readFilters(params: URLSearchParams): PayrollFilters & { unitName?: string } {
  const status = params.get('status') as PayrollStatus | null;
  const sort = params.get('sort') as PayrollSort | null;
  return {
    unitId: params.get('unitId') ?? undefined,
    unitName: params.get('unitName') ?? undefined,
    month: params.get('month') ?? undefined,
    status: status && PAYROLL_STATUSES.includes(status) ? status : undefined,
    sort: sort && SORTS.includes(sort) ? sort : undefined,
    order: params.get('order') === 'asc' ? 'asc' : params.get('order') === 'desc' ? 'desc' : undefined,
  };
}

export function PayrollsPage({ canCompute, canSeeSummary, myCommune }: PayrollsPageProps) {
  const t = useT();
  const navigate = useNavigate();
  const [searchParams, setSearchParams] = useSearchParams();
  const { unitName, ...urlFilters } = readFilters(searchParams);
  const filters: PayrollFilters = myCommune ? { ...urlFilters, unitId: myCommune.id } : urlFilters;
  const commune: UnitOption | undefined =
    myCommune ??
    (filters.unitId ? { id: filters.unitId, code: '', name: unitName ?? filters.unitId } : undefined);
  const page = Number(searchParams.get('page') ?? '1') || 1;
  const [pageSize, setPageSize] = useState(50);
  const [isComputing, setIsComputing] = useState(false);
  const payrollsQuery = usePayrolls({ ...filters, limit: pageSize, offset: (page - 1) * pageSize });

  const update = (next: PayrollFilters & { unitName?: string; page?: number }) => {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(next)) {
      if (value === undefined || value === '') continue;
      if (key === 'page' && value === 1) continue;
      if (myCommune && (key === 'unitId' || key === 'unitName')) continue;
      params.set(key, String(value));
    }
    setSearchParams(params, { replace: true });
  };
  const current = { ...filters, unitName: commune?.name };
  const hasFilters = Boolean(filters.month || filters.status || (!myCommune && filters.unitId));
  const sortOrderOf = (key: PayrollSort) =>
    (filters.sort ?? 'month') === key ? ((filters.order ?? 'desc') === 'asc' ? 'ascend' : 'descend') : null;

  const columns: TableColumnsType<PayrollSummary> = [
    {
      title: t(payrollText.month),
      key: 'month',
      width: 110,
      sorter: true,
      sortOrder: sortOrderOf('month'),
      render: (_v, row) => (
        <Link to={`/payroll/payrolls/${row.id}`} style={{ fontWeight: 600 }}>
          {formatMonth(row.month)}
        </Link>
      ),
    },
    {
      title: t(payrollText.commune),
      key: 'unit',
      sorter: true,
      sortOrder: sortOrderOf('unit'),
      render: (_v, row) => (
        <Flex vertical>
          <span>{row.unit.name}</span>
          {row.district ? (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {row.district.name}
            </Typography.Text>
          ) : null}
        </Flex>
      ),
    },
    {
      title: t(payrollText.status),
      key: 'status',
      width: 130,
      sorter: true,
      sortOrder: sortOrderOf('status'),
      render: (_v, row) => <PayrollStatusTag status={row.status} />,
    },
    {
      title: t(payrollsText.members),
      dataIndex: 'memberCount',
      width: 100,
      align: 'right',
      render: (value: number) => formatNumber(value),
    },
    {
      title: t(payrollsText.corrections),
      dataIndex: 'correctionTotal',
      width: 140,
      align: 'right',
      render: (value: number) => (value === 0 ? t(common.none) : vnd(value)),
    },
    {
      title: t(payrollsText.total),
      key: 'total',
      width: 160,
      align: 'right',
      sorter: true,
      sortOrder: sortOrderOf('total'),
      render: (_v, row) => <Typography.Text strong>{vnd(row.total)}</Typography.Text>,
    },
    {
      title: t(payrollsText.warnings),
      dataIndex: 'warningCount',
      width: 100,
      align: 'right',
      render: (value: number) =>
        value > 0 ? <Typography.Text type="warning">{formatNumber(value)}</Typography.Text> : t(common.none),
    },
    {
      title: t(payrollsText.updatedAt),
      key: 'updatedAt',
      width: 170,
      sorter: true,
      sortOrder: sortOrderOf('updatedAt'),
      render: (_v, row) => formatDateTime(row.updatedAt).slice(0, 16),
    },
  ];

  return (
    <>
      <PageHeader
        title={t(payrollsText.title)}
        description={t(payrollsText.description)}
        extra={
          <>
            {canSeeSummary ? (
              <Button icon={<BarChartOutlined />} onClick={() => void navigate('/payroll/summary')}>
                {t(payrollsText.summaryLink)}
              </Button>
            ) : null}
            <ExportButton onExport={() => exportPayrolls(filters)} />
            {canCompute ? (
              <Button type="primary" icon={<CalculatorOutlined />} onClick={() => setIsComputing(true)}>
                {t(payrollsText.computeMonth)}
              </Button>
            ) : null}
          </>
        }
      />
      <Card>
        <Flex gap={8} wrap align="center" style={{ marginBottom: 16 }}>
          {!myCommune ? (
            <CommuneSelect
              allowClear
              aria-label={t(payrollText.commune)}
              placeholder={t(payrollText.communePlaceholder)}
              value={filters.unitId}
              initialUnit={commune}
              onChange={(unitId, unit) => update({ ...current, unitId, unitName: unit?.name })}
              style={{ width: 260 }}
            />
          ) : null}
          <MonthPicker allowClear value={filters.month} onChange={(month) => update({ ...current, month })} />
          <Select<PayrollStatus>
            allowClear
            aria-label={t(payrollText.status)}
            placeholder={t(payrollText.statusPlaceholder)}
            value={filters.status}
            onChange={(status) => update({ ...current, status })}
            options={PAYROLL_STATUSES.map((status) => ({ value: status, label: t(statusText[status]) }))}
            style={{ width: 180 }}
          />
          {hasFilters ? (
            <Button
              icon={<ClearOutlined />}
              onClick={() => update({ sort: filters.sort, order: filters.order })}
            >
              {t(common.reset)}
            </Button>
          ) : null}
        </Flex>
        {payrollsQuery.isError ? (
          <Alert type="error" showIcon title={payrollsQuery.error.message} style={{ marginBottom: 16 }} />
        ) : null}
        <Table<PayrollSummary>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={payrollsQuery.data?.items ?? []}
          loading={payrollsQuery.isFetching}
          locale={{ emptyText: t(payrollsText.empty) }}
          scroll={{ x: 1000 }}
          onRow={(row) => ({ onDoubleClick: () => void navigate(`/payroll/payrolls/${row.id}`) })}
          pagination={serverPagination(t, { page, pageSize, total: payrollsQuery.data?.total ?? 0 })}
          onChange={(pagination, _filters, sorter) => {
            const { columnKey, order } = (
              Array.isArray(sorter) ? sorter[0] : sorter
            ) as SorterResult<PayrollSummary>;
            const nextSize = pagination.pageSize ?? pageSize;
            setPageSize(nextSize);
            update({
              ...current,
              sort: order ? (columnKey as PayrollSort) : undefined,
              order: order ? (order === 'ascend' ? 'asc' : 'desc') : undefined,
              page: nextSize === pageSize ? (pagination.current ?? 1) : 1,
            });
          }}
        />
      </Card>
      {isComputing ? (
        <ComputeModal
          open
          myCommune={myCommune}
          initialCommune={commune}
          initialMonth={filters.month}
          onClose={() => setIsComputing(false)}
        />
      ) : null}
    </>
  );
}
