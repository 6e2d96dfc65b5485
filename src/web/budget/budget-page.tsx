import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Select, Table, Tabs, Typography } from 'antd';
import {
  BUDGET_KINDS,
  BUDGET_ORIGINS,
  BUDGET_SORTS,
  BUDGET_SOURCE_LABELS,
  BUDGET_SOURCES,
  type BudgetSource,
} from '../../domain/budget/budget.schemas.ts';
import { ExportButton } from '../components/export-button.tsx';
import { PageHeader } from '../components/page-header.tsx';
import { UnitSelect } from '../components/unit-select.tsx';
import { useT } from '../lib/i18n.ts';
import { oneOf, useUrlListState } from '../lib/use-url-list-state.ts';
import { exportBudgetEntries, useBudgetEntries } from './api/budget-entries.ts';
import { exportBudgetSummary, useBudgetSummary, useBudgetTask } from './api/budget-summary.ts';
import { BudgetEntriesTable } from './components/budget-entries-table.tsx';
import { BudgetEntryDrawer, type DrawerUnit } from './components/budget-entry-drawer.tsx';
import { BudgetFilters } from './components/budget-filters.tsx';
import { BudgetSummaryTable } from './components/budget-summary-table.tsx';
import { fiscalYears, vnd } from './format.ts';
import { budgetText } from './messages.ts';
import type { BudgetFilters as Filters } from './types.ts';

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

/** The fiscal year is `year` in the address. */
const writeFilters = ({ fiscalYear, ...rest }: Filters) => ({ year: fiscalYear, ...rest });

export interface BudgetPageProps {
  canWrite: boolean;
  canChooseUnit: boolean;
  /** Users whose scope is the province (coordinators, leaders, admins) filter by district; others have none. */
  showDistrict: boolean;
  myUnit: DrawerUnit;
}

export function BudgetPage({ canWrite, canChooseUnit, showDistrict, myUnit }: BudgetPageProps) {
  const t = useT();
  const list = useUrlListState({
    readFilters,
    writeFilters,
    sorts: BUDGET_SORTS,
    defaultSort: 'entryDate',
    extras: { tab: 'entries' },
  });
  const { filters, sort, order } = list;
  const tab = list.extra('tab') === 'summary' ? 'summary' : 'entries';
  const summaryYear = filters.fiscalYear ?? new Date().getFullYear();
  const summaryFilter = { fiscalYear: summaryYear, districtId: filters.districtId, source: filters.source };

  const listQuery = useBudgetEntries(list.params);
  const summaryQuery = useBudgetSummary(summaryFilter);
  const taskQuery = useBudgetTask(filters.taskId);

  const entriesTab = (
    <>
      <BudgetFilters showDistrict={showDistrict} filters={filters} onChange={list.setFilters} />
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
        page={list.page}
        pageSize={list.pageSize}
        sort={sort}
        order={order}
        onPageChange={list.setPage}
        onSortChange={list.setSort}
        onOpen={(entry) => list.open(entry.id)}
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
            onChange={(fiscalYear) => list.setFilters({ ...filters, fiscalYear })}
            options={fiscalYears().map((year) => ({ value: year, label: String(year) }))}
            style={{ width: 120 }}
          />
          {showDistrict ? (
            <UnitSelect
              value={filters.districtId}
              onChange={(districtId) => list.setFilters({ ...filters, districtId })}
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
            onChange={(source) => list.setFilters({ ...filters, source })}
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
          onChange={(key) => list.setExtra('tab', key)}
          tabBarExtraContent={
            <Flex gap={8}>
              <ExportButton
                onExport={() =>
                  tab === 'summary'
                    ? exportBudgetSummary(summaryFilter)
                    : exportBudgetEntries({ ...filters, sort, order })
                }
              />
              {canWrite ? (
                <Button type="primary" icon={<PlusOutlined />} onClick={() => list.open('new')}>
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
        id={list.openId}
        canWrite={canWrite}
        canChooseUnit={canChooseUnit}
        myUnit={myUnit}
        defaultTaskId={filters.taskId}
        onClose={() => list.open(undefined)}
      />
    </>
  );
}

export default BudgetPage;
