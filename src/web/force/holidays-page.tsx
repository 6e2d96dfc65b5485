import { useState } from 'react';
import { DeleteOutlined, PlusOutlined, SaveOutlined, UndoOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  DatePicker,
  Flex,
  Input,
  Select,
  Table,
  Tag,
  Typography,
} from 'antd';
import dayjs from 'dayjs';
import { PageHeader } from '../components/page-header.tsx';
import { DATE_FORMAT, formatDate, formatNumber, toIsoDate } from '../lib/format.ts';
import { common, useLanguage, useT } from '../lib/i18n.ts';
import { useApiErrorHandler } from '../lib/use-api-error.ts';
import { useHolidays } from './api/get-holidays.ts';
import { useResetHolidays } from './api/reset-holidays.ts';
import { useUpdateHolidays } from './api/update-holidays.ts';
import { forceText } from './messages.ts';
import { holidaysText } from './holidays-messages.ts';

interface HolidaysPageProps {
  canEdit: boolean;
}

interface HolidayRow {
  key: number;
  date: string;
  name: string;
  /** A weekend day worked in exchange for a weekday off. */
  isWorkingDay: boolean;
}

function weekdayOf(date: string, language: 'vi' | 'en'): string {
  return new Intl.DateTimeFormat(language === 'vi' ? 'vi-VN' : 'en-GB', {
    weekday: 'long',
    timeZone: 'UTC',
  }).format(new Date(`${date}T00:00:00Z`));
}

function problemsOf(rows: HolidayRow[], year: number, t: ReturnType<typeof useT>): string[] {
  const seen = new Set<string>();
  const problems: string[] = [];
  for (const row of rows) {
    if (!row.date.startsWith(`${year}-`)) problems.push(t(holidaysText.wrongYear, { year }));
    if (!row.name.trim()) problems.push(t(holidaysText.nameRequired));
    if (seen.has(row.date)) problems.push(t(holidaysText.duplicate, { date: formatDate(row.date) }));
    seen.add(row.date);
  }
  return [...new Set(problems)];
}

