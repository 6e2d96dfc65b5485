import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import {
  Button,
  DatePicker,
  Drawer,
  Flex,
  Form,
  Input,
  InputNumber,
  Select,
  Table,
  Typography,
  type FormInstance,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import {
  MONTHLY_KINDS,
  PAYROLL_ROLE_LABELS,
  RATE_BASIS_LABELS,
  RATE_BASES,
  RATE_KIND_LABELS,
  RATE_KINDS,
  RATE_ROLES,
  type RateBasis,
  type RateKind,
  type RateRole,
} from '../../../domain/payroll/constants.ts';
import type { RateSet } from '../../../domain/payroll/rate-sets.ts';
import { DATE_FORMAT, toIsoDate } from '../../lib/format.ts';
import { common, useT } from '../../lib/i18n.ts';
import { payrollText, rateSetsText } from '../messages.ts';
import type { RateSetInput } from '../types.ts';

/** What the form holds: dates as pickers' values, the rest as the API takes it. */
export interface RateSetFormValues {
  title: string;
  province: string;
  resolutionNumber?: string;
  resolutionDate?: Dayjs | null;
  resolutionIssuer?: string;
  source: string;
  effectiveFrom: Dayjs | null;
  effectiveTo?: Dayjs | null;
  rates: { role: RateRole; kind: RateKind; basis: RateBasis; value: number | null }[];
  notes: string[];
}

const MONTHLY = new Set<RateKind>(MONTHLY_KINDS);

export function toFormValues(set: Partial<RateSet>): RateSetFormValues {
  return {
    title: set.title ?? '',
    province: set.province ?? 'Tỉnh Thái Nguyên',
    resolutionNumber: set.resolution?.number ?? undefined,
    resolutionDate: set.resolution?.date ? dayjs(set.resolution.date) : null,
    resolutionIssuer: set.resolution?.issuer ?? undefined,
    source: set.source ?? '',
    effectiveFrom: set.effectiveFrom ? dayjs(set.effectiveFrom) : null,
    effectiveTo: set.effectiveTo ? dayjs(set.effectiveTo) : null,
    rates: (set.rates ?? []).map(({ role, kind, basis, value }) => ({ role, kind, basis, value })),
    notes: set.notes ?? [],
  };
}

export function fromFormValues(values: RateSetFormValues): RateSetInput {
  const issuer = values.resolutionIssuer?.trim();
  return {
    title: values.title.trim(),
    province: values.province.trim(),
    resolution: issuer
      ? {
          number: values.resolutionNumber?.trim() || null,
          date: toIsoDate(values.resolutionDate) ?? null,
          issuer,
        }
      : null,
    source: values.source.trim(),
    effectiveFrom: toIsoDate(values.effectiveFrom) ?? '',
    effectiveTo: toIsoDate(values.effectiveTo) ?? null,
    rates: values.rates.map((rate) => ({
      role: rate.role,
      kind: rate.kind,
      basis: rate.basis,
      value: rate.value ?? 0,
      unit: MONTHLY.has(rate.kind) ? 'month' : 'day',
    })),
    notes: values.notes.map((note) => note.trim()).filter((note) => note !== ''),
  };
}

/** The fields of a rate set: its resolution and dates, then one row per role and kind. */
export function RateSetFormFields() {
  const t = useT();
  const form = Form.useFormInstance<RateSetFormValues>();
  const required = (field: { vi: string; en: string }) => ({
    required: true,
    whitespace: true,
    message: t(common.required, { field: t(field).toLowerCase() }),
  });
  return (
    <>
      <Form.Item name="title" label={t(rateSetsText.name)} rules={[required(rateSetsText.name)]}>
        <Input maxLength={300} />
      </Form.Item>
      <Flex gap={16} wrap>
        <Form.Item
          name="province"
          label={t(rateSetsText.province)}
          rules={[required(rateSetsText.province)]}
          style={{ flex: '1 1 220px' }}
        >
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item
          name="effectiveFrom"
          label={t(rateSetsText.effectiveFrom)}
          rules={[
            {
              required: true,
              message: t(common.requiredSelect, { field: t(rateSetsText.effectiveFrom).toLowerCase() }),
            },
          ]}
        >
          <DatePicker format={DATE_FORMAT} placeholder={t(payrollText.datePlaceholder)} />
        </Form.Item>
        <Form.Item
          name="effectiveTo"
          label={t(rateSetsText.effectiveTo)}
          tooltip={t(rateSetsText.effectiveToHint)}
        >
          <DatePicker format={DATE_FORMAT} placeholder={t(payrollText.datePlaceholder)} />
        </Form.Item>
      </Flex>
      <Flex gap={16} wrap>
        <Form.Item
          name="resolutionNumber"
          label={t(rateSetsText.resolutionNumber)}
          style={{ flex: '1 1 180px' }}
        >
          <Input maxLength={100} placeholder="…/2024/NQ-HĐND" />
        </Form.Item>
        <Form.Item name="resolutionDate" label={t(rateSetsText.resolutionDate)}>
          <DatePicker format={DATE_FORMAT} placeholder={t(payrollText.datePlaceholder)} />
        </Form.Item>
        <Form.Item
          name="resolutionIssuer"
          label={t(rateSetsText.resolutionIssuer)}
          style={{ flex: '1 1 220px' }}
        >
          <Input maxLength={300} placeholder="HĐND tỉnh Thái Nguyên" />
        </Form.Item>
      </Flex>
      <Form.Item name="source" label={t(rateSetsText.source)} rules={[required(rateSetsText.source)]}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={2000} />
      </Form.Item>
      <Typography.Title level={5}>{t(rateSetsText.rates)}</Typography.Title>
      <Form.List name="rates">
        {(fields, { add, remove }) => (
          <>
            <Table
              size="small"
              rowKey="key"
              pagination={false}
              dataSource={fields}
              columns={[
                {
                  title: t(rateSetsText.role),
                  width: 170,
                  render: (_v, field) => (
                    <Form.Item name={[field.name, 'role']} noStyle>
                      <Select
                        aria-label={t(rateSetsText.role)}
                        style={{ width: '100%' }}
                        options={RATE_ROLES.map((role) => ({
                          value: role,
                          label: role === 'all' ? t(rateSetsText.allRoles) : t(PAYROLL_ROLE_LABELS[role]),
                        }))}
                      />
                    </Form.Item>
                  ),
                },
                {
                  title: t(rateSetsText.kind),
                  render: (_v, field) => (
                    <Form.Item name={[field.name, 'kind']} noStyle>
                      <Select
                        aria-label={t(rateSetsText.kind)}
                        style={{ width: '100%' }}
                        popupMatchSelectWidth={false}
                        options={RATE_KINDS.map((kind) => ({
                          value: kind,
                          label: t(RATE_KIND_LABELS[kind]),
                        }))}
                      />
                    </Form.Item>
                  ),
                },
                {
                  title: t(rateSetsText.basis),
                  width: 220,
                  render: (_v, field) => (
                    <Form.Item name={[field.name, 'basis']} noStyle>
                      <Select
                        aria-label={t(rateSetsText.basis)}
                        style={{ width: '100%' }}
                        popupMatchSelectWidth={false}
                        options={RATE_BASES.map((basis) => ({
                          value: basis,
                          label: t(RATE_BASIS_LABELS[basis]),
                        }))}
                      />
                    </Form.Item>
                  ),
                },
                {
                  title: t(rateSetsText.value),
                  width: 200,
                  render: (_v, field) => (
                    <Form.Item
                      noStyle
                      shouldUpdate={(a: RateSetFormValues, b: RateSetFormValues) =>
                        a.rates?.[field.name]?.basis !== b.rates?.[field.name]?.basis ||
                        a.rates?.[field.name]?.kind !== b.rates?.[field.name]?.kind
                      }
                    >
                      {() => {
                        const rate = form.getFieldValue(['rates', field.name]) as
                          RateSetFormValues['rates'][number] | undefined;
                        const unit =
                          rate && MONTHLY.has(rate.kind) ? t(rateSetsText.perMonth) : t(rateSetsText.perDay);
                        const suffix =
                          rate?.basis === 'fixed'
                            ? `đ/${unit}`
                            : rate?.basis === 'percent_of_contribution'
                              ? '%'
                              : `× LCS/${unit}`;
                        return (
                          <Form.Item
                            name={[field.name, 'value']}
                            rules={[{ required: true, message: t(rateSetsText.valueRequired) }]}
                            style={{ margin: 0 }}
                          >
                            <InputNumber<number>
                              aria-label={t(rateSetsText.value)}
                              min={0}
                              step={rate?.basis === 'fixed' ? 10_000 : 0.05}
                              decimalSeparator=","
                              formatter={(value) =>
                                rate?.basis === 'fixed' && value !== undefined
                                  ? String(value).replace(/\B(?=(\d{3})+(?!\d))/g, '.')
                                  : String(value ?? '').replace('.', ',')
                              }
                              parser={(text) =>
                                Number(
                                  rate?.basis === 'fixed'
                                    ? (text ?? '').replace(/\./g, '')
                                    : (text ?? '').replace(/\./g, '').replace(',', '.'),
                                )
                              }
                              suffix={suffix}
                              style={{ width: '100%' }}
                            />
                          </Form.Item>
                        );
                      }}
                    </Form.Item>
                  ),
                },
                {
                  title: '',
                  width: 48,
                  render: (_v, field) => (
                    <Button
                      type="text"
                      danger
                      icon={<DeleteOutlined />}
                      aria-label={t(payrollText.delete)}
                      onClick={() => remove(field.name)}
                    />
                  ),
                },
              ]}
            />
            <Button
              icon={<PlusOutlined />}
              style={{ marginTop: 8 }}
              onClick={() => add({ role: 'all', kind: 'monthly_support', basis: 'fixed', value: null })}
            >
              {t(rateSetsText.addRate)}
            </Button>
          </>
        )}
      </Form.List>
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        {t(rateSetsText.notes)}
      </Typography.Title>
      <Form.List name="notes">
        {(fields, { add, remove }) => (
          <Flex vertical gap={8}>
            {fields.map((field) => (
              <Flex key={field.key} gap={8}>
                <Form.Item name={field.name} noStyle>
                  <Input.TextArea
                    autoSize={{ minRows: 1, maxRows: 4 }}
                    maxLength={2000}
                    aria-label={t(rateSetsText.notes)}
                  />
                </Form.Item>
                <Button
                  type="text"
                  danger
                  icon={<DeleteOutlined />}
                  aria-label={t(payrollText.delete)}
                  onClick={() => remove(field.name)}
                />
              </Flex>
            ))}
            <div>
              <Button icon={<PlusOutlined />} onClick={() => add('')}>
                {t(rateSetsText.noteAdd)}
              </Button>
            </div>
          </Flex>
        )}
      </Form.List>
    </>
  );
}

/** The drawer that adds or edits a rate set: the fields above in `form`, saved by the caller's `onSave`. */
export function RateSetDrawer({
  open,
  title,
  form,
  isSaving,
  onClose,
  onSave,
}: {
  open: boolean;
  title: string;
  form: FormInstance<RateSetFormValues>;
  isSaving: boolean;
  onClose: () => void;
  onSave: (values: RateSetFormValues) => void;
}) {
  const t = useT();
  return (
    <Drawer
      open={open}
      title={title}
      size={980}
      onClose={onClose}
      extra={
        <Button type="primary" loading={isSaving} onClick={() => form.submit()}>
          {t(common.save)}
        </Button>
      }
    >
      <Form form={form} layout="vertical" onFinish={onSave}>
        <RateSetFormFields />
      </Form>
    </Drawer>
  );
}
