import { vietnamToday } from '../../domain/common/dates.ts';
import { useState } from 'react';
import { BookOutlined, ClearOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  DatePicker,
  Flex,
  Form,
  Input,
  Modal,
  Popconfirm,
  Select,
  Table,
  Tag,
  Typography,
  type TableColumnsType,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { ROUNDING_RULE_LABELS, ROUNDING_RULES, type RoundingRule } from '../../domain/payroll/constants.ts';
import { PageHeader } from '../components/page-header.tsx';
import { DATE_FORMAT, formatDate, formatNumber, toIsoDate } from '../lib/format.ts';
import { common, useT } from '../lib/i18n.ts';
import { useApiErrorHandler } from '../lib/use-api-error.ts';
import {
  exportRateSets,
  useCreateRateAssignment,
  useCreateRateSet,
  useDeleteRateAssignment,
  usePayrollSettings,
  useProvince,
  useRateAssignments,
  useRateSetExamples,
  useRateSets,
  useUpdatePayrollSettings,
} from './api/rate-sets.ts';
import {
  fromFormValues,
  RateSetDrawer,
  toFormValues,
  type RateSetFormValues,
} from './components/rate-set-form.tsx';
import { ExportButton } from '../components/export-button.tsx';
import { assignmentText, payrollText, rateSetsText, settingsText } from './messages.ts';
import type { RateAssignment, StoredRateSet } from './types.ts';

const byText = (a: string, b: string) => a.localeCompare(b, 'vi');

function period(from: string, to: string | null, untilFurther: string): string {
  return `${formatDate(from)} – ${to ? formatDate(to) : untilFurther}`;
}

function Assignments({
  provinceId,
  sets,
  canEdit,
}: {
  provinceId: string;
  sets: StoredRateSet[];
  canEdit: boolean;
}) {
  const t = useT();
  const { message } = App.useApp();
  const handleApiError = useApiErrorHandler();
  const assignmentsQuery = useRateAssignments(provinceId);
  const create = useCreateRateAssignment();
  const remove = useDeleteRateAssignment();
  const [isAdding, setIsAdding] = useState(false);
  const [form] = Form.useForm<{ rateSetId: string; from: Dayjs; to?: Dayjs | null }>();
  const items = assignmentsQuery.data ?? [];
  const now = vietnamToday();
  const columns: TableColumnsType<RateAssignment> = [
    {
      title: t(assignmentText.rateSet),
      key: 'set',
      render: (_v, row) => (
        <Flex gap={8} align="center" wrap>
          <Link to={`/payroll/rate-sets/${row.rateSetId}`}>{row.rateSetTitle}</Link>
          {row.isExample ? <Tag color="orange">{t(payrollText.example)}</Tag> : null}
          {row.from <= now && (row.to === null || now <= row.to) ? (
            <Tag color="green">{t(assignmentText.now)}</Tag>
          ) : null}
        </Flex>
      ),
    },
    {
      title: t(rateSetsText.effective),
      key: 'period',
      width: 260,
      render: (_v, row) => period(row.from, row.to, t(payrollText.untilFurther)),
    },
    ...(canEdit
      ? [
          {
            title: '',
            key: 'actions',
            width: 60,
            render: (_v: unknown, row: RateAssignment) => (
              <Popconfirm
                title={t(assignmentText.removeConfirm, { from: formatDate(row.from) })}
                okText={t(payrollText.delete)}
                cancelText={t(common.cancel)}
                onConfirm={() =>
                  remove.mutateAsync(row.id).then(
                    () => message.success(t(assignmentText.removed)),
                    (error: unknown) => handleApiError(error),
                  )
                }
              >
                <Button type="text" danger icon={<DeleteOutlined />} aria-label={t(payrollText.delete)} />
              </Popconfirm>
            ),
          },
        ]
      : []),
  ];
  return (
    <Card
      title={t(assignmentText.title)}
      style={{ marginBottom: 16 }}
      extra={
        canEdit ? (
          <Button icon={<PlusOutlined />} onClick={() => setIsAdding(true)}>
            {t(assignmentText.add)}
          </Button>
        ) : null
      }
    >
      <Typography.Paragraph type="secondary">{t(assignmentText.hint)}</Typography.Paragraph>
      {assignmentsQuery.isSuccess && items.length === 0 ? (
        <Alert type="warning" showIcon title={t(assignmentText.none)} style={{ marginBottom: 12 }} />
      ) : null}
      {items.length > 0 ? (
        <Table<RateAssignment>
          rowKey="id"
          size="small"
          pagination={false}
          columns={columns}
          dataSource={items}
        />
      ) : null}
      <Modal
        open={isAdding}
        title={t(assignmentText.add)}
        okText={t(common.save)}
        cancelText={t(common.cancel)}
        okButtonProps={{ loading: create.isPending }}
        onCancel={() => setIsAdding(false)}
        onOk={() => form.submit()}
        afterClose={() => form.resetFields()}
        forceRender
      >
        <Form
          form={form}
          layout="vertical"
          onFinish={(values) =>
            create.mutate(
              {
                provinceId,
                rateSetId: values.rateSetId,
                from: toIsoDate(values.from) ?? '',
                to: toIsoDate(values.to) ?? null,
              },
              {
                onSuccess: () => {
                  message.success(t(assignmentText.added));
                  setIsAdding(false);
                },
                onError: (error) => handleApiError(error, form),
              },
            )
          }
        >
          <Form.Item
            name="rateSetId"
            label={t(assignmentText.rateSet)}
            rules={[
              {
                required: true,
                message: t(common.requiredSelect, { field: t(assignmentText.rateSet).toLowerCase() }),
              },
            ]}
          >
            <Select
              options={sets.map((set) => ({
                value: set.id,
                label: `${set.title} (${period(set.effectiveFrom, set.effectiveTo, t(payrollText.untilFurther))})`,
              }))}
            />
          </Form.Item>
          <Flex gap={16}>
            <Form.Item
              name="from"
              label={t(payrollText.from)}
              rules={[
                {
                  required: true,
                  message: t(common.requiredSelect, { field: t(payrollText.from).toLowerCase() }),
                },
              ]}
            >
              <DatePicker format={DATE_FORMAT} placeholder={t(payrollText.datePlaceholder)} />
            </Form.Item>
            <Form.Item name="to" label={t(payrollText.to)} tooltip={t(rateSetsText.effectiveToHint)}>
              <DatePicker format={DATE_FORMAT} placeholder={t(payrollText.datePlaceholder)} />
            </Form.Item>
          </Flex>
        </Form>
      </Modal>
    </Card>
  );
}

function Settings({ provinceId, canEdit }: { provinceId: string; canEdit: boolean }) {
  const t = useT();
  const { message } = App.useApp();
  const handleApiError = useApiErrorHandler();
  const settingsQuery = usePayrollSettings(provinceId);
  const update = useUpdatePayrollSettings();
  const settings = settingsQuery.data;
  if (!settings) return null;
  const save = (change: Partial<{ approver: 'district' | 'province'; roundingRule: RoundingRule }>) =>
    update.mutate(
      { provinceId, approver: settings.approver, roundingRule: settings.roundingRule, ...change },
      { onSuccess: () => message.success(t(settingsText.saved)), onError: (error) => handleApiError(error) },
    );
  return (
    <Card title={t(settingsText.title)} style={{ marginBottom: 16 }}>
      <Flex gap={24} wrap>
        <Flex vertical gap={4}>
          <Typography.Text type="secondary">{t(settingsText.approver)}</Typography.Text>
          <Select<'district' | 'province'>
            aria-label={t(settingsText.approver)}
            disabled={!canEdit}
            value={settings.approver}
            onChange={(approver) => save({ approver })}
            options={[
              { value: 'district', label: t(settingsText.approverDistrict) },
              { value: 'province', label: t(settingsText.approverProvince) },
            ]}
            style={{ width: 240 }}
          />
        </Flex>
        <Flex vertical gap={4}>
          <Typography.Text type="secondary">{t(settingsText.rounding)}</Typography.Text>
          <Select<RoundingRule>
            aria-label={t(settingsText.rounding)}
            disabled={!canEdit}
            value={settings.roundingRule}
            onChange={(roundingRule) => save({ roundingRule })}
            options={ROUNDING_RULES.map((rule) => ({ value: rule, label: t(ROUNDING_RULE_LABELS[rule]) }))}
            style={{ width: 340 }}
          />
        </Flex>
      </Flex>
    </Card>
  );
}

type KindFilter = 'own' | 'example';

export function RateSetsPage({ canEdit }: { canEdit: boolean }) {
  const t = useT();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const handleApiError = useApiErrorHandler();
  const [searchParams, setSearchParams] = useSearchParams();
  const provinceQuery = useProvince();
  const province = provinceQuery.data ?? undefined;
  const setsQuery = useRateSets(province?.id);
  const examplesQuery = useRateSetExamples();
  const create = useCreateRateSet();
  const [isCreating, setIsCreating] = useState(false);
  const [isPickingExample, setIsPickingExample] = useState(false);
  const [exampleId, setExampleId] = useState<string | undefined>();
  const [form] = Form.useForm<RateSetFormValues>();
  const q = searchParams.get('q') ?? '';
  const kind = (searchParams.get('kind') as KindFilter | null) ?? undefined;
  const setFilter = (next: { q?: string; kind?: KindFilter }) => {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries({ q, kind, ...next })) if (value) params.set(key, value);
    setSearchParams(params, { replace: true });
  };

  const needle = q.trim().toLocaleLowerCase('vi');
  const sets = (setsQuery.data ?? []).filter(
    (set) =>
      (!needle ||
        `${set.title} ${set.resolution?.number ?? ''} ${set.province}`
          .toLocaleLowerCase('vi')
          .includes(needle)) &&
      (!kind || (kind === 'example') === set.isExample),
  );

  const created = (set: StoredRateSet) => {
    message.success(t(rateSetsText.saved));
    void navigate(`/payroll/rate-sets/${set.id}`);
  };

  const columns: TableColumnsType<StoredRateSet> = [
    {
      title: t(rateSetsText.name),
      key: 'title',
      sorter: (a, b) => byText(a.title, b.title),
      render: (_v, set) => (
        <Flex vertical>
          <Flex gap={8} align="center" wrap>
            <Link to={`/payroll/rate-sets/${set.id}`}>
              <Typography.Text strong>{set.title}</Typography.Text>
            </Link>
            {set.isExample ? <Tag color="orange">{t(payrollText.example)}</Tag> : null}
          </Flex>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {set.resolution
              ? [set.resolution.number, set.resolution.issuer].filter(Boolean).join(' — ')
              : set.province}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      title: t(rateSetsText.effective),
      key: 'effective',
      width: 240,
      defaultSortOrder: 'descend',
      sorter: (a, b) => byText(a.effectiveFrom, b.effectiveFrom),
      render: (_v, set) => period(set.effectiveFrom, set.effectiveTo, t(payrollText.untilFurther)),
    },
    {
      title: t(rateSetsText.rates),
      key: 'rates',
      width: 110,
      align: 'right',
      sorter: (a, b) => a.rates.length - b.rates.length,
      render: (_v, set) => t(rateSetsText.rateCount, { count: formatNumber(set.rates.length) }),
    },
  ];

  return (
    <>
      <PageHeader
        title={t(rateSetsText.title)}
        description={t(rateSetsText.description)}
        extra={
          <>
            <ExportButton onExport={() => exportRateSets(province?.id)} />
            {canEdit && province ? (
              <>
                <Button icon={<BookOutlined />} onClick={() => setIsPickingExample(true)}>
                  {t(rateSetsText.fromExample)}
                </Button>
                <Button
                  type="primary"
                  icon={<PlusOutlined />}
                  onClick={() => {
                    form.setFieldsValue(toFormValues({ province: province.name }));
                    setIsCreating(true);
                  }}
                >
                  {t(rateSetsText.add)}
                </Button>
              </>
            ) : null}
          </>
        }
      />
      {!canEdit ? (
        <Alert type="info" showIcon title={t(payrollText.readOnly)} style={{ marginBottom: 16 }} />
      ) : null}
      {provinceQuery.isError ? <Alert type="error" showIcon title={provinceQuery.error.message} /> : null}
      {province ? (
        <Assignments provinceId={province.id} sets={setsQuery.data ?? []} canEdit={canEdit} />
      ) : null}
      <Card title={t(rateSetsText.title)} style={{ marginBottom: 16 }}>
        <Flex gap={8} wrap align="center" style={{ marginBottom: 16 }}>
          <Input.Search
            allowClear
            aria-label={t(rateSetsText.searchPlaceholder)}
            placeholder={t(rateSetsText.searchPlaceholder)}
            defaultValue={q}
            onSearch={(value) => setFilter({ q: value.trim() || undefined })}
            onChange={(event) => {
              if (!event.target.value) setFilter({ q: undefined });
            }}
            style={{ width: 280 }}
          />
          <Select<KindFilter>
            allowClear
            aria-label={t(rateSetsText.kindFilter)}
            placeholder={t(rateSetsText.kindFilter)}
            value={kind}
            onChange={(value) => setFilter({ kind: value })}
            options={[
              { value: 'own', label: t(rateSetsText.ownSets) },
              { value: 'example', label: t(rateSetsText.examples) },
            ]}
            style={{ width: 160 }}
          />
          {q || kind ? (
            <Button icon={<ClearOutlined />} onClick={() => setSearchParams({}, { replace: true })}>
              {t(common.reset)}
            </Button>
          ) : null}
        </Flex>
        {setsQuery.isError ? <Alert type="error" showIcon title={setsQuery.error.message} /> : null}
        <Table<StoredRateSet>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={sets}
          loading={setsQuery.isFetching}
          pagination={{ defaultPageSize: 50, hideOnSinglePage: true }}
        />
      </Card>
      {province ? <Settings provinceId={province.id} canEdit={canEdit} /> : null}
      <RateSetDrawer
        open={isCreating}
        title={t(rateSetsText.add)}
        form={form}
        isSaving={create.isPending}
        onClose={() => setIsCreating(false)}
        onSave={(values) =>
          province &&
          create.mutate(
            { provinceId: province.id, ...fromFormValues(values) },
            { onSuccess: created, onError: (error) => handleApiError(error, form) },
          )
        }
      />
      <Modal
        open={isPickingExample}
        title={t(rateSetsText.fromExample)}
        okText={t(rateSetsText.add)}
        cancelText={t(common.cancel)}
        okButtonProps={{ disabled: !exampleId, loading: create.isPending }}
        onCancel={() => setIsPickingExample(false)}
        onOk={() =>
          province &&
          exampleId &&
          create.mutate(
            { provinceId: province.id, fromExample: exampleId },
            { onSuccess: created, onError: (error) => handleApiError(error) },
          )
        }
        width={720}
      >
        <Typography.Paragraph type="secondary">{t(rateSetsText.pickExampleHint)}</Typography.Paragraph>
        <Select<string>
          aria-label={t(rateSetsText.pickExample)}
          placeholder={t(rateSetsText.pickExample)}
          value={exampleId}
          onChange={setExampleId}
          style={{ width: '100%' }}
          options={(examplesQuery.data ?? []).map((example) => ({ value: example.id, label: example.title }))}
        />
        {exampleId ? (
          <Typography.Paragraph type="secondary" style={{ marginTop: 12, fontSize: 12 }}>
            {examplesQuery.data?.find((example) => example.id === exampleId)?.source}
          </Typography.Paragraph>
        ) : null}
      </Modal>
    </>
  );
}
