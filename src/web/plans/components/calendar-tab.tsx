import { vietnamToday } from '../../../domain/common/dates.ts';
import { useMemo, useState } from 'react';
import {
  Alert,
  Badge,
  Button,
  Calendar,
  Card,
  Col,
  Empty,
  Flex,
  List,
  Row,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { Plan } from '../../../domain/plans/plan-api.schemas.ts';
import { formatDate, formatNumber } from '../../lib/format.ts';
import { useT } from '../../lib/i18n.ts';
import { useObligations } from '../api/list-obligations.ts';
import { planPageText } from '../messages.ts';
import { dueDatesByDay, tasksDue } from '../utils/obligations.ts';
import { ScheduleTag } from './schedule-tag.tsx';

const SHOWN_PER_DAY = 3;

/** The plan's due dates on a calendar; a day's tasks listed beside it. */
export function CalendarTab({ plan }: { plan: Plan }) {
  const t = useT();
  const obligationsQuery = useObligations(plan.id, {});
  const byDay = useMemo(() => dueDatesByDay(obligationsQuery.data ?? []), [obligationsQuery.data]);
  const today = vietnamToday();
  // Open on the next due date (or the last one, for a plan whose dates have all passed).
  const firstShown = useMemo(() => {
    const days = [...byDay.keys()].sort();
    return days.find((day) => day >= today) ?? days.at(-1) ?? today;
  }, [byDay, today]);
  const [selected, setSelected] = useState<Dayjs | null>(null);
  const [mode, setMode] = useState<'month' | 'year'>('month');
  const value = selected ?? dayjs(firstShown);
  const selectedDay = value.format('YYYY-MM-DD');
  const dueThatDay = tasksDue(byDay.get(selectedDay) ?? []);
  const days = useMemo(() => [...byDay.keys()].sort(), [byDay]);
  const nextDays = days.filter((day) => day > selectedDay).slice(0, 5);

  // A month picked in the year view opens on its first due date.
  const handleSelect = (date: Dayjs, source: string) => {
    if (source === 'month') {
      const month = date.format('YYYY-MM');
      const firstDue = days.find((day) => day.startsWith(month));
      setMode('month');
      setSelected(firstDue ? dayjs(firstDue) : date);
      return;
    }
    setSelected(date);
  };

  const monthCounts = useMemo(() => {
    const counts = new Map<string, number>();
    for (const [day, obligations] of byDay) {
      const month = day.slice(0, 7);
      counts.set(month, (counts.get(month) ?? 0) + tasksDue(obligations).length);
    }
    return counts;
  }, [byDay]);

  const renderDate = (date: Dayjs) => {
    const tasks = tasksDue(byDay.get(date.format('YYYY-MM-DD')) ?? []);
    if (tasks.length === 0) return null;
    const isPast = date.format('YYYY-MM-DD') < today;
    return (
      <Flex wrap gap={2} className="plan-calendar__cell">
        {tasks.slice(0, SHOWN_PER_DAY).map((task) => (
          <Tooltip key={task.taskId} title={`${task.code}. ${task.title}`}>
            <Tag color={isPast ? 'default' : 'orange'} style={{ marginInlineEnd: 0 }}>
              {task.code}
            </Tag>
          </Tooltip>
        ))}
        {tasks.length > SHOWN_PER_DAY ? (
          <Tag style={{ marginInlineEnd: 0 }}>+{tasks.length - SHOWN_PER_DAY}</Tag>
        ) : null}
      </Flex>
    );
  };

  const renderMonth = (date: Dayjs) => {
    const count = monthCounts.get(date.format('YYYY-MM')) ?? 0;
    if (count === 0) return null;
    return <Badge color="orange" text={t(planPageText.tasksDueInMonth, { count: formatNumber(count) })} />;
  };

  if (obligationsQuery.isError) return <Alert type="error" showIcon title={obligationsQuery.error.message} />;
  return (
    <Flex vertical gap={12}>
      <Typography.Text type="secondary">{t(planPageText.calendarHint)}</Typography.Text>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={17}>
          <Calendar
            className="plan-calendar"
            value={value}
            mode={mode}
            onSelect={(date, info) => handleSelect(date, info.source)}
            onPanelChange={(date, nextMode) => {
              setMode(nextMode);
              setSelected(date);
            }}
            cellRender={(date, info) =>
              info.type === 'date'
                ? renderDate(date)
                : info.type === 'month'
                  ? renderMonth(date)
                  : info.originNode
            }
          />
        </Col>
        <Col xs={24} xl={7}>
          <Card
            size="small"
            title={t(planPageText.dueOn, { date: formatDate(selectedDay) })}
            className="plan-calendar__day"
          >
            {dueThatDay.length === 0 ? (
              <Flex vertical gap={8}>
                <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t(planPageText.nothingDue)} />
                {nextDays.length > 0 ? (
                  <>
                    <Typography.Text type="secondary">{t(planPageText.nextDueDates)}</Typography.Text>
                    <Flex gap={6} wrap>
                      {nextDays.map((day) => (
                        <Button key={day} size="small" onClick={() => setSelected(dayjs(day))}>
                          {formatDate(day)}
                        </Button>
                      ))}
                    </Flex>
                  </>
                ) : null}
              </Flex>
            ) : (
              <List
                size="small"
                dataSource={dueThatDay}
                rowKey="taskId"
                renderItem={(task) => (
                  <List.Item>
                    <Flex vertical gap={4}>
                      <Typography.Text>
                        <strong>{task.code}.</strong> {task.title}
                      </Typography.Text>
                      <Flex gap={8} wrap align="center">
                        <ScheduleTag schedule={task.schedule} />
                        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                          {t(planPageText.unitsCount, { count: formatNumber(task.unitCount) })}
                        </Typography.Text>
                      </Flex>
                    </Flex>
                  </List.Item>
                )}
              />
            )}
          </Card>
        </Col>
      </Row>
    </Flex>
  );
}
