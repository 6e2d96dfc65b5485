import { DeleteOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  DatePicker,
  Descriptions,
  Drawer,
  Flex,
  Form,
  Input,
  InputNumber,
  Select,
  Spin,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import {
  BUDGET_KIND_LABELS,
  BUDGET_KINDS,
  BUDGET_ORIGIN_LABELS,
  BUDGET_SOURCE_LABELS,
  BUDGET_SOURCES,
  budgetEntryFieldsSchema,
  type BudgetEntry,
  type BudgetEntryInput,
  type BudgetKind,
  type BudgetSource,
} from '../../../domain/budget/budget.schemas.ts';
import { entryDateIssue } from '../../../domain/budget/budget-rules.ts';
import { UnitSelect } from '../../components/unit-select.tsx';
import { DATE_FORMAT, formatDate, formatDateTime } from '../../lib/format.ts';
import { common, getLanguage, useT } from '../../lib/i18n.ts';
import { usePlanOptions, usePlanTaskOptions } from '../../lib/option-queries.ts';
import { useApiErrorHandler } from '../../lib/use-api-error.ts';
import { zodRule } from '../../lib/zod-rule.ts';
import { useBudgetEntry, useDeleteBudgetEntry, useSaveBudgetEntry } from '../api/budget-entries.ts';
import { fiscalYears, monthText, vnd } from '../format.ts';
import { budgetText } from '../messages.ts';

interface FormValues {
  unitId: string;
  fiscalYear: number;
  kind: BudgetKind;
  source: BudgetSource;
  amount: number;
  entryDate: Dayjs | null;
  documentNumber?: string;
  note?: string;
  planId?: string;
  taskId?: string;
}

export interface DrawerUnit {
  id: string;
  code: string;
  name: string;
  kind: 'province' | 'district' | 'commune' | 'village' | 'agency';
}

interface BudgetEntryDrawerProps {
  /** 'new' to add; an entry id to open it; undefined: closed. */
  id: string | undefined;
  /** Admins and coordinators record for any unit in scope; the others for their own unit only. */
  canChooseUnit: boolean;
  canWrite: boolean;
  myUnit: DrawerUnit;
  /** A task the list is filtered by: a new entry starts tied to it. */
  defaultTaskId?: string;
  onClose: () => void;
}

export function BudgetEntryDrawer(props: BudgetEntryDrawerProps) {
  const t = useT();
  const isNew = props.id === 'new';
  const entryQuery = useBudgetEntry(isNew ? undefined : props.id);
  const entry = entryQuery.data;
  const title = isNew ? budgetText.add : entry?.canEdit ? budgetText.edit : budgetText.view;
  return (
    <Drawer title={t(title)} open={props.id !== undefined} onClose={props.onClose} size={560} destroyOnHidden>
      {props.id === undefined ? null : isNew ? (
        <EntryForm key="new" entry={null} {...props} />
      ) : entryQuery.isPending ? (
        <Spin />
      ) : entryQuery.isError ? (
        <Alert type="error" showIcon title={entryQuery.error.message} />
      ) : entry ? (
        entry.canEdit ? (
          <EntryForm key={`${entry.id}:${entry.version}`} entry={entry} {...props} />
        ) : (
          <EntryView entry={entry} />
        )
      ) : null}
    </Drawer>
  );
}

function EntryView({ entry }: { entry: BudgetEntry }) {
  const t = useT();
  return (
    <Flex vertical gap={16}>
      <Alert
        type="info"
        showIcon
        title={t(entry.origin === 'payroll' ? budgetText.followsPayroll : budgetText.readOnly)}
      />
      <Descriptions
        column={1}
        bordered
        size="small"
        items={[
          { key: 'unit', label: t(budgetText.unit), children: entry.unit.name },
          { key: 'year', label: t(budgetText.fiscalYear), children: entry.fiscalYear },
          { key: 'kind', label: t(budgetText.kind), children: t(BUDGET_KIND_LABELS[entry.kind]) },
          { key: 'source', label: t(budgetText.source), children: t(BUDGET_SOURCE_LABELS[entry.source]) },
          { key: 'amount', label: t(budgetText.amount), children: vnd(entry.amount) },
          { key: 'date', label: t(budgetText.entryDate), children: formatDate(entry.entryDate) },
          { key: 'doc', label: t(budgetText.documentNumber), children: entry.documentNumber },
          {
            key: 'task',
            label: t(budgetText.task),
            children: entry.task ? `${entry.task.code}. ${entry.task.title}` : null,
          },
          { key: 'note', label: t(budgetText.note), children: entry.note },
          {
            key: 'origin',
            label: t(budgetText.origin),
            children: entry.payrollMonth
              ? `${t(BUDGET_ORIGIN_LABELS[entry.origin])} — ${t(budgetText.payrollMonth, { month: monthText(entry.payrollMonth) })}`
              : t(BUDGET_ORIGIN_LABELS[entry.origin]),
          },
          { key: 'by', label: t(budgetText.recordedBy), children: entry.recordedBy?.displayName },
          { key: 'at', label: t(budgetText.updatedAt), children: formatDateTime(entry.updatedAt) },
        ]}
      />
    </Flex>
  );
}

const parseAmount = (text: string | undefined) => Number((text ?? '').replace(/[^\d]/g, '')) || 0;
const formatAmount = (value: number | string | undefined) =>
  value === undefined || value === '' ? '' : String(value).replace(/\B(?=(\d{3})+(?!\d))/g, '.');

function EntryForm({
  entry,
  canChooseUnit,
  myUnit,
  defaultTaskId,
  onClose,
}: BudgetEntryDrawerProps & { entry: BudgetEntry | null }) {
  const t = useT();
  const { message, modal } = App.useApp();
  const [form] = Form.useForm<FormValues>();
  const handleApiError = useApiErrorHandler();
  const saveMutation = useSaveBudgetEntry();
  const deleteMutation = useDeleteBudgetEntry();
  const plansQuery = usePlanOptions();
  const [planId, setPlanId] = useState<string | undefined>(entry?.task?.planId);
  const tasksQuery = usePlanTaskOptions(planId);

  const handleFinish = (values: FormValues) => {
    const input: BudgetEntryInput = {
      unitId: values.unitId,
      fiscalYear: values.fiscalYear,
      kind: values.kind,
      source: values.source,
      amount: values.amount,
      entryDate: values.entryDate?.format('YYYY-MM-DD') ?? '',
      documentNumber: values.documentNumber?.trim() || null,
      note: values.note?.trim() || null,
      taskId: values.taskId ?? null,
    };
    saveMutation.mutate(
      { id: entry?.id, version: entry?.version, input },
      {
        onSuccess: (saved) => {
          if (saved.warnings.length > 0) {
            const language = getLanguage();
            void modal.warning({
              title: t(budgetText.warningsTitle, { year: saved.fiscalYear }),
              content: (
                <ul style={{ paddingLeft: 18, margin: 0 }}>
                  {saved.warnings.map((w) => (
                    <li key={`${w.code}:${w.source}`}>{w.message[language]}</li>
                  ))}
                </ul>
              ),
            });
          } else message.success(t(entry ? budgetText.updated : budgetText.created));
          onClose();
        },
        onError: (error) => handleApiError(error, form),
      },
    );
  };

  const confirmDelete = () => {
    if (!entry) return;
    void modal.confirm({
      title: t(budgetText.deleteConfirm),
      content: `${entry.unit.name} · ${t(BUDGET_KIND_LABELS[entry.kind])} · ${vnd(entry.amount)}`,
      okText: t(budgetText.delete),
      okButtonProps: { danger: true },
      onOk: () =>
        deleteMutation.mutateAsync({ id: entry.id, version: entry.version }).then(() => {
          message.success(t(budgetText.deleted));
          onClose();
        }, handleApiError),
    });
  };

  const today = dayjs();
  const initialValues: Partial<FormValues> = entry
    ? {
        unitId: entry.unit.id,
        fiscalYear: entry.fiscalYear,
        kind: entry.kind,
        source: entry.source,
        amount: entry.amount,
        entryDate: dayjs(entry.entryDate),
        documentNumber: entry.documentNumber ?? undefined,
        note: entry.note ?? undefined,
        planId: entry.task?.planId,
        taskId: entry.task?.id,
      }
    : {
        unitId: canChooseUnit ? undefined : myUnit.id,
        fiscalYear: today.year(),
        source: 'local_budget',
        entryDate: today,
        taskId: defaultTaskId,
      };
  const required = (field: { vi: string; en: string }) => ({
    required: true,
    message: t(common.required, { field: t(field).toLowerCase() }),
  });
  const requiredSelect = (field: { vi: string; en: string }) => ({
    required: true,
    message: t(common.requiredSelect, { field: t(field).toLowerCase() }),
  });

  return (
    <Form<FormValues>
      form={form}
      layout="vertical"
      onFinish={handleFinish}
      autoComplete="off"
      initialValues={initialValues}
    >
      <Form.Item
        name="unitId"
        label={t(budgetText.unit)}
        rules={[requiredSelect(budgetText.unit)]}
        extra={canChooseUnit ? undefined : t(budgetText.ownUnitOnly)}
      >
        <UnitSelect
          known={entry ? entry.unit : myUnit}
          placeholder={t(budgetText.unitPlaceholder)}
          ariaLabel={t(budgetText.unit)}
          width="100%"
          disabled={!canChooseUnit}
          allowClear={false}
        />
      </Form.Item>
      <Flex gap={12}>
        <Form.Item
          name="kind"
          label={t(budgetText.kind)}
          style={{ flex: 1 }}
          rules={[requiredSelect(budgetText.kind)]}
        >
          <Select
            options={BUDGET_KINDS.map((kind) => ({ value: kind, label: t(BUDGET_KIND_LABELS[kind]) }))}
          />
        </Form.Item>
        <Form.Item
          name="fiscalYear"
          label={t(budgetText.fiscalYear)}
          style={{ width: 140 }}
          rules={[requiredSelect(budgetText.fiscalYear)]}
        >
          <Select options={fiscalYears().map((year) => ({ value: year, label: String(year) }))} />
        </Form.Item>
      </Flex>
      <Form.Item name="source" label={t(budgetText.source)} rules={[requiredSelect(budgetText.source)]}>
        <Select
          options={BUDGET_SOURCES.map((source) => ({
            value: source,
            label: t(BUDGET_SOURCE_LABELS[source]),
          }))}
        />
      </Form.Item>
      <Flex gap={12}>
        <Form.Item
          name="amount"
          label={t(budgetText.amount)}
          style={{ flex: 1 }}
          extra={t(budgetText.amountHint)}
          rules={[required(budgetText.amount), zodRule(budgetEntryFieldsSchema.shape.amount)]}
        >
          <InputNumber<number>
            min={0}
            precision={0}
            formatter={formatAmount}
            parser={parseAmount}
            suffix="đ"
            style={{ width: '100%' }}
          />
        </Form.Item>
        <Form.Item
          name="entryDate"
          label={t(budgetText.entryDate)}
          style={{ width: 170 }}
          dependencies={['kind', 'fiscalYear']}
          rules={[
            requiredSelect(budgetText.entryDate),
            ({ getFieldValue }) => ({
              validator: async (_rule, value: Dayjs | null) => {
                const kind = getFieldValue('kind') as BudgetKind | undefined;
                const year = getFieldValue('fiscalYear') as number | undefined;
                if (!value || !kind || !year) return;
                const issue = entryDateIssue(kind, year, value.format('YYYY-MM-DD'));
                if (issue) throw new Error(t(issue));
              },
            }),
          ]}
        >
          <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
        </Form.Item>
      </Flex>
      <Form.Item name="documentNumber" label={t(budgetText.documentNumber)}>
        <Input placeholder={t(budgetText.documentPlaceholder)} maxLength={100} />
      </Form.Item>
      <Form.Item name="note" label={t(budgetText.note)}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={2000} />
      </Form.Item>
      <Form.Item name="planId" label={t(budgetText.plan)}>
        <Select
          allowClear
          loading={plansQuery.isPending}
          onChange={(next: string | undefined) => {
            setPlanId(next);
            form.setFieldValue('taskId', undefined);
          }}
          options={(plansQuery.data ?? []).map((plan) => ({
            value: plan.id,
            label: plan.number ? `${plan.number} — ${plan.title}` : plan.title,
          }))}
        />
      </Form.Item>
      <Form.Item name="taskId" label={t(budgetText.task)} extra={t(budgetText.taskHint)}>
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          disabled={!planId && !defaultTaskId}
          loading={tasksQuery.isFetching}
          options={[
            ...(tasksQuery.data ?? []).map((task) => ({
              value: task.id,
              label: `${task.code}. ${task.title}`,
            })),
            ...(entry?.task && !planId
              ? [{ value: entry.task.id, label: `${entry.task.code}. ${entry.task.title}` }]
              : []),
          ]}
          popupMatchSelectWidth={false}
          styles={{ popup: { root: { maxWidth: 520 } } }}
        />
      </Form.Item>
      <Flex justify="space-between" gap={8}>
        {entry ? (
          <Button danger icon={<DeleteOutlined />} onClick={confirmDelete}>
            {t(budgetText.delete)}
          </Button>
        ) : (
          <span />
        )}
        <Flex gap={8}>
          <Button onClick={onClose}>{t(common.cancel)}</Button>
          <Button type="primary" htmlType="submit" loading={saveMutation.isPending}>
            {t(common.save)}
          </Button>
        </Flex>
      </Flex>
    </Form>
  );
}
