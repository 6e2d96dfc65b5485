import { vietnamToday } from '../../domain/common/dates.ts';
import { useState } from 'react';
import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  DatePicker,
  Flex,
  Form,
  Input,
  InputNumber,
  Modal,
  Popconfirm,
  Table,
  Tag,
  Typography,
  type TableColumnsType,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { PageHeader } from '../components/page-header.tsx';
import { DATE_FORMAT, formatDate, toIsoDate } from '../lib/format.ts';
import { common, useT } from '../lib/i18n.ts';
import { useApiErrorHandler } from '../lib/use-api-error.ts';
import {
  exportBaseSalaries,
  useBaseSalaries,
  useCreateBaseSalary,
  useDeleteBaseSalary,
  useUpdateBaseSalary,
} from './api/base-salaries.ts';
import { ExportButton } from '../components/export-button.tsx';
import { vnd } from './format.ts';
import { baseSalaryText, payrollText } from './messages.ts';
import type { BaseSalaryRow } from './types.ts';

interface FormValues {
  from: Dayjs | null;
  to?: Dayjs | null;
  amount: number | null;
  source: string;
}

export function BaseSalariesPage({ canEdit }: { canEdit: boolean }) {
  const t = useT();
  const { message } = App.useApp();
  const handleApiError = useApiErrorHandler();
  const rowsQuery = useBaseSalaries();
  const create = useCreateBaseSalary();
  const update = useUpdateBaseSalary();
  const remove = useDeleteBaseSalary();
  const [editing, setEditing] = useState<BaseSalaryRow | 'new' | null>(null);
  const [form] = Form.useForm<FormValues>();
  const rows = rowsQuery.data ?? [];
  const now = vietnamToday();

  const open = (row: BaseSalaryRow | 'new') => {
    form.setFieldsValue(
      row === 'new'
        ? { from: null, to: null, amount: null, source: '' }
        : {
            from: dayjs(row.from),
            to: row.to ? dayjs(row.to) : null,
            amount: row.amount,
            source: row.source,
          },
    );
    setEditing(row);
  };

  const submit = (values: FormValues) => {
    const body = {
      from: toIsoDate(values.from) ?? '',
      to: toIsoDate(values.to) ?? null,
      amount: values.amount ?? 0,
      source: values.source.trim(),
    };
    const done = {
      onSuccess: () => {
        message.success(t(baseSalaryText.saved));
        setEditing(null);
      },
      onError: (error: unknown) => handleApiError(error, form),
    };
    if (editing === 'new') create.mutate({ ...body, closePrevious: true }, done);
    else if (editing) update.mutate({ id: editing.id, ...body }, done);
  };

  const columns: TableColumnsType<BaseSalaryRow> = [
    {
      title: t(payrollText.from),
      dataIndex: 'from',
      width: 140,
      defaultSortOrder: 'descend',
      sorter: (a, b) => a.from.localeCompare(b.from),
      render: (value: string) => formatDate(value),
    },
    {
      title: t(payrollText.to),
      dataIndex: 'to',
      width: 140,
      render: (value: string | null) => (value ? formatDate(value) : t(payrollText.untilFurther)),
    },
    {
      title: t(baseSalaryText.amount),
      dataIndex: 'amount',
      width: 220,
      align: 'right',
      sorter: (a, b) => a.amount - b.amount,
      render: (value: number) => <Typography.Text strong>{vnd(value)}</Typography.Text>,
    },
    {
      title: t(baseSalaryText.source),
      key: 'source',
      render: (_v, row) => (
        <Flex gap={8} align="center" wrap>
          <span>{row.source}</span>
          {row.from <= now && (row.to === null || now <= row.to) ? (
            <Tag color="green">{t(baseSalaryText.inForce)}</Tag>
          ) : null}
        </Flex>
      ),
    },
    ...(canEdit
      ? [
          {
            title: t(common.actions),
            key: 'actions',
            width: 110,
            render: (_v: unknown, row: BaseSalaryRow) => (
              <Flex gap={4}>
                <Button
                  type="text"
                  icon={<EditOutlined />}
                  aria-label={t(common.edit)}
                  onClick={() => open(row)}
                />
                <Popconfirm
                  title={t(payrollText.confirmDelete)}
                  okText={t(payrollText.delete)}
                  cancelText={t(common.cancel)}
                  onConfirm={() =>
                    remove.mutateAsync(row.id).then(
                      () => message.success(t(baseSalaryText.deleted)),
                      (error: unknown) => handleApiError(error),
                    )
                  }
                >
                  <Button type="text" danger icon={<DeleteOutlined />} aria-label={t(payrollText.delete)} />
                </Popconfirm>
              </Flex>
            ),
          },
        ]
      : []),
  ];

  return (
    <>
      <PageHeader
        title={t(baseSalaryText.title)}
        description={t(baseSalaryText.description)}
        extra={
          <>
            <ExportButton onExport={exportBaseSalaries} />
            {canEdit ? (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => open('new')}>
                {t(baseSalaryText.addRow)}
              </Button>
            ) : null}
          </>
        }
      />
      <Card>
        {!canEdit ? (
          <Alert type="info" showIcon title={t(baseSalaryText.adminOnly)} style={{ marginBottom: 16 }} />
        ) : null}
        {rowsQuery.isError ? (
          <Alert type="error" showIcon title={rowsQuery.error.message} style={{ marginBottom: 16 }} />
        ) : null}
        <Table<BaseSalaryRow>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={rows}
          loading={rowsQuery.isFetching}
          pagination={false}
        />
      </Card>
      <Modal
        open={editing !== null}
        title={editing === 'new' ? t(baseSalaryText.addRow) : t(common.edit)}
        okText={t(common.save)}
        cancelText={t(common.cancel)}
        okButtonProps={{ loading: create.isPending || update.isPending }}
        onCancel={() => setEditing(null)}
        onOk={() => form.submit()}
        forceRender
      >
        <Form form={form} layout="vertical" onFinish={submit}>
          <Flex gap={16}>
            <Form.Item
              name="from"
              label={t(payrollText.from)}
              rules={[{ required: true, message: t(baseSalaryText.fromRequired) }]}
            >
              <DatePicker format={DATE_FORMAT} placeholder={t(payrollText.datePlaceholder)} />
            </Form.Item>
            {editing !== 'new' ? (
              <Form.Item name="to" label={t(payrollText.to)}>
                <DatePicker format={DATE_FORMAT} placeholder={t(payrollText.datePlaceholder)} />
              </Form.Item>
            ) : null}
          </Flex>
          <Form.Item
            name="amount"
            label={t(baseSalaryText.amount)}
            rules={[{ required: true, message: t(baseSalaryText.amountRequired) }]}
          >
            <InputNumber<number>
              min={1}
              precision={0}
              step={10_000}
              formatter={(value) => String(value ?? '').replace(/\B(?=(\d{3})+(?!\d))/g, '.')}
              parser={(text) => Number((text ?? '').replace(/\./g, ''))}
              suffix="đ"
              style={{ width: 240 }}
            />
          </Form.Item>
          <Form.Item
            name="source"
            label={t(baseSalaryText.source)}
            rules={[{ required: true, whitespace: true, message: t(baseSalaryText.sourceRequired) }]}
          >
            <Input maxLength={300} placeholder="Nghị định …/NĐ-CP" />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
