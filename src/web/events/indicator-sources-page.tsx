import { useState } from 'react';
import { Alert, App, Card, Empty, Flex, Input, Select, Table, Typography } from 'antd';
import { useSearchParams } from 'react-router';
import {
  INDICATOR_SOURCE_LABELS,
  INDICATOR_SOURCES,
  type IndicatorSource,
} from '../../domain/events/constants.ts';
import { matchesSourceFilter } from '../../domain/events/indicator-sources.ts';
import { ExportButton } from '../components/export-button.tsx';
import { PageHeader } from '../components/page-header.tsx';
import { useT } from '../lib/i18n.ts';
import { useApiErrorHandler } from '../lib/use-api-error.ts';
import { exportIndicatorSources } from './api/export-indicator-sources.ts';
import { useSetIndicatorSource, useTaskIndicatorSources } from './api/indicator-sources.ts';
import { TaskSelect } from './components/pickers.tsx';
import { sourcesText } from './messages.ts';

type Row = NonNullable<ReturnType<typeof useTaskIndicatorSources>['data']>[number];

/**
 * The coordinator says which indicators of a plan task are filled from what units already recorded (events,
 * participants, media items, review findings): their reports then offer "Tự động từ …" values.
 */
export function IndicatorSourcesPage() {
  const t = useT();
  const { message } = App.useApp();
  const handleApiError = useApiErrorHandler();
  const [searchParams, setSearchParams] = useSearchParams();
  const taskId = searchParams.get('task') ?? undefined;
  const [search, setSearch] = useState('');
  const [onlySourced, setOnlySourced] = useState<'sourced' | 'manual' | undefined>();
  const rowsQuery = useTaskIndicatorSources(taskId);
  const setMutation = useSetIndicatorSource(taskId ?? '');

  const change = (row: Row, source: IndicatorSource | null) =>
    setMutation.mutate(
      { indicatorId: row.id, source },
      {
        onSuccess: () =>
          message.success(
            t(source ? sourcesText.set : sourcesText.cleared, {
              name: row.name,
              source: source ? t(INDICATOR_SOURCE_LABELS[source]) : '',
            }),
          ),
        onError: (error) => handleApiError(error),
      },
    );

  const filter = { q: search.trim() || undefined, only: onlySourced };
  const rows = (rowsQuery.data ?? []).filter((row) => matchesSourceFilter(row, filter));

  return (
    <>
      <PageHeader
        title={t(sourcesText.title)}
        description={t(sourcesText.description)}
        extra={taskId ? <ExportButton onExport={() => exportIndicatorSources(taskId, filter)} /> : null}
      />
      <Card>
        <Flex gap={8} wrap style={{ marginBottom: 16 }}>
          <TaskSelect
            aria-label={t(sourcesText.task)}
            placeholder={t(sourcesText.taskPlaceholder)}
            value={taskId}
            onChange={(next) =>
              setSearchParams((previous) => {
                const params = new URLSearchParams(previous);
                if (next) params.set('task', next);
                else params.delete('task');
                return params;
              })
            }
            style={{ width: 420 }}
          />
          <Input.Search
            allowClear
            aria-label={t(sourcesText.searchLabel)}
            placeholder={t(sourcesText.searchLabel)}
            value={search}
            onChange={(e) => setSearch(e.target.value)}
            style={{ width: 240 }}
          />
          <Select<'sourced' | 'manual'>
            allowClear
            aria-label={t(sourcesText.filter)}
            placeholder={t(sourcesText.filterAll)}
            value={onlySourced}
            onChange={setOnlySourced}
            options={[
              { value: 'sourced', label: t(sourcesText.filterSourced) },
              { value: 'manual', label: t(sourcesText.filterManual) },
            ]}
            style={{ width: 200 }}
          />
        </Flex>
        {rowsQuery.isError ? (
          <Alert type="error" showIcon title={rowsQuery.error.message} style={{ marginBottom: 16 }} />
        ) : null}
        {!taskId ? (
          <Empty description={t(sourcesText.chooseTask)} />
        ) : (
          <Table<Row>
            rowKey="id"
            size="middle"
            loading={rowsQuery.isFetching}
            dataSource={rows}
            pagination={false}
            locale={{ emptyText: t(sourcesText.empty) }}
            columns={[
              {
                title: t(sourcesText.indicator),
                key: 'name',
                sorter: (a, b) => a.name.localeCompare(b.name, 'vi'),
                render: (_, row) => row.name,
              },
              { title: t(sourcesText.unitLabel), dataIndex: 'unitLabel', width: 120 },
              {
                title: t(sourcesText.source),
                key: 'source',
                width: 420,
                sorter: (a, b) => (a.source ?? '').localeCompare(b.source ?? ''),
                render: (_, row) => (
                  <Select<IndicatorSource>
                    allowClear
                    aria-label={`${t(sourcesText.source)} ${row.name}`}
                    placeholder={t(sourcesText.manual)}
                    value={row.source ?? undefined}
                    disabled={row.kind !== 'count'}
                    onChange={(source) => change(row, source ?? null)}
                    options={INDICATOR_SOURCES.map((source) => ({
                      value: source,
                      label: t(INDICATOR_SOURCE_LABELS[source]),
                    }))}
                    style={{ width: '100%' }}
                  />
                ),
              },
            ]}
          />
        )}
        <Typography.Paragraph type="secondary" style={{ marginTop: 16, marginBottom: 0 }}>
          {t(sourcesText.footnote)}
        </Typography.Paragraph>
      </Card>
    </>
  );
}
