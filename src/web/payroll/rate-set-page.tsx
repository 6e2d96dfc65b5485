import { vietnamToday } from '../../domain/common/dates.ts';
import { useState } from 'react';
import { ArrowLeftOutlined, DeleteOutlined, EditOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Descriptions,
  Form,
  Popconfirm,
  Result,
  Spin,
  Table,
  Typography,
} from 'antd';
import { Link, useNavigate } from 'react-router';
import { baseSalaryOn } from '../../domain/payroll/base-salary.ts';
import {
  PAYROLL_ROLE_LABELS,
  RATE_BASIS_LABELS,
  RATE_KIND_LABELS,
  RATE_KINDS,
  RATE_ROLES,
} from '../../domain/payroll/constants.ts';
import type { Rate } from '../../domain/payroll/rate-sets.ts';
import { PageHeader } from '../components/page-header.tsx';
import { isApiError } from '../lib/api-client.ts';
import { formatDate } from '../lib/format.ts';
import { common, useT } from '../lib/i18n.ts';
import { useApiErrorHandler } from '../lib/use-api-error.ts';
import { useBaseSalaries } from './api/base-salaries.ts';
import { useDeleteRateSet, useRateSet, useUpdateRateSet } from './api/rate-sets.ts';
import {
  fromFormValues,
  RateSetDrawer,
  toFormValues,
  type RateSetFormValues,
} from './components/rate-set-form.tsx';
import { coefficient, vnd } from './format.ts';
import { payrollText, rateSetsText } from './messages.ts';

/** The rate as the resolution writes it. */
function valueText(rate: Rate): string {
  if (rate.basis === 'coefficient') return `${coefficient(rate.value)} × mức lương cơ sở`;
  if (rate.basis === 'percent_of_contribution') return `${rate.value} %`;
  return vnd(rate.value);
}

