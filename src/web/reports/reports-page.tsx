import { useState } from 'react';
import { CalendarOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Tabs, Tooltip } from 'antd';
import { useNavigate, useSearchParams } from 'react-router';
import { PageHeader } from '../components/page-header.tsx';
import { formatNumber } from '../lib/format.ts';
import { useT } from '../lib/i18n.ts';
import { useApiErrorHandler } from '../lib/use-api-error.ts';
import { useGeneratePeriods } from './api/generate-periods.ts';
import { exportPeriods, usePeriods } from './api/list-periods.ts';
import { PeriodsFilters } from './components/periods-filters.tsx';
import { PeriodsTable } from './components/periods-table.tsx';
import { reportsText } from './messages.ts';
import type { PeriodFilters, PeriodStatus } from './types.ts';

type Tab = 'all' | 'review';

interface ReportsPageProps {
  /** Coordinators review submitted reports: they get the "Chờ xem xét" tab. */
  canReview: boolean;
  /** Coordinators (and administrators) create a plan's periods from its schedules. */
  canGeneratePeriods: boolean;
}

/** Filters live in the address, so that coming back from a report finds the same list. */
function readFilters(params: URLSearchParams): PeriodFilters {
  return {
    planId: params.get('planId') ?? undefined,
    status: (params.get('status') as PeriodStatus | null) ?? undefined,
    lateOnly: params.get('lateOnly') === 'true' || undefined,
    dueFrom: params.get('dueFrom') ?? undefined,
    dueTo: params.get('dueTo') ?? undefined,
    q: params.get('q') ?? undefined,
    sort: (params.get('sort') as PeriodFilters['sort'] | null) ?? undefined,
    order: params.get('order') === 'desc' ? 'desc' : undefined,
  };
}

export function ReportsPage({ canReview, canGeneratePeriods }: ReportsPageProps) {
  const t = useT();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const handleApiError = useApiErrorHandler();
  const [searchParams, setSearchParams] = useSearchParams();
  const tab: Tab = canReview && searchParams.get('tab') === 'review' ? 'review' : 'all';
  const filters = readFilters(searchParams);
  const page = Number(searchParams.get('page') ?? '1') || 1;
  const [pageSize, setPageSize] = useState(20);
  const generateMutation = useGeneratePeriods();

  const periodsQuery = usePeriods({
    ...filters,
    status: tab === 'review' ? 'submitted' : filters.status,
    limit: pageSize,
    offset: (page - 1) * pageSize,
  });

  const update = (next: PeriodFilters & { tab?: Tab; page?: number }) => {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(next)) {
      if (value === undefined || value === false || value === '' || value === 'all') continue;
      if (key === 'page' && value === 1) continue;
      params.set(key, String(value));
    }
    setSearchParams(params, { replace: true });
  };

  const handleGenerate = () => {
    if (!filters.planId) return;
    generateMutation.mutate(filters.planId, {
      onSuccess: ({ created }) => message.success(t(reportsText.generated, { count: formatNumber(created) })),
      onError: (error) => handleApiError(error),
    });
  };

  const list = (
    <>
      <PeriodsFilters
        filters={filters}
        showStatus={tab === 'all'}
        onChange={(next) => update({ ...next, sort: filters.sort, order: filters.order, tab })}
        onExport={() =>
          exportPeriods({ ...filters, status: tab === 'review' ? 'submitted' : filters.status })
        }
      />
      {periodsQuery.isError ? (
        <Alert type="error" showIcon title={periodsQuery.error.message} style={{ marginBottom: 16 }} />
      ) : null}
      <PeriodsTable
        data={periodsQuery.data?.items ?? []}
        total={periodsQuery.data?.total ?? 0}
        isLoading={periodsQuery.isFetching}
        page={page}
        pageSize={pageSize}
        onPageChange={(nextPage, nextSize) => {
          setPageSize(nextSize);
          update({ ...filters, tab, page: nextSize === pageSize ? nextPage : 1 });
        }}
        onOpen={(period) => navigate(`/reports/${period.periodId}`)}
        sort={filters.sort}
        order={filters.order}
        onSortChange={(sort, order) => update({ ...filters, tab, sort, order })}
      />
    </>
  );

  return (
    <>
      <PageHeader
        title={t(reportsText.title)}
        description={t(reportsText.description)}
        extra={
          canGeneratePeriods ? (
            <Tooltip title={filters.planId ? undefined : t(reportsText.generatePeriodsHint)}>
              <Button
                icon={<CalendarOutlined />}
                disabled={!filters.planId}
                loading={generateMutation.isPending}
                onClick={handleGenerate}
              >
                {t(reportsText.generatePeriods)}
              </Button>
            </Tooltip>
          ) : null
        }
      />
      <Card>
        {canReview ? (
          <Tabs
            activeKey={tab}
            onChange={(key) => update({ ...filters, tab: key as Tab })}
            items={[
              { key: 'all', label: t(reportsText.tabAll), children: tab === 'all' ? list : null },
              { key: 'review', label: t(reportsText.tabReview), children: tab === 'review' ? list : null },
            ]}
          />
        ) : (
          list
        )}
      </Card>
    </>
  );
}
