import { useState } from 'react';
import { ClearOutlined, FileExcelOutlined, LinkOutlined, PlusOutlined } from '@ant-design/icons';
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
import type { MediaFilter, MediaItem } from '../../domain/events/media.schemas.ts';
import { PageHeader } from '../components/page-header.tsx';
import { formatDate, formatNumber } from '../lib/format.ts';
import { common, useT } from '../lib/i18n.ts';
import { useApiErrorHandler } from '../lib/use-api-error.ts';
import { useDebouncedValue } from '../lib/use-debounced-value.ts';
import { exportMedia } from './api/export-media.ts';
import { type MediaSortField, useMediaItems } from './api/list-media.ts';
import { MediaDrawer } from './components/media-drawer.tsx';
import { MediaSummaryTable } from './components/media-summary-table.tsx';
import { TaskSelect } from './components/pickers.tsx';
import { eventsText, mediaText } from './messages.ts';
import type { SortOrder } from './types.ts';

const SORTABLE: readonly string[] = ['publishedOn', 'title', 'updatedAt'];

interface MediaPageProps {
  canRecord: boolean;
  canChooseUnit: boolean;
}

export function MediaPage({ canRecord, canChooseUnit }: MediaPageProps) {
  const t = useT();
  const handleApiError = useApiErrorHandler();
  const [filters, setFilters] = useState<MediaFilter>({});
  const [searchText, setSearchText] = useState('');
  const q = useDebouncedValue(searchText.trim(), 350);
  const [sort, setSort] = useState<{ sort: MediaSortField; order: SortOrder }>({
    sort: 'publishedOn',
    order: 'desc',
  });
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const [editing, setEditing] = useState<MediaItem | null | undefined>(undefined);
  const [isExporting, setIsExporting] = useState(false);
  const query = { ...filters, q: q || undefined };
  const mediaQuery = useMediaItems({
    ...query,
    ...sort,
    limit: paging.pageSize,
    offset: (paging.page - 1) * paging.pageSize,
  });

  const change = (next: MediaFilter) => {
    setFilters(next);
    setPaging((previous) => ({ ...previous, page: 1 }));
  };
  const handleExport = async () => {
    setIsExporting(true);
    try {
      await exportMedia({ ...query, ...sort });
    } catch (error) {
      handleApiError(error);
    } finally {
      setIsExporting(false);
    }
  };
  const sortOrderOf = (field: MediaSortField) =>
    sort.sort === field ? (sort.order === 'asc' ? 'ascend' : 'descend') : null;
  const handleChange: TableProps<MediaItem>['onChange'] = (pagination, _filters, sorter, extra) => {
    if (extra.action === 'sort') {
      const single = Array.isArray(sorter) ? sorter[0] : sorter;
      const field = single?.columnKey;
      if (single?.order && typeof field === 'string' && SORTABLE.includes(field))
        setSort({ sort: field as MediaSortField, order: single.order === 'ascend' ? 'asc' : 'desc' });
      else setSort({ sort: 'publishedOn', order: 'desc' });
      return;
    }
    setPaging({ page: pagination.current ?? 1, pageSize: pagination.pageSize ?? paging.pageSize });
  };
  const hasFilters = Object.values(query).some((value) => value !== undefined);

  const list = (
    <>
      <Flex gap={8} wrap style={{ marginBottom: 16 }}>
        <Input.Search
          allowClear
          aria-label={t(mediaText.searchLabel)}
          placeholder={t(mediaText.searchPlaceholder)}
          value={searchText}
          onChange={(e) => {
            setSearchText(e.target.value);
            setPaging((previous) => ({ ...previous, page: 1 }));
          }}
          style={{ width: 300 }}
        />
        <Select
          allowClear
          aria-label={t(mediaText.kind)}
          placeholder={t(mediaText.allKinds)}
          value={filters.kind}
          onChange={(kind) => change({ ...filters, kind })}
          options={MEDIA_KINDS.map((kind) => ({ value: kind, label: t(MEDIA_KIND_LABELS[kind]) }))}
          style={{ width: 250 }}
        />
        <DatePicker
          picker="month"
          aria-label={t(mediaText.month)}
          placeholder={t(mediaText.month)}
          format="MM/YYYY"
          value={filters.month ? dayjs(`${filters.month}-01`) : null}
          onChange={(value) => change({ ...filters, month: value ? value.format('YYYY-MM') : undefined })}
        />
        <TaskSelect
          aria-label={t(eventsText.task)}
          placeholder={t(eventsText.allTasks)}
          value={filters.taskId}
          onChange={(taskId) => change({ ...filters, taskId })}
          style={{ width: 260 }}
        />
        {hasFilters ? (
          <Button
            icon={<ClearOutlined />}
            onClick={() => {
              setSearchText('');
              change({});
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
        pagination={{
          current: paging.page,
          pageSize: paging.pageSize,
          total: mediaQuery.data?.total ?? 0,
          showSizeChanger: true,
          showTotal: (total) => t(common.totalItems, { total: formatNumber(total) }),
        }}
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
            render: (_, item) =>
              item.task
                ? `${item.task.code}${item.task.planNumber ? ` · ${item.task.planNumber}` : ''}`
                : '—',
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
            <Button icon={<FileExcelOutlined />} onClick={handleExport} loading={isExporting}>
              {t(common.exportExcel)}
            </Button>
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
            { key: 'list', label: t(mediaText.listTab), children: list },
            { key: 'summary', label: t(mediaText.summaryTab), children: <MediaSummaryTable /> },
          ]}
        />
      </Card>
      <MediaDrawer item={editing} canChooseUnit={canChooseUnit} onClose={() => setEditing(undefined)} />
    </>
  );
}
