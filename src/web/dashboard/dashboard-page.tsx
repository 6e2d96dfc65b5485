import { lazy, Suspense, useState, type ReactNode } from 'react';
import { FileExcelOutlined, FileWordOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, DatePicker, Flex, Row, Select, Skeleton, Spin, Tooltip } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { PageHeader } from '../components/page-header.tsx';
import { DATE_FORMAT, toIsoDate } from '../lib/format.ts';
import { useT } from '../lib/i18n.ts';
import { useApiErrorHandler } from '../lib/use-api-error.ts';
import { downloadConsolidation } from './api/download-consolidation.ts';
import { useDashboard } from './api/get-dashboard.ts';
import { usePlanOptions } from './api/list-plan-options.ts';
import { ByTaskTable } from './components/by-task-table.tsx';
import { DueListTable } from './components/due-list-table.tsx';
import { HeatTable } from './components/heat-table.tsx';
import { KpiCards } from './components/kpi-cards.tsx';
import { LateStepsCard } from './components/late-steps-card.tsx';
import { dashboardText } from './messages.ts';

// ECharts stays out of the page's own chunk: the figures and tables show while the charts load.
const OverTimeChart = lazy(() => import('./components/over-time-chart.tsx'));
const ByUnitChart = lazy(() => import('./components/by-unit-chart.tsx'));

interface DashboardPageProps {
  /** Coordinators, leaders and administrators download the consolidated report. */
  canDownloadConsolidation: boolean;
  /** Notices from other modules shown under the title (the unit's overdue follow-ups after inspections). */
  notices?: ReactNode;
}

function ChartFallback() {
  return (
    <Flex justify="center" align="center" style={{ height: 300 }}>
      <Spin />
    </Flex>
  );
}

function Section({ title, extra, children }: { title: string; extra?: ReactNode; children: ReactNode }) {
  return (
    <Card title={title} extra={extra} size="small" style={{ height: '100%' }}>
      {children}
    </Card>
  );
}

