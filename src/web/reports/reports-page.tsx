import { useState } from 'react';
import { BellOutlined, CalendarOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Popconfirm, Tabs, Tooltip } from 'antd';
import { useNavigate, useSearchParams } from 'react-router';
import { PageHeader } from '../components/page-header.tsx';
import { formatNumber } from '../lib/format.ts';
import { common, useT } from '../lib/i18n.ts';
import { useApiErrorHandler } from '../lib/use-api-error.ts';
import { useGeneratePeriods } from './api/generate-periods.ts';
import { exportPeriods, usePeriods } from './api/list-periods.ts';
import { useSendReminder } from './api/reminders.ts';
import { OutboxTable } from './components/outbox-table.tsx';
import { PeriodsFilters } from './components/periods-filters.tsx';
import { PeriodsTable } from './components/periods-table.tsx';
import { reminderText, reportsText } from './messages.ts';
import type { PeriodFilters, PeriodStatus } from './types.ts';

type Tab = 'all' | 'review' | 'outbox';

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
  const tabParam = searchParams.get('tab');
  const tab: Tab = canReview && (tabParam === 'review' || tabParam === 'outbox') ? tabParam : 'all';
  const filters = readFilters(searchParams);
  const page = Number(searchParams.get('page') ?? '1') || 1;
  const [pageSize, setPageSize] = useState(20);
  const generateMutation = useGeneratePeriods();
  const reminderMutation = useSendReminder();

  const remind = (planId: string, unitId?: string) =>
    reminderMutation.mutate(
      { planId, unitId },
      {
        onSuccess: ({ units, queued }) =>
          units === 0
            ? message.info(t(reminderText.nothingToSend))
            : message.success(
                t(reminderText.sent, { units: formatNumber(units), queued: formatNumber(queued) }),
              ),
        onError: (error) => handleApiError(error),
      },
    );

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
        onRemind={canReview ? (period) => remind(period.planId, period.unit.id) : undefined}
      />
    </>
  );

  return (
    <>
      <PageHeader
        title={t(reportsText.title)}
        description={t(reportsText.description)}
        extra={
          <>
            {canReview ? (
              <Tooltip title={filters.planId ? undefined : t(reminderText.remindLateHint)}>
                <Popconfirm
                  title={t(reminderText.remindLateConfirm)}
                  okText={t(reminderText.send)}
                  cancelText={t(common.cancel)}
                  disabled={!filters.planId}
                  onConfirm={() => filters.planId && remind(filters.planId)}
                >
                  <Button
                    icon={<BellOutlined />}
                    disabled={!filters.planId}
                    loading={reminderMutation.isPending}
                  >
                    {t(reminderText.remindLate)}
                  </Button>
                </Popconfirm>
              </Tooltip>
            ) : null}
            {canGeneratePeriods ? (
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
            ) : null}
          </>
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
              {
                key: 'outbox',
                label: t(reminderText.tab),
                children: tab === 'outbox' ? <OutboxTable /> : null,
              },
            ]}
          />
        ) : (
          list
        )}
      </Card>
    </>
  );
}
