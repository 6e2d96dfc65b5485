import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Flex, Form, Input, Popconfirm, Select, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { INDICATOR_KINDS, type Indicator } from '../../../domain/reports/reports.schemas.ts';
import { common, useT } from '../../lib/i18n.ts';
import { useApiErrorHandler } from '../../lib/use-api-error.ts';
import { useChangeIndicator, useTaskIndicators } from '../api/indicators.ts';
import { INDICATOR_KIND_LABELS, indicatorText } from '../messages.ts';

type NewIndicator = Omit<Indicator, 'id' | 'taskId'>;

/**
 * The figures a task's reports carry (conferences held, participants, VND spent …): named here once, they are
 * asked for in every report of the task and summed up the tree in the dashboard and consolidation.
 */
export function TaskIndicatorsEditor({ taskId }: { taskId: string }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<NewIndicator>();
  const handleApiError = useApiErrorHandler();
  const indicatorsQuery = useTaskIndicators(taskId);
  const changeMutation = useChangeIndicator(taskId);

  const rename = (indicator: Indicator, field: 'name' | 'unitLabel', value: string) => {
    const trimmed = value.trim();
    if (!trimmed || trimmed === indicator[field]) return;
    changeMutation.mutate(
      { kind: 'update', id: indicator.id, fields: { [field]: trimmed } },
      { onSuccess: () => message.success(t(common.saved)), onError: (error) => handleApiError(error) },
    );
  };

  const columns: TableColumnsType<Indicator> = [
    {
      title: t(indicatorText.name),
      dataIndex: 'name',
      render: (_, indicator) => (
        <Typography.Text editable={{ onChange: (value) => rename(indicator, 'name', value) }}>
          {indicator.name}
        </Typography.Text>
      ),
    },
    {
      title: t(indicatorText.unitLabel),
      dataIndex: 'unitLabel',
      width: 130,
      render: (_, indicator) => (
        <Typography.Text editable={{ onChange: (value) => rename(indicator, 'unitLabel', value) }}>
          {indicator.unitLabel}
        </Typography.Text>
      ),
    },
    {
      title: t(indicatorText.kind),
      dataIndex: 'kind',
      width: 120,
      render: (kind: Indicator['kind']) => t(INDICATOR_KIND_LABELS[kind]),
    },
    {
      key: 'actions',
      width: 48,
      render: (_, indicator) => (
        <Popconfirm
          title={t(indicatorText.deleteConfirm)}
          okText={t(indicatorText.delete)}
          cancelText={t(common.cancel)}
          onConfirm={() =>
            changeMutation.mutate(
              { kind: 'remove', id: indicator.id },
              { onError: (error) => handleApiError(error) },
            )
          }
        >
          <Button size="small" danger icon={<DeleteOutlined />} aria-label={t(indicatorText.delete)} />
        </Popconfirm>
      ),
    },
  ];

  const handleAdd = (values: NewIndicator) =>
    changeMutation.mutate(
      { kind: 'add', fields: { ...values, name: values.name.trim(), unitLabel: values.unitLabel.trim() } },
      {
        onSuccess: () => {
          form.resetFields();
          message.success(t(indicatorText.added));
        },
        onError: (error) => handleApiError(error, form),
      },
    );

  return (
    <>
      <Typography.Paragraph type="secondary">{t(indicatorText.hint)}</Typography.Paragraph>
      <Table<Indicator>
        rowKey="id"
        size="small"
        pagination={false}
        loading={indicatorsQuery.isPending}
        dataSource={indicatorsQuery.data ?? []}
        columns={columns}
        locale={{ emptyText: t(indicatorText.empty) }}
        style={{ marginBottom: 12 }}
      />
      <Form<NewIndicator> form={form} onFinish={handleAdd} initialValues={{ kind: 'count' }}>
        <Flex gap={8} align="start">
          <Form.Item
            name="name"
            style={{ flex: 1, marginBottom: 0 }}
            rules={[
              {
                required: true,
                whitespace: true,
                message: t(common.required, { field: t(indicatorText.name) }),
              },
            ]}
          >
            <Input placeholder={t(indicatorText.namePlaceholder)} />
          </Form.Item>
          <Form.Item
            name="unitLabel"
            style={{ width: 110, marginBottom: 0 }}
            rules={[
              {
                required: true,
                whitespace: true,
                message: t(common.required, { field: t(indicatorText.unitLabel) }),
              },
            ]}
          >
            <Input placeholder={t(indicatorText.unitLabelPlaceholder)} />
          </Form.Item>
          <Form.Item name="kind" style={{ width: 130, marginBottom: 0 }}>
            <Select
              options={INDICATOR_KINDS.map((value) => ({ value, label: t(INDICATOR_KIND_LABELS[value]) }))}
            />
          </Form.Item>
          <Button htmlType="submit" icon={<PlusOutlined />} loading={changeMutation.isPending}>
            {t(indicatorText.add)}
          </Button>
        </Flex>
      </Form>
    </>
  );
}
