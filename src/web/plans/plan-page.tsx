import { useMemo, useState } from 'react';
import { ArrowLeftOutlined, EditOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Skeleton, Statistic, Tabs, Tag, Typography } from 'antd';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import type { Plan } from '../../domain/plans/plan-api.schemas.ts';
import { PageHeader } from '../components/page-header.tsx';
import { isApiError } from '../lib/api-client.ts';
import { formatDate, formatNumber } from '../lib/format.ts';
import { useT } from '../lib/i18n.ts';
import { usePlan } from './api/get-plan.ts';
import { ByUnitTab } from './components/by-unit-tab.tsx';
import { CalendarTab } from './components/calendar-tab.tsx';
import { PlanEditDrawer } from './components/plan-edit-drawer.tsx';
import { RegimesTab } from './components/regimes-tab.tsx';
import { SubPlansTab } from './components/sub-plans-tab.tsx';
import { TaskTreeTab } from './components/task-tree-tab.tsx';
import { TimelineTab } from './components/timeline-tab.tsx';
import { planPageText, plansText, regimeText, STATUS_COLORS, STATUS_LABELS } from './messages.ts';
import { assignedUnits, countUnresolved, flattenPlanTasks } from './utils/plan-tasks.ts';
import './plans.css';

const TABS = ['tasks', 'by-unit', 'timeline', 'calendar', 'regimes', 'sub-plans'] as const;
type TabKey = (typeof TABS)[number];

function isTabKey(value: string | null): value is TabKey {
  return TABS.some((tab) => tab === value);
}

interface PlanPageProps {
  /** The reader's unit: the "by unit" view opens on it when the plan assigns it. */
  myUnitId: string;
  /** Whether the reader's role may write plans (a sub-plan is one). */
  canWritePlans: boolean;
}

export function PlanPage(props: PlanPageProps) {
  const t = useT();
  const { id } = useParams();
  const planQuery = usePlan(id);
  if (planQuery.isPending) return <Skeleton active paragraph={{ rows: 12 }} />;
  if (planQuery.isError) {
    const isMissing = isApiError(planQuery.error) && planQuery.error.status === 404;
    return (
      <Alert
        type="error"
        showIcon
        title={isMissing ? t(planPageText.notFound) : t(plansText.loadFailed)}
        description={isMissing ? undefined : planQuery.error.message}
        action={<Link to="/plans">{t(plansText.backToList)}</Link>}
      />
    );
  }
  return <PlanView plan={planQuery.data} {...props} />;
}

function ParentPlanNotice({
  parentPlanId,
  parentTaskId,
}: {
  parentPlanId: string;
  parentTaskId: string | null;
}) {
  const t = useT();
  const parentQuery = usePlan(parentPlanId);
  const parent = parentQuery.data;
  const task =
    parent && parentTaskId
      ? flattenPlanTasks(parent.tasks).find((item) => item.id === parentTaskId)
      : undefined;
  return (
    <Alert
      type="info"
      showIcon
      style={{ marginBottom: 16 }}
      title={
        <span>
          {t(planPageText.parentPlan)}:{' '}
          <Link to={`/plans/${parentPlanId}`}>
            {parent ? [parent.number, parent.title].filter(Boolean).join(' — ') : t(plansText.title)}
          </Link>
          {task ? ` · ${t(planPageText.task)} ${task.code}. ${task.title}` : null}
        </span>
      }
    />
  );
}

