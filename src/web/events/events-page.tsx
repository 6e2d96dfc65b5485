import { useState } from 'react';
import { ClearOutlined, FunctionOutlined, PaperClipOutlined, PlusOutlined } from '@ant-design/icons';
import {
  Alert,
  Button,
  Card,
  DatePicker,
  Flex,
  Input,
  Select,
  Table,
  Tag,
  Typography,
  type TableProps,
} from 'antd';
import dayjs from 'dayjs';
import { Link, useSearchParams } from 'react-router';
import {
  EVENT_FORM_LABELS,
  EVENT_FORMS,
  EVENT_KIND_LABELS,
  EVENT_KINDS,
} from '../../domain/events/constants.ts';
import {
  EVENT_SORT_FIELDS,
  type EventFilter,
  type EventSummary,
} from '../../domain/events/events.schemas.ts';
import { ExportButton } from '../components/export-button.tsx';
import { PageHeader } from '../components/page-header.tsx';
import { serverPagination } from '../components/server-pagination.ts';
import { DATE_FORMAT, formatDate, formatNumber, toIsoDate } from '../lib/format.ts';
import { common, useT } from '../lib/i18n.ts';
import { useDebouncedValue } from '../lib/use-debounced-value.ts';
import { useListState } from '../lib/use-list-state.ts';
import { exportEvents } from './api/export-events.ts';
import { type EventSortField, useEvents } from './api/list-events.ts';
import { EventDrawer } from './components/event-drawer.tsx';
import { TaskSelect, taskCodeLabel } from './components/pickers.tsx';
import { eventsText, sourcesText } from './messages.ts';

const isSortField = (value: unknown): value is EventSortField =>
  typeof value === 'string' && (EVENT_SORT_FIELDS as readonly string[]).includes(value);

interface EventsPageProps {
  /** Leaders read; every other role records events. */
  canRecord: boolean;
  /** Coordinators and admins record for units in their scope. */
  canChooseUnit: boolean;
  /** Coordinators and admins say which indicators are filled from these records. */
  canSetSources?: boolean;
}

