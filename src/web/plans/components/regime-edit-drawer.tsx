import { App, Button, DatePicker, Drawer, Flex, Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { Plan } from '../../../domain/plans/plan-api.schemas.ts';
import { REGIME_FREQUENCIES, type Regime, type RegimeFrequency } from '../../../domain/plans/regimes.ts';
import { parseSchedule } from '../../../domain/plans/schedule.ts';
import { DATE_FORMAT } from '../../lib/format.ts';
import { common, useT } from '../../lib/i18n.ts';
import { useApiErrorHandler } from '../../lib/use-api-error.ts';
import { useSaveRegime } from '../api/regimes.ts';
import { FREQUENCY_LABELS, regimeText } from '../messages.ts';
import { flattenPlanTasks } from '../utils/plan-tasks.ts';
import { ScheduleTag } from './schedule-tag.tsx';

interface RegimeValues {
  taskId: string;
  title: string;
  content?: string;
  reportersText: string;
  receiverText: string;
  method?: string;
  frequency: RegimeFrequency;
  cutoffText?: string;
  unitDeadlineText: string;
  consolidationDeadlineText?: string;
  consolidationDate?: Dayjs | null;
  outline?: string;
  dataForm?: string;
}

/** The plan as a whole is the empty task choice. */
const WHOLE_PLAN = '';
const text = (value: string | undefined) => (value?.trim() ? value.trim() : null);

function initialValues(regime: Regime | null): Partial<RegimeValues> {
  if (!regime) return { taskId: WHOLE_PLAN, frequency: 'yearly' };
  return {
    taskId: regime.task?.id ?? WHOLE_PLAN,
    title: regime.title,
    content: regime.content ?? '',
    reportersText: regime.reportersText,
    receiverText: regime.receiverText,
    method: regime.method ?? '',
    frequency: regime.frequency,
    cutoffText: regime.cutoffText ?? '',
    unitDeadlineText: regime.unitDeadlineText,
    consolidationDeadlineText: regime.consolidationDeadlineText ?? '',
    consolidationDate: regime.consolidationDate ? dayjs(regime.consolidationDate) : null,
    outline: regime.outline ?? '',
    dataForm: regime.dataForm ?? '',
  };
}

interface RegimeEditDrawerProps {
  plan: Plan;
  /** The regime to change, 'new' for a new one, null when closed. */
  regime: Regime | 'new' | null;
  onClose: () => void;
}

export function RegimeEditDrawer({ plan, regime, onClose }: RegimeEditDrawerProps) {
  const t = useT();
  const existing = regime === 'new' ? null : regime;
  return (
    <Drawer
      title={existing ? t(regimeText.editTitle) : t(regimeText.add)}
      open={regime !== null}
      onClose={onClose}
      size={680}
      destroyOnHidden
    >
      {regime !== null ? (
        <RegimeForm
          key={existing ? `${existing.id}:${existing.version}` : 'new'}
          {...{ plan, onClose }}
          regime={existing}
        />
      ) : null}
    </Drawer>
  );
}

function RegimeForm({ plan, regime, onClose }: { plan: Plan; regime: Regime | null; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<RegimeValues>();
  const handleApiError = useApiErrorHandler();
  const saveMutation = useSaveRegime(plan.id);
  const deadlineText = Form.useWatch('unitDeadlineText', form) ?? regime?.unitDeadlineText ?? '';
  const schedule =
    regime && deadlineText === regime.unitDeadlineText ? regime.schedule : parseSchedule(deadlineText);
  const tasks = flattenPlanTasks(plan.tasks);

  const handleFinish = (values: RegimeValues) => {
    const fields = {
      taskId: values.taskId || null,
      title: values.title.trim(),
      content: text(values.content),
      reportersText: values.reportersText.trim(),
      receiverText: values.receiverText.trim(),
      method: text(values.method),
      frequency: values.frequency,
      cutoffText: text(values.cutoffText),
      unitDeadlineText: values.unitDeadlineText.trim(),
      consolidationDeadlineText: text(values.consolidationDeadlineText),
      consolidationDate: values.consolidationDate ? values.consolidationDate.format('YYYY-MM-DD') : null,
      outline: text(values.outline),
      dataForm: text(values.dataForm),
      schedule,
    };
    saveMutation.mutate(regime ? { ...fields, id: regime.id, version: regime.version } : fields, {
      onSuccess: () => {
        message.success(t(common.saved));
        onClose();
      },
      onError: (error) => handleApiError(error, form),
    });
  };

  const required = (label: string) => [
    { required: true, whitespace: true, message: t(common.required, { field: label }) },
  ];
  return (
    <Form<RegimeValues>
      form={form}
      layout="vertical"
      onFinish={handleFinish}
      initialValues={initialValues(regime)}
    >
      <Form.Item name="title" label={t(regimeText.title)} rules={required(t(regimeText.title))}>
        <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} />
      </Form.Item>
      <Form.Item name="taskId" label={t(regimeText.task)}>
        <Select
          showSearch={{ optionFilterProp: 'label' }}
          options={[
            { value: WHOLE_PLAN, label: t(regimeText.wholePlan) },
            ...tasks.map((task) => ({ value: task.id, label: `${task.code}. ${task.title}` })),
          ]}
        />
      </Form.Item>
      <Form.Item name="content" label={t(regimeText.content)}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} />
      </Form.Item>
      <Flex gap={12}>
        <Form.Item
          name="reportersText"
          label={t(regimeText.reporters)}
          rules={required(t(regimeText.reporters))}
          style={{ flex: 1 }}
        >
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} />
        </Form.Item>
        <Form.Item
          name="receiverText"
          label={t(regimeText.receiver)}
          rules={required(t(regimeText.receiver))}
          style={{ flex: 1 }}
        >
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} />
        </Form.Item>
      </Flex>
      <Flex gap={12}>
        <Form.Item name="frequency" label={t(regimeText.frequency)} style={{ width: 180 }}>
          <Select
            options={REGIME_FREQUENCIES.map((value) => ({ value, label: t(FREQUENCY_LABELS[value]) }))}
          />
        </Form.Item>
        <Form.Item name="method" label={t(regimeText.method)} style={{ flex: 1 }}>
          <Input placeholder={t(regimeText.methodPlaceholder)} />
        </Form.Item>
      </Flex>
      <Form.Item
        name="unitDeadlineText"
        label={t(regimeText.unitDeadline)}
        rules={required(t(regimeText.unitDeadline))}
        extra={
          <div style={{ marginTop: 6 }}>
            <ScheduleTag schedule={schedule} timeText={deadlineText} />
          </div>
        }
      >
        <Input placeholder={t(regimeText.unitDeadlinePlaceholder)} />
      </Form.Item>
      <Form.Item name="cutoffText" label={t(regimeText.cutoff)}>
        <Input />
      </Form.Item>
      <Flex gap={12}>
        <Form.Item name="consolidationDeadlineText" label={t(regimeText.consolidation)} style={{ flex: 1 }}>
          <Input />
        </Form.Item>
        <Form.Item name="consolidationDate" label={t(regimeText.consolidationDate)} style={{ width: 180 }}>
          <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
        </Form.Item>
      </Flex>
      <Form.Item name="outline" label={t(regimeText.outline)}>
        <Input.TextArea autoSize={{ minRows: 3, maxRows: 12 }} />
      </Form.Item>
      <Form.Item name="dataForm" label={t(regimeText.dataForm)}>
        <Input />
      </Form.Item>
      <Flex justify="flex-end" gap={8}>
        <Button onClick={onClose}>{t(common.close)}</Button>
        <Button type="primary" htmlType="submit" loading={saveMutation.isPending}>
          {t(common.save)}
        </Button>
      </Flex>
    </Form>
  );
}
