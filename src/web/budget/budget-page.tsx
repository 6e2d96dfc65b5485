import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { FileExcelOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Select, Table, Tabs, Typography } from 'antd';
import {
  BUDGET_KINDS,
  BUDGET_ORIGINS,
  BUDGET_SORTS,
  BUDGET_SOURCE_LABELS,
  BUDGET_SOURCES,
  type BudgetSort,
  type BudgetSource,
} from '../../domain/budget/budget.schemas.ts';
import { PageHeader } from '../components/page-header.tsx';
import { common, useT } from '../lib/i18n.ts';
import { useApiErrorHandler } from '../lib/use-api-error.ts';
import { exportBudgetEntries, useBudgetEntries } from './api/budget-entries.ts';
import { exportBudgetSummary, useBudgetSummary, useBudgetTask } from './api/budget-summary.ts';
import { BudgetEntriesTable } from './components/budget-entries-table.tsx';
import { BudgetEntryDrawer, type DrawerUnit } from './components/budget-entry-drawer.tsx';
import { BudgetFilters } from './components/budget-filters.tsx';
import { BudgetSummaryTable } from './components/budget-summary-table.tsx';
import { UnitSelect } from './components/unit-select.tsx';
import { fiscalYears, vnd } from './format.ts';
import { budgetText } from './messages.ts';
import type { BudgetFilters as Filters, SortOrder } from './types.ts';

const oneOf = <T extends string>(values: readonly T[], value: string | null): T | undefined =>
  value !== null && (values as readonly string[]).includes(value) ? (value as T) : undefined;

/** Filters, sorting, the tab and the open entry live in the address: a link finds the same view. */
function readFilters(params: URLSearchParams): Filters {
  const text = (key: string) => params.get(key) || undefined;
  const year = Number(params.get('year'));
  return {
    fiscalYear: Number.isInteger(year) && year >= 2020 ? year : undefined,
    unitId: text('unitId'),
    districtId: text('districtId'),
    source: oneOf(BUDGET_SOURCES, params.get('source')),
    kind: oneOf(BUDGET_KINDS, params.get('kind')),
    origin: oneOf(BUDGET_ORIGINS, params.get('origin')),
    taskId: text('taskId'),
  };
}

export interface BudgetPageProps {
  canWrite: boolean;
  canChooseUnit: boolean;
  /** Users whose scope is the province (coordinators, leaders, admins) filter by district; others have none. */
  showDistrict: boolean;
  myUnit: DrawerUnit;
}