export function DashboardPage({ canDownloadConsolidation, notices }: DashboardPageProps) {
  const t = useT();
  const handleApiError = useApiErrorHandler();
  const plansQuery = usePlanOptions();
  // undefined: not chosen yet, so the newest plan; null: "all plans" chosen on purpose.
  const [chosenPlanId, setChosenPlanId] = useState<string | null | undefined>(undefined);
  const [chosenRange, setChosenRange] = useState<[Dayjs, Dayjs] | undefined>(undefined);
  const [downloading, setDownloading] = useState<'docx' | 'xlsx' | null>(null);
  const planId = chosenPlanId === undefined ? plansQuery.data?.[0]?.id : (chosenPlanId ?? undefined);
  const plan = plansQuery.data?.find((item) => item.id === planId);
  const thisYear: [Dayjs, Dayjs] = [dayjs().startOf('year'), dayjs().endOf('year')];
  // Until the user picks dates: this year, reaching back to the plan's own year so that its earlier
  // periods (still owed, or accepted) count too.
  const range: [Dayjs, Dayjs] = chosenRange ?? [
    plan?.date && dayjs(plan.date).isBefore(thisYear[0]) ? dayjs(plan.date).startOf('year') : thisYear[0],
    thisYear[1],
  ];
  const from = toIsoDate(range[0]);
  const to = toIsoDate(range[1]);
  const dashboardQuery = useDashboard({ planId, from, to }, !plansQuery.isPending);
  const dashboard = dashboardQuery.data;

  const handleDownload = async (format: 'docx' | 'xlsx') => {
    if (!planId) return;
    setDownloading(format);
    try {
      await downloadConsolidation({ planId, format, from, to });
    } catch (error) {
      handleApiError(error);
    } finally {
      setDownloading(null);
    }
  };

  const downloadButtons = canDownloadConsolidation ? (
    <Tooltip title={planId ? undefined : t(dashboardText.pickPlan)}>
      <Flex gap={8} wrap>
        <Button
          icon={<FileWordOutlined />}
          disabled={!planId}
          loading={downloading === 'docx'}
          onClick={() => void handleDownload('docx')}
        >
          {t(dashboardText.downloadDocx)}
        </Button>
        <Button
          icon={<FileExcelOutlined />}
          disabled={!planId}
          loading={downloading === 'xlsx'}
          onClick={() => void handleDownload('xlsx')}
        >
          {t(dashboardText.downloadXlsx)}
        </Button>
      </Flex>
    </Tooltip>
  ) : null;

  return (
    <>
      <PageHeader
        title={t(dashboardText.title)}
        description={t(dashboardText.description)}
        extra={downloadButtons}
      />
      {notices}
      <Flex gap={8} wrap style={{ marginBottom: 16 }}>
        <Select<string>
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          aria-label={t(dashboardText.plan)}
          placeholder={t(dashboardText.allPlans)}
          loading={plansQuery.isPending}
          value={planId}
          onChange={(value) => setChosenPlanId(value ?? null)}
          options={(plansQuery.data ?? []).map((plan) => ({
            value: plan.id,
            label: plan.number ? `${plan.number} — ${plan.title}` : plan.title,
          }))}
          style={{ width: 420, maxWidth: '100%' }}
          popupMatchSelectWidth={false}
        />
        <DatePicker.RangePicker
          aria-label={t(dashboardText.range)}
          format={DATE_FORMAT}
          placeholder={[t(dashboardText.from), t(dashboardText.to)]}
          value={range}
          allowClear={false}
          presets={[
            { label: t(dashboardText.thisYear), value: thisYear },
            ...(plan?.date
              ? [
                  {
                    label: t(dashboardText.sincePlan),
                    value: [dayjs(plan.date), thisYear[1]] as [Dayjs, Dayjs],
                  },
                ]
              : []),
          ]}
          onChange={(next) => {
            if (next?.[0] && next[1]) setChosenRange([next[0], next[1]]);
          }}
        />
      </Flex>
      {dashboardQuery.isError ? (
        <Alert type="error" showIcon title={dashboardQuery.error.message} style={{ marginBottom: 16 }} />
      ) : null}
      {!dashboard ? (
        dashboardQuery.isError ? null : (
          <Skeleton active paragraph={{ rows: 12 }} />
        )
      ) : (
        <Spin spinning={dashboardQuery.isFetching && !dashboardQuery.isPending} delay={300}>
          <KpiCards totals={dashboard.totals} />
          <LateStepsCard lateSteps={dashboard.lateProcedureSteps} />
          <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
            <Col xs={24} xl={12}>
              <Section title={t(dashboardText.overTime)}>
                <Suspense fallback={<ChartFallback />}>
                  <OverTimeChart
                    data={dashboard.overTime}
                    labels={{
                      due: t(dashboardText.due),
                      submitted: t(dashboardText.submitted),
                      accepted: t(dashboardText.accepted),
                    }}
                  />
                </Suspense>
              </Section>
            </Col>
            <Col xs={24} xl={12}>
              <Section title={t(dashboardText.byUnit)} extra={t(dashboardText.byUnitHint)}>
                <Suspense fallback={<ChartFallback />}>
                  <ByUnitChart data={dashboard.byUnit} label={t(dashboardText.completion)} />
                </Suspense>
              </Section>
            </Col>
          </Row>
          <div style={{ marginBottom: 16 }}>
            <Section title={t(dashboardText.byTask)}>
              <ByTaskTable rows={dashboard.byTask} />
            </Section>
          </div>
          <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
            <Col xs={24} xl={12}>
              <Section title={`${t(dashboardText.lateList)} (${dashboard.late.length})`}>
                <DueListTable items={dashboard.late} />
              </Section>
            </Col>
            <Col xs={24} xl={12}>
              <Section title={`${t(dashboardText.dueSoonList)} (${dashboard.dueSoon.length})`}>
                <DueListTable items={dashboard.dueSoon} />
              </Section>
            </Col>
          </Row>
          <Section title={t(dashboardText.heat)} extra={t(dashboardText.heatHint)}>
            <HeatTable heat={dashboard.heat} />
          </Section>
        </Spin>
      )}
    </>
  );
}