export function HolidaysPage({ canEdit }: HolidaysPageProps) {
  const t = useT();
  const language = useLanguage();
  const { message, modal } = App.useApp();
  const handleApiError = useApiErrorHandler();
  const [year, setYear] = useState(new Date().getFullYear());
  const holidaysQuery = useHolidays(year);
  const updateMutation = useUpdateHolidays();
  const resetMutation = useResetHolidays();
  const [draft, setDraft] = useState<HolidayRow[] | null>(null);
  const saved: HolidayRow[] = (holidaysQuery.data?.items ?? []).map((item, key) => ({ key, ...item }));
  const rows = draft ?? saved;
  const problems = draft ? problemsOf(draft, year, t) : [];
  const thisYear = new Date().getFullYear();

  const edit = (key: number, change: Partial<HolidayRow>) =>
    setDraft(rows.map((row) => (row.key === key ? { ...row, ...change } : row)));

  const handleReset = () =>
    void modal.confirm({
      title: t(holidaysText.reset),
      content: t(holidaysText.resetConfirm, { year }),
      okText: t(holidaysText.reset),
      cancelText: t(common.cancel),
      onOk: () =>
        resetMutation
          .mutateAsync(year)
          .then(() => message.success(t(holidaysText.resetDone, { year })))
          .catch(handleApiError),
    });

  const handleSave = () => {
    if (!draft || problems.length > 0) return;
    updateMutation.mutate(
      {
        year,
        items: [...draft]
          .sort((a, b) => a.date.localeCompare(b.date))
          .map(({ date, name, isWorkingDay }) => ({ date, name: name.trim(), isWorkingDay })),
      },
      {
        onSuccess: () => {
          message.success(t(holidaysText.saved, { year }));
          setDraft(null);
        },
        onError: (error) => handleApiError(error),
      },
    );
  };

  return (
    <>
      <PageHeader
        title={t(holidaysText.title)}
        description={t(holidaysText.description)}
        extra={
          <Select<number>
            aria-label={t(holidaysText.year)}
            value={year}
            onChange={(next) => {
              setYear(next);
              setDraft(null);
            }}
            options={Array.from({ length: 8 }, (_, index) => thisYear - 2 + index).map((value) => ({
              value,
              label: `${t(holidaysText.year)} ${value}`,
            }))}
            style={{ width: 140 }}
          />
        }
      />
      <Card>
        {holidaysQuery.isError ? (
          <Alert type="error" showIcon title={holidaysQuery.error.message} style={{ marginBottom: 16 }} />
        ) : null}
        {holidaysQuery.data ? (
          <Alert
            type={holidaysQuery.data.edited ? 'success' : 'info'}
            showIcon
            style={{ marginBottom: 16 }}
            title={t(holidaysQuery.data.edited ? holidaysText.edited : holidaysText.defaults, { year })}
          />
        ) : null}
        {!canEdit ? (
          <Alert type="info" showIcon title={t(holidaysText.adminOnly)} style={{ marginBottom: 16 }} />
        ) : null}
        {problems.length > 0 ? (
          <Alert type="error" showIcon title={problems.join(' · ')} style={{ marginBottom: 16 }} />
        ) : null}
        <Flex justify="space-between" align="center" style={{ marginBottom: 12 }} wrap gap={8}>
          <Flex gap={8} align="center">
            <Typography.Text strong>
              {t(holidaysText.count, { count: formatNumber(rows.length) })}
            </Typography.Text>
            {draft ? <Tag color="orange">{t(holidaysText.unsaved)}</Tag> : null}
          </Flex>
          {canEdit ? (
            <Flex gap={8}>
              <Button
                icon={<PlusOutlined />}
                onClick={() =>
                  setDraft([
                    ...rows,
                    { key: Date.now(), date: `${year}-01-01`, name: '', isWorkingDay: false },
                  ])
                }
              >
                {t(holidaysText.add)}
              </Button>
              {draft ? <Button onClick={() => setDraft(null)}>{t(holidaysText.discard)}</Button> : null}
              {!draft && holidaysQuery.data?.edited ? (
                <Button icon={<UndoOutlined />} loading={resetMutation.isPending} onClick={handleReset}>
                  {t(holidaysText.reset)}
                </Button>
              ) : null}
              <Button
                type="primary"
                icon={<SaveOutlined />}
                disabled={!draft || problems.length > 0}
                loading={updateMutation.isPending}
                onClick={handleSave}
              >
                {t(holidaysText.save, { year })}
              </Button>
            </Flex>
          ) : null}
        </Flex>
        <Table<HolidayRow>
          rowKey="key"
          size="small"
          loading={holidaysQuery.isFetching}
          dataSource={rows}
          pagination={false}
          columns={[
            {
              title: t(holidaysText.date),
              dataIndex: 'date',
              key: 'date',
              width: 170,
              sorter: (a, b) => a.date.localeCompare(b.date),
              defaultSortOrder: 'ascend',
              render: (date: string, row) =>
                canEdit ? (
                  <DatePicker
                    aria-label={t(holidaysText.date)}
                    format={DATE_FORMAT}
                    allowClear={false}
                    value={dayjs(date)}
                    onChange={(value) => edit(row.key, { date: toIsoDate(value) ?? date })}
                  />
                ) : (
                  formatDate(date)
                ),
            },
            {
              title: t(holidaysText.weekday),
              key: 'weekday',
              width: 120,
              render: (_v, row) => {
                const day = dayjs(row.date).day();
                const text = weekdayOf(row.date, language);
                return day === 0 || day === 6 ? (
                  <Typography.Text type="secondary">{text}</Typography.Text>
                ) : (
                  text
                );
              },
            },
            {
              title: t(holidaysText.name),
              dataIndex: 'name',
              key: 'name',
              render: (name: string, row) =>
                canEdit ? (
                  <Input
                    aria-label={t(holidaysText.name)}
                    value={name}
                    maxLength={200}
                    status={name.trim() ? undefined : 'error'}
                    onChange={(event) => edit(row.key, { name: event.target.value })}
                  />
                ) : (
                  name
                ),
            },
            {
              title: t(holidaysText.workingDay),
              dataIndex: 'isWorkingDay',
              key: 'isWorkingDay',
              width: 200,
              render: (isWorkingDay: boolean, row) =>
                canEdit ? (
                  <Checkbox
                    checked={isWorkingDay}
                    onChange={(event) => edit(row.key, { isWorkingDay: event.target.checked })}
                  >
                    {t(holidaysText.workingDayShort)}
                  </Checkbox>
                ) : isWorkingDay ? (
                  <Tag color="blue">{t(holidaysText.workingDayShort)}</Tag>
                ) : null,
            },
            ...(canEdit
              ? [
                  {
                    title: '',
                    key: 'delete',
                    width: 56,
                    render: (_v: unknown, row: HolidayRow) => (
                      <Button
                        type="text"
                        danger
                        icon={<DeleteOutlined />}
                        aria-label={t(forceText.delete)}
                        onClick={() => setDraft(rows.filter((other) => other.key !== row.key))}
                      />
                    ),
                  },
                ]
              : []),
          ]}
        />
      </Card>
    </>
  );
}
