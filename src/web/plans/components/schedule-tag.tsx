import { CalendarOutlined, QuestionCircleOutlined, SyncOutlined } from '@ant-design/icons';
import { Tag, Tooltip } from 'antd';
import type { Schedule } from '../../../domain/plans/plans.schemas.ts';
import { describeSchedule } from '../../../domain/plans/schedule.ts';
import { useLanguage, useT } from '../../lib/i18n.ts';
import { reviewText } from '../messages.ts';

const RECURRING: readonly Schedule['kind'][] = ['from_year', 'annual', 'continuous', 'periodic'];

interface ScheduleTagProps {
  schedule: Schedule | null;
  /** The plan's own words; shown on hover beside the reading of them. */
  timeText?: string | null;
}

/** A schedule as a short label ("Quý II/2024"); recurring ones carry a cycle icon, unread ones a warning. */
export function ScheduleTag({ schedule, timeText }: ScheduleTagProps) {
  const t = useT();
  const language = useLanguage();
  if (!schedule) {
    if (!timeText?.trim()) return null;
    return (
      <Tooltip title={timeText}>
        <Tag color="warning" icon={<QuestionCircleOutlined />}>
          {t(reviewText.scheduleUnread)}
        </Tag>
      </Tooltip>
    );
  }
  const isRecurring = RECURRING.includes(schedule.kind);
  const source = timeText ?? schedule.text;
  return (
    <Tooltip title={source || undefined}>
      <Tag
        color={isRecurring ? 'cyan' : 'geekblue'}
        icon={isRecurring ? <SyncOutlined /> : <CalendarOutlined />}
        style={{ marginInlineEnd: 0 }}
      >
        {describeSchedule(schedule, language)}
      </Tag>
    </Tooltip>
  );
}
