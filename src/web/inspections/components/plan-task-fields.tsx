import { Form, Select } from 'antd';
import { common, useT } from '../../lib/i18n.ts';
import { usePlanOptions, usePlanTaskOptions } from '../../lib/option-queries.ts';
import { inspectionsText } from '../messages.ts';

/** The plan an inspection checks, and optionally one of its tasks (the list follows the chosen plan). */
export function PlanTaskFields() {
  const t = useT();
  const form = Form.useFormInstance();
  const planId = Form.useWatch<string | undefined>('planId', form);
  const plansQuery = usePlanOptions();
  const tasksQuery = usePlanTaskOptions(planId);
  return (
    <>
      <Form.Item
        name="planId"
        label={t(inspectionsText.plan)}
        rules={[
          {
            required: true,
            message: t(common.requiredSelect, { field: t(inspectionsText.plan).toLowerCase() }),
          },
        ]}
      >
        <Select<string>
          showSearch={{ optionFilterProp: 'label' }}
          placeholder={t(inspectionsText.planPlaceholder)}
          loading={plansQuery.isPending}
          onChange={() => form.setFieldValue('taskId', null)}
          options={(plansQuery.data ?? []).map((plan) => ({
            value: plan.id,
            label: plan.number ? `${plan.number} — ${plan.title}` : plan.title,
          }))}
        />
      </Form.Item>
      <Form.Item name="taskId" label={t(inspectionsText.task)}>
        <Select<string>
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          placeholder={t(inspectionsText.taskPlaceholder)}
          disabled={!planId}
          loading={tasksQuery.isFetching}
          options={(tasksQuery.data ?? []).map((task) => ({
            value: task.id,
            label: `${task.code}. ${task.title}`,
            style: { paddingInlineStart: 12 + task.depth * 16 },
          }))}
        />
      </Form.Item>
    </>
  );
}