export function EventsPage({ canRecord, canChooseUnit, canSetSources = false }: EventsPageProps) {
  const t = useT();
  const list = useListState<EventFilter, EventSortField>({ sort: 'startsOn', order: 'desc' });
  // The search box is its own state (debounced); the rest of the filter bar changes at once.
  const [searchText, setSearchText] = useState('');
  const q = useDebouncedValue(searchText.trim(), 350) || undefined;
  // `?open=<id>` opens an event's drawer: the member page links its training courses here.
  const [searchParams, setSearchParams] = useSearchParams();
  const openId = searchParams.has('open') ? searchParams.get('open') || null : undefined;
  const setOpenId = (id: string | null | undefined) =>
    setSearchParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        if (id === undefined) next.delete('open');
        else next.set('open', id ?? '');
        return next;
      },
      { replace: true },
    );
  const eventsQuery = useEvents({ ...list.params, q });
  const { filters, sort } = list;

  const sortOrderOf = (field: EventSortField) =>
    sort.sort === field ? (sort.order === 'asc' ? 'ascend' : 'descend') : null;
  const handleChange: TableProps<EventSummary>['onChange'] = (pagination, _filters, sorter, extra) => {
    if (extra.action === 'sort') {
      const single = Array.isArray(sorter) ? sorter[0] : sorter;
      const field = single?.columnKey;
      if (single?.order && isSortField(field))
        list.setSort(field, single.order === 'ascend' ? 'asc' : 'desc');
      else list.setSort('startsOn', 'desc');
      return;
    }
    list.setPage(pagination.current ?? 1, pagination.pageSize ?? list.pageSize);
  };
  const hasFilters = q !== undefined || Object.values(filters).some((value) => value !== undefined);

  return (
    <>
      <PageHeader
        title={t(eventsText.title)}
        description={t(eventsText.description)}
        extra={
          <>
            {canSetSources ? (
              <Link to="/events/indicator-sources">
                <Button icon={<FunctionOutlined />}>{t(sourcesText.link)}</Button>
              </Link>
            ) : null}
            <ExportButton onExport={() => exportEvents({ ...filters, q, ...sort })} />
            {canRecord ? (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpenId(null)}>
                {t(eventsText.add)}
              </Button>
            ) : null}
          </>
        }
      />
      <Card>
        <Flex gap={8} wrap style={{ marginBottom: 16 }}>
          <Input.Search
            allowClear
            aria-label={t(eventsText.searchLabel)}
            placeholder={t(eventsText.searchPlaceholder)}
            value={searchText}
            onChange={(e) => {
              setSearchText(e.target.value);
              list.setPage(1, list.pageSize);
            }}
            style={{ width: 320 }}
          />
          <Select
            allowClear
            aria-label={t(eventsText.kind)}
            placeholder={t(eventsText.allKinds)}
            value={filters.kind}
            onChange={(kind) => list.setFilters({ ...filters, kind })}
            options={EVENT_KINDS.map((kind) => ({ value: kind, label: t(EVENT_KIND_LABELS[kind]) }))}
            style={{ width: 240 }}
          />
          <Select
            allowClear
            aria-label={t(eventsText.form)}
            placeholder={t(eventsText.allForms)}
            value={filters.form}
            onChange={(form) => list.setFilters({ ...filters, form })}
            options={EVENT_FORMS.map((form) => ({ value: form, label: t(EVENT_FORM_LABELS[form]) }))}
            style={{ width: 200 }}
          />
          <TaskSelect
            aria-label={t(eventsText.task)}
            placeholder={t(eventsText.allTasks)}
            value={filters.taskId}
            onChange={(taskId) => list.setFilters({ ...filters, taskId })}
            style={{ width: 260 }}
          />
          <DatePicker.RangePicker
            aria-label={t(eventsText.dateRange)}
            format={DATE_FORMAT}
            allowEmpty={[true, true]}
            value={[filters.from ? dayjs(filters.from) : null, filters.to ? dayjs(filters.to) : null]}
            onChange={(range) =>
              list.setFilters({ ...filters, from: toIsoDate(range?.[0]), to: toIsoDate(range?.[1]) })
            }
          />
          {hasFilters ? (
            <Button
              icon={<ClearOutlined />}
              onClick={() => {
                setSearchText('');
                list.setFilters({});
              }}
            >
              {t(common.reset)}
            </Button>
          ) : null}
        </Flex>
        {eventsQuery.isError ? (
          <Alert type="error" showIcon title={eventsQuery.error.message} style={{ marginBottom: 16 }} />
        ) : null}
        <Typography.Paragraph type="secondary">
          {t(eventsText.totalParticipants, { count: formatNumber(eventsQuery.data?.participants ?? 0) })}
        </Typography.Paragraph>
        <Table<EventSummary>
          rowKey="id"
          size="middle"
          loading={eventsQuery.isFetching}
          dataSource={eventsQuery.data?.items ?? []}
          onChange={handleChange}
          scroll={{ x: 1100 }}
          locale={{ emptyText: t(eventsText.empty) }}
          pagination={serverPagination(t, {
            page: list.page,
            pageSize: list.pageSize,
            total: eventsQuery.data?.total ?? 0,
          })}
          columns={[
            {
              title: t(eventsText.dates),
              key: 'startsOn',
              sorter: true,
              sortOrder: sortOrderOf('startsOn'),
              width: 130,
              render: (_, event) =>
                event.startsOn === event.endsOn
                  ? formatDate(event.startsOn)
                  : `${formatDate(event.startsOn)} – ${formatDate(event.endsOn)}`,
            },
            {
              title: t(eventsText.eventTitle),
              key: 'title',
              sorter: true,
              sortOrder: sortOrderOf('title'),
              render: (_, event) => (
                <Flex vertical gap={2}>
                  <Typography.Link
                    onClick={() => setOpenId(event.id)}
                    aria-label={t(eventsText.open, { title: event.title })}
                  >
                    {event.title}
                  </Typography.Link>
                  <span>
                    <Tag>{t(EVENT_KIND_LABELS[event.kind])}</Tag>
                    {event.isDemo ? <Tag color="orange">{t(eventsText.demo)}</Tag> : null}
                    {event.fileCount > 0 ? (
                      <Typography.Text type="secondary">
                        <PaperClipOutlined /> {formatNumber(event.fileCount)}
                      </Typography.Text>
                    ) : null}
                  </span>
                </Flex>
              ),
            },
            { title: t(eventsText.unit), key: 'unit', width: 200, render: (_, event) => event.unit.name },
            {
              title: t(eventsText.task),
              key: 'task',
              width: 130,
              render: (_, event) => taskCodeLabel(event.task),
            },
            {
              title: t(eventsText.form),
              key: 'form',
              width: 150,
              render: (_, event) => t(EVENT_FORM_LABELS[event.form]),
            },
            { title: t(eventsText.place), dataIndex: 'place', width: 200, ellipsis: true },
            {
              title: t(eventsText.participants),
              key: 'participantCount',
              dataIndex: 'participantCount',
              sorter: true,
              sortOrder: sortOrderOf('participantCount'),
              width: 120,
              align: 'right',
              render: (value: number) => formatNumber(value),
            },
          ]}
        />
      </Card>
      <EventDrawer
        eventId={openId}
        canChooseUnit={canChooseUnit}
        onClose={() => setOpenId(undefined)}
        onSaved={(id) => setOpenId(id)}
      />
    </>
  );
}
