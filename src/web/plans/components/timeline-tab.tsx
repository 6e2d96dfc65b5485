import { vietnamToday } from '../../../domain/common/dates.ts';
import { lazy, Suspense, useMemo } from 'react';
import { Alert, Flex, Skeleton, Typography } from 'antd';
import type { Plan } from '../../../domain/plans/plan-api.schemas.ts';
import { describeSchedule } from '../../../domain/plans/schedule.ts';
import { useLanguage, useT } from '../../lib/i18n.ts';
import { useObligations } from '../api/list-obligations.ts';
import { planPageText } from '../messages.ts';
import { toTimelineRows } from '../utils/timeline-rows.ts';

// ECharts is large: it loads only when this tab is opened, in its own chunk.
const TimelineChart = lazy(() => import('./timeline-chart.tsx'));

/** A Gantt-like view of the plan: one row per task, from the plan's date to its due dates. */
export function TimelineTab({ plan }: { plan: Plan }) {
  const t = useT();
  const language = useLanguage();
  const obligationsQuery = useObligations(plan.id, {});
  const rows = useMemo(
    () =>
      toTimelineRows(plan.tasks, obligationsQuery.data ?? [], (task) =>
        task.schedule ? describeSchedule(task.schedule, language) : (task.timeText ?? ''),
      ),
    [plan.tasks, obligationsQuery.data, language],
  );

  if (obligationsQuery.isError) return <Alert type="error" showIcon title={obligationsQuery.error.message} />;
  const fallback = (
    <Flex vertical gap={8}>
      <Typography.Text type="secondary">{t(planPageText.timelineLoading)}</Typography.Text>
      <Skeleton active paragraph={{ rows: 8 }} />
    </Flex>
  );
  return (
    <Flex vertical gap={12}>
      <Typography.Text type="secondary">{t(planPageText.timelineHint)}</Typography.Text>
      {obligationsQuery.isPending ? (
        fallback
      ) : (
        <Suspense fallback={fallback}>
          <TimelineChart
            rows={rows}
            planDate={plan.date}
            today={vietnamToday()}
            labels={{
              today: t(planPageText.today),
              dueDates: t(planPageText.dueDates),
              ongoing: t(planPageText.ongoing),
            }}
          />
        </Suspense>
      )}
    </Flex>
  );
}