export function RateSetPage({ id, canEdit }: { id: string; canEdit: boolean }) {
  const t = useT();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const handleApiError = useApiErrorHandler();
  const setQuery = useRateSet(id);
  const baseQuery = useBaseSalaries();
  const update = useUpdateRateSet();
  const remove = useDeleteRateSet();
  const [isEditing, setIsEditing] = useState(false);
  const [form] = Form.useForm<RateSetFormValues>();

  if (setQuery.isPending) return <Spin size="large" style={{ display: 'block', margin: '96px auto' }} />;
  if (setQuery.isError) {
    const notFound = isApiError(setQuery.error) && setQuery.error.status === 404;
    return (
      <Result
        status={notFound ? '404' : 'error'}
        title={notFound ? t(rateSetsText.notFound) : setQuery.error.message}
        extra={<Button onClick={() => void navigate('/payroll/rate-sets')}>{t(rateSetsText.title)}</Button>}
      />
    );
  }
  const set = setQuery.data;
  const baseToday = baseQuery.data ? baseSalaryOn(baseQuery.data, vietnamToday()) : null;
  const rates = [...set.rates].sort(
    (a, b) =>
      RATE_KINDS.indexOf(a.kind) - RATE_KINDS.indexOf(b.kind) ||
      RATE_ROLES.indexOf(a.role) - RATE_ROLES.indexOf(b.role),
  );

  return (
    <>
      <Link to="/payroll/rate-sets" style={{ display: 'inline-block', marginBottom: 8 }}>
        <ArrowLeftOutlined /> {t(rateSetsText.title)}
      </Link>
      <PageHeader
        title={set.title}
        description={set.province}
        extra={
          canEdit ? (
            <>
              <Popconfirm
                title={t(rateSetsText.deleteConfirm, { name: set.title })}
                okText={t(payrollText.delete)}
                cancelText={t(common.cancel)}
                onConfirm={() =>
                  remove.mutateAsync(set.id).then(
                    () => {
                      message.success(t(rateSetsText.deleted));
                      void navigate('/payroll/rate-sets');
                    },
                    (error: unknown) => handleApiError(error),
                  )
                }
              >
                <Button danger icon={<DeleteOutlined />} disabled={set.inUse}>
                  {t(payrollText.delete)}
                </Button>
              </Popconfirm>
              <Button
                type="primary"
                icon={<EditOutlined />}
                onClick={() => {
                  form.setFieldsValue(toFormValues(set));
                  setIsEditing(true);
                }}
              >
                {t(rateSetsText.edit)}
              </Button>
            </>
          ) : null
        }
      />
      {set.isExample ? (
        <Alert type="warning" showIcon title={t(rateSetsText.exampleWarning)} style={{ marginBottom: 16 }} />
      ) : null}
      <Card style={{ marginBottom: 16 }}>
        <Descriptions column={{ xs: 1, md: 2 }} size="small">
          <Descriptions.Item label={t(rateSetsText.resolution)}>
            {set.resolution
              ? [
                  set.resolution.number,
                  set.resolution.date ? formatDate(set.resolution.date) : null,
                  set.resolution.issuer,
                ]
                  .filter(Boolean)
                  .join(' — ')
              : t(common.none)}
          </Descriptions.Item>
          <Descriptions.Item label={t(rateSetsText.effective)}>
            {`${formatDate(set.effectiveFrom)} – ${set.effectiveTo ? formatDate(set.effectiveTo) : t(payrollText.untilFurther)}`}
          </Descriptions.Item>
          <Descriptions.Item label={t(rateSetsText.source)} span={2}>
            <Typography.Text style={{ whiteSpace: 'pre-wrap' }}>{set.source}</Typography.Text>
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <Card title={t(rateSetsText.rates)} style={{ marginBottom: 16 }}>
        <Table<Rate>
          rowKey={(rate) => `${rate.role}-${rate.kind}`}
          size="small"
          pagination={false}
          dataSource={rates}
          columns={[
            {
              title: t(rateSetsText.kind),
              key: 'kind',
              render: (_v, rate) => t(RATE_KIND_LABELS[rate.kind]),
            },
            {
              title: t(rateSetsText.role),
              key: 'role',
              width: 170,
              render: (_v, rate) =>
                rate.role === 'all' ? t(rateSetsText.allRoles) : t(PAYROLL_ROLE_LABELS[rate.role]),
            },
            {
              title: t(rateSetsText.basis),
              key: 'basis',
              width: 230,
              render: (_v, rate) => t(RATE_BASIS_LABELS[rate.basis]),
            },
            {
              title: t(rateSetsText.value),
              key: 'value',
              width: 230,
              align: 'right',
              render: (_v, rate) => valueText(rate),
            },
            {
              title: t(rateSetsText.unit),
              key: 'unit',
              width: 90,
              render: (_v, rate) => t(rate.unit === 'month' ? rateSetsText.perMonth : rateSetsText.perDay),
            },
            {
              title: t(rateSetsText.today),
              key: 'today',
              width: 170,
              align: 'right',
              render: (_v, rate) =>
                rate.basis === 'coefficient' && baseToday !== null ? (
                  <Typography.Text strong>{vnd(Math.round(rate.value * baseToday))}</Typography.Text>
                ) : rate.basis === 'fixed' ? (
                  vnd(rate.value)
                ) : (
                  t(common.none)
                ),
            },
          ]}
        />
      </Card>
      {set.notes.length > 0 ? (
        <Card title={t(rateSetsText.notes)}>
          <ul style={{ margin: 0, paddingLeft: 20 }}>
            {set.notes.map((note, index) => (
              <li key={index}>
                <Typography.Text>{note}</Typography.Text>
              </li>
            ))}
          </ul>
        </Card>
      ) : null}
      {set.inUse ? (
        <Alert type="info" showIcon title={t(rateSetsText.inUse)} style={{ marginTop: 16 }} />
      ) : null}
      <RateSetDrawer
        open={isEditing}
        title={t(rateSetsText.edit)}
        form={form}
        isSaving={update.isPending}
        onClose={() => setIsEditing(false)}
        onSave={(values) =>
          update.mutate(
            { id: set.id, version: set.version, ...fromFormValues(values) },
            {
              onSuccess: () => {
                message.success(t(rateSetsText.saved));
                setIsEditing(false);
              },
              onError: (error) => handleApiError(error, form),
            },
          )
        }
      />
    </>
  );
}
