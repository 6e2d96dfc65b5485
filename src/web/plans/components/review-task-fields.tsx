import { useState, type Dispatch } from 'react';
import { DownOutlined } from '@ant-design/icons';
import { AutoComplete, Button, Flex, Input, Typography } from 'antd';
import { useT } from '../../lib/i18n.ts';
import { reviewText } from '../messages.ts';
import type { UnitOption } from '../types.ts';
import type { ReviewAction, UnitRole } from '../utils/review-reducer.ts';
import type { Resolution, ReviewTask } from '../utils/review-tree.ts';
import { ReviewTaskUnits } from './review-task-units.tsx';
import { ScheduleTag } from './schedule-tag.tsx';

export const FORM_OPTIONS = ['Trực tiếp', 'Trực tuyến', 'Trực tiếp và trực tuyến'].map((value) => ({
  value,
}));

interface ReviewTaskFieldsProps {
  task: ReviewTask;
  dispatch: Dispatch<ReviewAction>;
  resolutions: Record<string, Resolution>;
  suggestionsByName: Record<string, UnitOption[]>;
  onResolve: (name: string, resolution: Resolution) => void;
}

/** A heading that only groups sub-tasks ("1. Tổ chức quán triệt…") has nothing of its own to review. */
function isBareHeading(task: ReviewTask): boolean {
  return (
    task.children.length > 0 &&
    !task.description.trim() &&
    !task.form.trim() &&
    !task.timeText.trim() &&
    task.lead.length === 0 &&
    task.coordinators.length === 0
  );
}

/** The details of one task under review: description, form, time (read into a schedule) and units. */
export function ReviewTaskFields({ task, dispatch, ...props }: ReviewTaskFieldsProps) {
  const t = useT();
  const [isOpen, setIsOpen] = useState(() => !isBareHeading(task));
  const label = (text: string) => `${text} ${task.code}`;
  const patch = (change: Parameters<typeof dispatch>[0] & { type: 'patch' }) => dispatch(change);

  if (!isOpen)
    return (
      <Button
        type="link"
        size="small"
        icon={<DownOutlined />}
        className="plan-review__more"
        onClick={() => setIsOpen(true)}
      >
        {t(reviewText.moreDetails)}
      </Button>
    );

  const units = (role: UnitRole, text: string, names: string[]) => (
    <ReviewTaskUnits
      label={text}
      names={names}
      resolutions={props.resolutions}
      suggestionsByName={props.suggestionsByName}
      onResolve={props.onResolve}
      onRemove={(name) => dispatch({ type: 'removeName', key: task.key, role, name })}
      onAdd={(name, resolution) => {
        props.onResolve(name, resolution);
        dispatch({ type: 'addName', key: task.key, role, name });
      }}
    />
  );

  return (
    <div className="plan-review__fields">
      <Typography.Text type="secondary">{t(reviewText.taskDescriptionShort)}</Typography.Text>
      <Input.TextArea
        aria-label={label(t(reviewText.taskDescription))}
        placeholder={t(reviewText.taskDescription)}
        value={task.description}
        autoSize={{ minRows: 1, maxRows: 8 }}
        variant="filled"
        onChange={(event) =>
          patch({ type: 'patch', key: task.key, patch: { description: event.target.value } })
        }
      />
      <Typography.Text type="secondary">{t(reviewText.taskForm)}</Typography.Text>
      <AutoComplete
        aria-label={label(t(reviewText.taskForm))}
        value={task.form}
        options={FORM_OPTIONS}
        onChange={(value: string) => patch({ type: 'patch', key: task.key, patch: { form: value } })}
        style={{ maxWidth: 260 }}
      />
      <Typography.Text type="secondary">{t(reviewText.taskTimeShort)}</Typography.Text>
      <Flex gap={8} align="center" wrap>
        <Input
          aria-label={label(t(reviewText.taskTime))}
          value={task.timeText}
          onChange={(event) =>
            patch({ type: 'patch', key: task.key, patch: { timeText: event.target.value } })
          }
          style={{ flex: '1 1 220px', maxWidth: 380 }}
        />
        <ScheduleTag schedule={task.schedule} timeText={task.timeText} />
      </Flex>
      {units('lead', t(reviewText.lead), task.lead)}
      {units('coordinators', t(reviewText.coordinators), task.coordinators)}
    </div>
  );
}
