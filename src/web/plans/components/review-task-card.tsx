import { memo, type Dispatch } from 'react';
import {
  ArrowDownOutlined,
  ArrowUpOutlined,
  DeleteOutlined,
  FileSearchOutlined,
  PlusOutlined,
} from '@ant-design/icons';
import { Button, Flex, Input, Popconfirm, Tooltip, Typography } from 'antd';
import { common, useT } from '../../lib/i18n.ts';
import { reviewText } from '../messages.ts';
import type { UnitOption } from '../types.ts';
import type { ReviewAction } from '../utils/review-reducer.ts';
import type { Resolution, ReviewTask } from '../utils/review-tree.ts';
import { ReviewTaskFields } from './review-task-fields.tsx';

export type TaskErrors = Record<string, Record<string, string>>;

/** The element id of a task's card, to scroll to it. */
export const taskElementId = (key: string) => `review-${key}`;

interface ReviewTaskCardProps {
  task: ReviewTask;
  depth: number;
  isFirst: boolean;
  isLast: boolean;
  dispatch: Dispatch<ReviewAction>;
  resolutions: Record<string, Resolution>;
  suggestionsByName: Record<string, UnitOption[]>;
  errors: TaskErrors;
  onResolve: (name: string, resolution: Resolution) => void;
  onShowInSource: (task: ReviewTask) => void;
}

/** One task of the tree under review, every field editable, its sub-tasks below it. */
export const ReviewTaskCard = memo(function ReviewTaskCard(props: ReviewTaskCardProps) {
  const t = useT();
  const { task, dispatch } = props;
  const errors = props.errors[task.key] ?? {};
  const label = (text: string) => `${text} ${task.code}`;
  const required = (field: 'code' | 'title') => errors[field];

  return (
    <div className="plan-review__task" id={taskElementId(task.key)} data-depth={props.depth}>
      <Flex gap={8} align="flex-start">
        <Input
          aria-label={label(t(reviewText.taskCode))}
          value={task.code}
          status={required('code') ? 'error' : undefined}
          onChange={(event) =>
            dispatch({ type: 'patch', key: task.key, patch: { code: event.target.value } })
          }
          className="plan-review__task-code"
        />
        <Flex vertical style={{ flex: 1, minWidth: 0 }}>
          <Input.TextArea
            aria-label={label(t(reviewText.taskTitle))}
            placeholder={t(reviewText.taskTitle)}
            value={task.title}
            autoSize={{ minRows: 1, maxRows: 6 }}
            status={required('title') ? 'error' : undefined}
            onChange={(event) =>
              dispatch({ type: 'patch', key: task.key, patch: { title: event.target.value } })
            }
            className="plan-review__task-title"
          />
          {required('title') ? <Typography.Text type="danger">{required('title')}</Typography.Text> : null}
        </Flex>
        <Flex gap={2} className="plan-review__task-actions">
          <Tooltip title={t(reviewText.showInSource)}>
            <Button
              type="text"
              size="small"
              icon={<FileSearchOutlined />}
              aria-label={label(t(reviewText.showInSource))}
              onClick={() => props.onShowInSource(task)}
            />
          </Tooltip>
          <Tooltip title={t(reviewText.moveUp)}>
            <Button
              type="text"
              size="small"
              icon={<ArrowUpOutlined />}
              aria-label={label(t(reviewText.moveUp))}
              disabled={props.isFirst}
              onClick={() => dispatch({ type: 'move', key: task.key, step: -1 })}
            />
          </Tooltip>
          <Tooltip title={t(reviewText.moveDown)}>
            <Button
              type="text"
              size="small"
              icon={<ArrowDownOutlined />}
              aria-label={label(t(reviewText.moveDown))}
              disabled={props.isLast}
              onClick={() => dispatch({ type: 'move', key: task.key, step: 1 })}
            />
          </Tooltip>
          <Tooltip title={t(reviewText.addSubtask)}>
            <Button
              type="text"
              size="small"
              icon={<PlusOutlined />}
              aria-label={label(t(reviewText.addSubtask))}
              onClick={() => dispatch({ type: 'add', parentKey: task.key })}
            />
          </Tooltip>
          <Popconfirm
            title={t(reviewText.removeTaskConfirm, { code: task.code })}
            okText={t(reviewText.removeTask)}
            okButtonProps={{ danger: true }}
            cancelText={t(common.cancel)}
            onConfirm={() => dispatch({ type: 'remove', key: task.key })}
          >
            <Button
              type="text"
              size="small"
              danger
              icon={<DeleteOutlined />}
              aria-label={label(t(reviewText.removeTask))}
            />
          </Popconfirm>
        </Flex>
      </Flex>
      <ReviewTaskFields
        task={task}
        dispatch={dispatch}
        resolutions={props.resolutions}
        suggestionsByName={props.suggestionsByName}
        onResolve={props.onResolve}
      />
      {task.children.length > 0 ? (
        <div className="plan-review__children">
          {task.children.map((child, index) => (
            <ReviewTaskCard
              key={child.key}
              {...props}
              task={child}
              depth={props.depth + 1}
              isFirst={index === 0}
              isLast={index === task.children.length - 1}
            />
          ))}
        </div>
      ) : null}
    </div>
  );
});