export function BudgetPage({ canWrite, canChooseUnit, showDistrict, myUnit }: BudgetPageProps) {
  const t = useT();
  const handleApiError = useApiErrorHandler();
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = readFilters(searchParams);
  const tab = searchParams.get('tab') === 'summary' ? 'summary' : 'entries';
  const sort: BudgetSort = oneOf(BUDGET_SORTS, searchParams.get('sort')) ?? 'entryDate';
  const order: SortOrder = searchParams.get('order') === 'asc' ? 'asc' : 'desc';
  const page = Number(searchParams.get('page') ?? '1') || 1;
  const openId = searchParams.get('id') ?? undefined;
  const summaryYear = filters.fiscalYear ?? new Date().getFullYear();
  const [pageSize, setPageSize] = useState(20);
  const [isExporting, setIsExporting] = useState(false);

  const listQuery = useBudgetEntries({
    ...filters,
    sort,
    order,
    limit: pageSize,
    offset: (page - 1) * pageSize,
  });
  const summaryQuery = useBudgetSummary({
    fiscalYear: summaryYear,
    districtId: filters.districtId,
    source: filters.source,
  });
  const taskQuery = useBudgetTask(filters.taskId);

  const update = (next: {
    filters?: Filters;
    sort?: BudgetSort;
    order?: SortOrder;
    page?: number;
    id?: string;
    tab?: string;
  }) => {
    const params = new URLSearchParams();
    const { fiscalYear, ...rest } = next.filters ?? filters;
    const values: Record<string, string | number | undefined> = {
      tab: next.tab ?? tab,
      year: fiscalYear,
      ...rest,
      sort: next.sort ?? sort,
      order: next.order ?? order,
      page: next.page ?? page,
      id: 'id' in next ? next.id : openId,
    };
    for (const [key, value] of Object.entries(values)) {
      if (value === undefined || value === '') continue;
      if ((key === 'page' && value === 1) || (key === 'sort' && value === 'entryDate')) continue;
      if ((key === 'order' && value === 'desc') || (key === 'tab' && value === 'entries')) continue;
      params.set(key, String(value));
    }
    setSearchParams(params, { replace: true });
  };

  const runExport = async (run: () => Promise<void>) => {
    setIsExporting(true);
    try {
      await run();
    } catch (error) {
      handleApiError(error);
    } finally {
      setIsExporting(false);
    }
  };

  const entriesTab = (
    <>
      <BudgetFilters
        showDistrict={showDistrict}
        filters={filters}
        onChange={(next) => update({ filters: next, page: 1 })}
      />
      {filters.taskId && taskQuery.data ? (
        <Card
          size="small"
          style={{ marginBottom: 16 }}
          title={t(budgetText.taskView, { code: taskQuery.data.task.code })}
        >
          <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
            {taskQuery.data.task.title}
          </Typography.Paragraph>
          <Table
            size="small"
            pagination={false}
            rowKey={(row) => `${row.fiscalYear}:${row.source ?? 'all'}`}
            dataSource={taskQuery.data.rows}
            columns={[
              { title: t(budgetText.fiscalYear), key: 'y', render: (_v, r) => r.fiscalYear },
              {
                title: t(budgetText.source),
                key: 's',
                render: (_v, r) => (r.source ? t(BUDGET_SOURCE_LABELS[r.source]) : t(budgetText.allSources)),
              },
              { title: t(budgetText.estimate), key: 'e', align: 'right', render: (_v, r) => vnd(r.estimate) },
              {
                title: t(budgetText.allocation),
                key: 'a',
                align: 'right',
                render: (_v, r) => vnd(r.allocation),
              },
              {
                title: t(budgetText.spending),
                key: 'sp',
                align: 'right',
                render: (_v, r) => vnd(r.spending),
              },
              {
                title: t(budgetText.settlement),
                key: 'st',
                align: 'right',
                render: (_v, r) => vnd(r.settlement),
              },
            ]}
          />
        </Card>
      ) : null}
      {listQuery.isError ? (
        <Alert type="error" showIcon title={listQuery.error.message} style={{ marginBottom: 16 }} />
      ) : null}
      <BudgetEntriesTable
        data={listQuery.data?.items ?? []}
        total={listQuery.data?.total ?? 0}
        isLoading={listQuery.isFetching}
        page={page}
        pageSize={pageSize}
        sort={sort}
        order={order}
        onPageChange={(nextPage, nextSize) => {
          setPageSize(nextSize);
          update({ page: nextSize === pageSize ? nextPage : 1 });
        }}
        onSortChange={(nextSort, nextOrder) => update({ sort: nextSort, order: nextOrder, page: 1 })}
        onOpen={(entry) => update({ id: entry.id })}
      />
    </>
  );

  const summaryTab = (
    <>
      <Flex justify="space-between" gap={8} wrap style={{ marginBottom: 12 }}>
        <Flex gap={8} wrap>
          <Select<number>
            aria-label={t(budgetText.fiscalYear)}
            value={summaryYear}
            onChange={(fiscalYear) => update({ filters: { ...filters, fiscalYear } })}
            options={fiscalYears().map((year) => ({ value: year, label: String(year) }))}
            style={{ width: 120 }}
          />
          {showDistrict ? (
            <UnitSelect
              value={filters.districtId}
              onChange={(districtId) => update({ filters: { ...filters, districtId } })}
              kind="district"
              placeholder={t(budgetText.districtPlaceholder)}
              ariaLabel={t(budgetText.district)}
              width={200}
            />
          ) : null}
          <Select<BudgetSource>
            aria-label={t(budgetText.source)}
            allowClear
            placeholder={t(budgetText.source)}
            value={filters.source}
            onChange={(source) => update({ filters: { ...filters, source } })}
            options={BUDGET_SOURCES.map((source) => ({
              value: source,
              label: t(BUDGET_SOURCE_LABELS[source]),
            }))}
            style={{ width: 210 }}
          />
        </Flex>
      </Flex>
      <Typography.Paragraph type="secondary">{t(budgetText.summaryHint)}</Typography.Paragraph>
      {summaryQuery.isError ? (
        <Alert type="error" showIcon title={summaryQuery.error.message} style={{ marginBottom: 16 }} />
      ) : null}
      <BudgetSummaryTable summary={summaryQuery.data} isLoading={summaryQuery.isFetching} />
    </>
  );

  return (
    <>
      <PageHeader title={t(budgetText.title)} description={t(budgetText.description)} />
      <Card>
        <Tabs
          activeKey={tab}
          onChange={(key) => update({ tab: key, page: 1 })}
          tabBarExtraContent={
            <Flex gap={8}>
              <Button
                icon={<FileExcelOutlined />}
                loading={isExporting}
                onClick={() =>
                  runExport(() =>
                    tab === 'summary'
                      ? exportBudgetSummary({
                          fiscalYear: summaryYear,
                          districtId: filters.districtId,
                          source: filters.source,
                        })
                      : exportBudgetEntries({ ...filters, sort, order }),
                  )
                }
              >
                {t(common.exportExcel)}
              </Button>
              {canWrite ? (
                <Button type="primary" icon={<PlusOutlined />} onClick={() => update({ id: 'new' })}>
                  {t(budgetText.add)}
                </Button>
              ) : null}
            </Flex>
          }
          items={[
            { key: 'entries', label: t(budgetText.tabEntries), children: entriesTab },
            { key: 'summary', label: t(budgetText.tabSummary), children: summaryTab },
          ]}
        />
      </Card>
      <BudgetEntryDrawer
        id={openId}
        canWrite={canWrite}
        canChooseUnit={canChooseUnit}
        myUnit={myUnit}
        defaultTaskId={filters.taskId}
        onClose={() => update({ id: undefined })}
      />
    </>
  );
}

export default BudgetPage;