function PlanView({ plan, myUnitId, canWritePlans }: PlanPageProps & { plan: Plan }) {
  const t = useT();
  const navigate = useNavigate();
  const [searchParams, setSearchParams] = useSearchParams();
  const [isEditing, setIsEditing] = useState(false);
  const tabParam = searchParams.get('tab');
  const tab: TabKey = isTabKey(tabParam) ? tabParam : 'tasks';
  const units = useMemo(() => assignedUnits(plan.tasks), [plan.tasks]);
  const isMyUnitAssigned = units.some((unit) => unit.id === myUnitId);
  const unitId = searchParams.get('unit') ?? (isMyUnitAssigned ? myUnitId : undefined);
  const taskCount = flattenPlanTasks(plan.tasks).length;
  const unresolved = countUnresolved(plan.tasks);

  const setParam = (key: string, value: string | undefined) =>
    setSearchParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        if (value) next.set(key, value);
        else next.delete(key);
        return next;
      },
      { replace: key === 'unit' },
    );

  const description = (
    <Flex gap={8} wrap align="center" component="span">
      {plan.number ? <Typography.Text strong>{plan.number}</Typography.Text> : null}
      <span>
        {[plan.issuer, [plan.place, formatDate(plan.date)].filter(Boolean).join(', ')]
          .filter(Boolean)
          .join(' · ')}
      </span>
      <Tag color={STATUS_COLORS[plan.status]}>{t(STATUS_LABELS[plan.status])}</Tag>
      {plan.canEdit ? null : <Tag>{t(planPageText.readOnly)}</Tag>}
    </Flex>
  );

  return (
    <>
      <PageHeader
        title={plan.title}
        description={description}
        extra={
          <>
            <Button icon={<ArrowLeftOutlined />} onClick={() => navigate('/plans')}>
              {t(plansText.backToList)}
            </Button>
            {plan.canEdit ? (
              <Button icon={<EditOutlined />} onClick={() => setIsEditing(true)}>
                {t(planPageText.editPlan)}
              </Button>
            ) : null}
          </>
        }
      />
      {plan.parentPlanId ? (
        <ParentPlanNotice parentPlanId={plan.parentPlanId} parentTaskId={plan.parentTaskId} />
      ) : null}
      <Card className="plan-stats" size="small">
        <Flex gap={32} wrap>
          <Statistic
            title={t(plansText.taskCount)}
            value={taskCount}
            formatter={(value) => formatNumber(Number(value))}
          />
          <Statistic
            title={t(planPageText.units)}
            value={units.length}
            formatter={(value) => formatNumber(Number(value))}
          />
          <Statistic
            title={t(planPageText.tabSubPlans)}
            value={plan.subPlans.length}
            formatter={(value) => formatNumber(Number(value))}
          />
          {unresolved > 0 ? (
            <Statistic
              title={t(planPageText.unresolvedStat)}
              value={unresolved}
              styles={{ content: { color: '#cf1322' } }}
              formatter={(value) => formatNumber(Number(value))}
            />
          ) : null}
          <Statistic
            title={t(plansText.ownerUnit)}
            value={plan.ownerUnit.name}
            styles={{ content: { fontSize: 16 } }}
          />
        </Flex>
      </Card>
      <Card>
        <Tabs
          activeKey={tab}
          onChange={(key) => setParam('tab', key === 'tasks' ? undefined : key)}
          items={[
            { key: 'tasks', label: t(planPageText.tabTasks), children: <TaskTreeTab plan={plan} /> },
            {
              key: 'by-unit',
              label: t(planPageText.tabByUnit),
              children: (
                <ByUnitTab plan={plan} unitId={unitId} onUnitChange={(next) => setParam('unit', next)} />
              ),
            },
            { key: 'timeline', label: t(planPageText.tabTimeline), children: <TimelineTab plan={plan} /> },
            { key: 'calendar', label: t(planPageText.tabCalendar), children: <CalendarTab plan={plan} /> },
            { key: 'regimes', label: t(regimeText.tab), children: <RegimesTab plan={plan} /> },
            {
              key: 'sub-plans',
              label: `${t(planPageText.tabSubPlans)} (${formatNumber(plan.subPlans.length)})`,
              children: <SubPlansTab plan={plan} myUnitId={canWritePlans ? myUnitId : undefined} />,
            },
          ]}
        />
      </Card>
      {plan.canEdit ? (
        <PlanEditDrawer plan={plan} open={isEditing} onClose={() => setIsEditing(false)} />
      ) : null}
    </>
  );
}
