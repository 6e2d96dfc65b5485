import { App, Button, Divider, Drawer, Flex, Form, Input, AutoComplete } from 'antd';
import type { Task, TaskUpdate } from '../../../domain/plans/plan-api.schemas.ts';
import { parseSchedule } from '../../../domain/plans/schedule.ts';
import { common, useT } from '../../lib/i18n.ts';
import { useApiErrorHandler } from '../../lib/use-api-error.ts';
import { useUpdateTask } from '../api/update-task.ts';
import { indicatorText, planPageText, reviewText } from '../messages.ts';
import { ScheduleTag } from './schedule-tag.tsx';
import { TaskAssignmentsEditor } from './task-assignments-editor.tsx';
import { TaskIndicatorsEditor } from './task-indicators-editor.tsx';

const FORM_OPTIONS = ['Trực tiếp', 'Trực tuyến', 'Trực tiếp và trực tuyến'].map((value) => ({ value }));

interface TaskValues {
  code: string;
  title: string;
  description?: string;
  form?: string;
  timeText?: string;
}

/** Only what changed goes to the server, so that the audit log shows the real edit. */
function changedFields(task: Task, values: TaskValues): Omit<TaskUpdate, 'version'> {
  const changes: Omit<TaskUpdate, 'version'> = {};
  const text = (value: string | undefined) => (value?.trim() ? value.trim() : null);
  if (values.code.trim() !== task.code) changes.code = values.code.trim();
  if (values.title.trim() !== task.title) changes.title = values.title.trim();
  if (text(values.description) !== task.description) changes.description = text(values.description);
  if (text(values.form) !== task.form) changes.form = text(values.form);
  // The server reads a new time text into a schedule.
  if (text(values.timeText) !== task.timeText) changes.timeText = text(values.timeText);
  return changes;
}

interface TaskEditDrawerProps {
  planId: string;
  task: Task | null;
  groupNames: Record<string, string>;
  onClose: () => void;
}

export function TaskEditDrawer({ planId, task, groupNames, onClose }: TaskEditDrawerProps) {
  const t = useT();
  return (
    <Drawer
      title={task ? t(planPageText.editTask, { code: task.code }) : ''}
      open={Boolean(task)}
      onClose={onClose}
      size={640}
      destroyOnHidden
    >
      {task ? (
        <>
          <TaskForm key={`${task.id}:${task.version}`} planId={planId} task={task} onClose={onClose} />
          <Divider titlePlacement="start">{t(planPageText.assignments)}</Divider>
          <TaskAssignmentsEditor planId={planId} task={task} groupNames={groupNames} />
          <Divider titlePlacement="start">{t(indicatorText.section)}</Divider>
          <TaskIndicatorsEditor taskId={task.id} />
        </>
      ) : null}
    </Drawer>
  );
}

function TaskForm({ planId, task, onClose }: { planId: string; task: Task; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<TaskValues>();
  const handleApiError = useApiErrorHandler();
  const updateMutation = useUpdateTask();
  const timeText = Form.useWatch('timeText', form) ?? task.timeText ?? '';
  const preview = timeText === (task.timeText ?? '') ? task.schedule : parseSchedule(timeText);

  const handleFinish = (values: TaskValues) => {
    const changes = changedFields(task, values);
    if (Object.keys(changes).length === 0) return onClose();
    updateMutation.mutate(
      { id: task.id, planId, version: task.version, ...changes },
      {
        onSuccess: (updated) => message.success(t(planPageText.taskUpdated, { code: updated.code })),
        onError: (error) => handleApiError(error, form),
      },
    );
  };

  const required = (field: string) => ({
    required: true,
    whitespace: true,
    message: t(common.required, { field }),
  });
  return (
    <Form<TaskValues>
      form={form}
      layout="vertical"
      onFinish={handleFinish}
      initialValues={{
        code: task.code,
        title: task.title,
        description: task.description ?? '',
        form: task.form ?? '',
        timeText: task.timeText ?? '',
      }}
    >
      <Flex gap={12}>
        <Form.Item
          name="code"
          label={t(reviewText.taskCode)}
          rules={[required(t(reviewText.taskCode))]}
          style={{ width: 110 }}
        >
          <Input />
        </Form.Item>
        <Form.Item
          name="title"
          label={t(reviewText.taskTitle)}
          rules={[required(t(reviewText.taskTitle))]}
          style={{ flex: 1 }}
        >
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 5 }} />
        </Form.Item>
      </Flex>
      <Form.Item name="description" label={t(reviewText.taskDescription)}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 10 }} />
      </Form.Item>
      <Form.Item name="form" label={t(reviewText.taskForm)}>
        <AutoComplete options={FORM_OPTIONS} />
      </Form.Item>
      <Form.Item
        name="timeText"
        label={t(reviewText.taskTime)}
        extra={
          <div style={{ marginTop: 6 }}>
            <ScheduleTag schedule={preview} timeText={timeText} />
          </div>
        }
      >
        <Input />
      </Form.Item>
      <Flex justify="flex-end" gap={8}>
        <Button onClick={onClose}>{t(common.close)}</Button>
        <Button type="primary" htmlType="submit" loading={updateMutation.isPending}>
          {t(common.save)}
        </Button>
      </Flex>
    </Form>
  );
}
