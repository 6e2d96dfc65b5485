import { useState } from 'react';
import { ClearOutlined, LinkOutlined, PlusOutlined } from '@ant-design/icons';
import {
  Alert,
  Button,
  Card,
  DatePicker,
  Flex,
  Input,
  Select,
  Table,
  Tabs,
  Tag,
  Typography,
  type TableProps,
} from 'antd';
import dayjs from 'dayjs';
import { MEDIA_KIND_LABELS, MEDIA_KINDS } from '../../domain/events/constants.ts';
import { MEDIA_SORT_FIELDS, type MediaFilter, type MediaItem } from '../../domain/events/media.schemas.ts';
import { ExportButton } from '../components/export-button.tsx';
import { PageHeader } from '../components/page-header.tsx';
import { serverPagination } from '../components/server-pagination.ts';
import { formatDate } from '../lib/format.ts';
import { common, useT } from '../lib/i18n.ts';
import { useDebouncedValue } from '../lib/use-debounced-value.ts';
import { useListState } from '../lib/use-list-state.ts';
import { exportMedia } from './api/export-media.ts';
import { type MediaSortField, useMediaItems } from './api/list-media.ts';
import { MediaDrawer } from './components/media-drawer.tsx';
import { MediaSummaryTable } from './components/media-summary-table.tsx';
import { TaskSelect, taskCodeLabel } from './components/pickers.tsx';
import { eventsText, mediaText } from './messages.ts';

const isSortField = (value: unknown): value is MediaSortField =>
  typeof value === 'string' && (MEDIA_SORT_FIELDS as readonly string[]).includes(value);

interface MediaPageProps {
  canRecord: boolean;
  canChooseUnit: boolean;
}

export function MediaPage({ canRecord, canChooseUnit }: MediaPageProps) {
  const t = useT();
  const list = useListState<MediaFilter, MediaSortField>({ sort: 'publishedOn', order: 'desc' });
  // The search box is its own state (debounced); the rest of the filter bar changes at once.
  const [searchText, setSearchText] = useState('');
  const q = useDebouncedValue(searchText.trim(), 350) || undefined;
  const [editing, setEditing] = useState<MediaItem | null | undefined>(undefined);
  const mediaQuery = useMediaItems({ ...list.params, q });
  const { filters, sort } = list;

  const sortOrderOf = (field: MediaSortField) =>
    sort.sort === field ? (sort.order === 'asc' ? 'ascend' : 'descend') : null;
  const handleChange: TableProps<MediaItem>['onChange'] = (pagination, _filters, sorter, extra) => {
    if (extra.action === 'sort') {
      const single = Array.isArray(sorter) ? sorter[0] : sorter;
      const field = single?.columnKey;
      if (single?.order && isSortField(field))
        list.setSort(field, single.order === 'ascend' ? 'asc' : 'desc');
      else list.setSort('publishedOn', 'desc');
      return;
    }
    list.setPage(pagination.current ?? 1, pagination.pageSize ?? list.pageSize);
  };
  const hasFilters = q !== undefined || Object.values(filters).some((value) => value !== undefined);

  const listTab = (
    <>
      <Flex gap={8} wrap style={{ marginBottom: 16 }}>
        <Input.Search
          allowClear
          aria-label={t(mediaText.searchLabel)}
          placeholder={t(mediaText.searchPlaceholder)}
          value={searchText}
          onChange={(e) => {
            setSearchText(e.target.value);
            list.setPage(1, list.pageSize);
          }}
          style={{ width: 300 }}
        />
        <Select
          allowClear
          aria-label={t(mediaText.kind)}
          placeholder={t(mediaText.allKinds)}
          value={filters.kind}
          onChange={(kind) => list.setFilters({ ...filters, kind })}
          options={MEDIA_KINDS.map((kind) => ({ value: kind, label: t(MEDIA_KIND_LABELS[kind]) }))}
          style={{ width: 250 }}
        />
        <DatePicker
          picker="month"
          aria-label={t(mediaText.month)}
          placeholder={t(mediaText.month)}
          format="MM/YYYY"
          value={filters.month ? dayjs(`${filters.month}-01`) : null}
          onChange={(value) =>
            list.setFilters({ ...filters, month: value ? value.format('YYYY-MM') : undefined })
          }
        />
        <TaskSelect
          aria-label={t(eventsText.task)}
          placeholder={t(eventsText.allTasks)}
          value={filters.taskId}
          onChange={(taskId) => list.setFilters({ ...filters, taskId })}
          style={{ width: 260 }}
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
      {mediaQuery.isError ? (
        <Alert type="error" showIcon title={mediaQuery.error.message} style={{ marginBottom: 16 }} />
      ) : null}
      <Table<MediaItem>
        rowKey="id"
        size="middle"
        loading={mediaQuery.isFetching}
        dataSource={mediaQuery.data?.items ?? []}
        onChange={handleChange}
        scroll={{ x: 1000 }}
        locale={{ emptyText: t(mediaText.empty) }}
        pagination={serverPagination(t, {
          page: list.page,
          pageSize: list.pageSize,
          total: mediaQuery.data?.total ?? 0,
        })}
        columns={[
          {
            title: t(mediaText.publishedOn),
            key: 'publishedOn',
            sorter: true,
            sortOrder: sortOrderOf('publishedOn'),
            width: 130,
            render: (_, item) => formatDate(item.publishedOn),
          },
          {
            title: t(mediaText.itemTitle),
            key: 'title',
            sorter: true,
            sortOrder: sortOrderOf('title'),
            render: (_, item) => (
              <Flex vertical gap={2}>
                <Typography.Link onClick={() => setEditing(item)}>{item.title}</Typography.Link>
                <span>
                  <Tag>{t(MEDIA_KIND_LABELS[item.kind])}</Tag>
                  {item.isDemo ? <Tag color="orange">{t(eventsText.demo)}</Tag> : null}
                  {item.url ? (
                    <Typography.Link href={item.url} target="_blank" rel="noopener noreferrer">
                      <LinkOutlined /> {t(mediaText.url)}
                    </Typography.Link>
                  ) : null}
                </span>
              </Flex>
            ),
          },
          { title: t(mediaText.outlet), key: 'unit', width: 220, render: (_, item) => item.unit.name },
          { title: t(mediaText.channel), dataIndex: 'channel', width: 170 },
          {
            title: t(eventsText.task),
            key: 'task',
            width: 130,
            render: (_, item) => taskCodeLabel(item.task),
          },
        ]}
      />
    </>
  );

  return (
    <>
      <PageHeader
        title={t(mediaText.title)}
        description={t(mediaText.description)}
        extra={
          <>
            <ExportButton onExport={() => exportMedia({ ...filters, q, ...sort })} />
            {canRecord ? (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing(null)}>
                {t(mediaText.add)}
              </Button>
            ) : null}
          </>
        }
      />
      <Card>
        <Tabs
          items={[
            { key: 'list', label: t(mediaText.listTab), children: listTab },
            { key: 'summary', label: t(mediaText.summaryTab), children: <MediaSummaryTable /> },
          ]}
        />
      </Card>
      <MediaDrawer item={editing} canChooseUnit={canChooseUnit} onClose={() => setEditing(undefined)} />
    </>
  );
}
