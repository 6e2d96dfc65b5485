import { Alert, Card } from 'antd';
import { DIFFICULTY_SORTS, DIFFICULTY_STATES } from '../../domain/difficulties/difficulties.schemas.ts';
import { ExportButton } from '../components/export-button.tsx';
import { PageHeader } from '../components/page-header.tsx';
import { useT } from '../lib/i18n.ts';
import { oneOf, useUrlListState } from '../lib/use-url-list-state.ts';
import { exportDifficulties } from './api/export-difficulties.ts';
import { useDifficulties } from './api/list-difficulties.ts';
import { DifficultiesFilters } from './components/difficulties-filters.tsx';
import { DifficultiesTable } from './components/difficulties-table.tsx';
import { DifficultyDrawer } from './components/difficulty-drawer.tsx';
import { difficultiesText } from './messages.ts';
import type { DifficultyFilters } from './types.ts';

/** Filters, sorting and the open item live in the address: a link (or the back button) finds the same list. */
function readFilters(params: URLSearchParams): DifficultyFilters {
  const text = (key: string) => params.get(key) || undefined;
  return {
    q: text('q'),
    planId: text('planId'),
    taskId: text('taskId'),
    unitId: text('unitId'),
    state: oneOf(DIFFICULTY_STATES, params.get('state')),
    dueFrom: text('dueFrom'),
    dueTo: text('dueTo'),
  };
}

export function DifficultiesPage() {
  const t = useT();
  const list = useUrlListState({ readFilters, sorts: DIFFICULTY_SORTS, defaultSort: 'raisedAt' });
  const { filters, sort, order } = list;
  const listQuery = useDifficulties(list.params);

  return (
    <>
      <PageHeader
        title={t(difficultiesText.title)}
        description={t(difficultiesText.description)}
        extra={<ExportButton onExport={() => exportDifficulties({ ...filters, sort, order })} />}
      />
      <Card>
        <DifficultiesFilters filters={filters} onChange={list.setFilters} />
        {listQuery.isError ? (
          <Alert type="error" showIcon title={listQuery.error.message} style={{ marginBottom: 16 }} />
        ) : null}
        <DifficultiesTable
          data={listQuery.data?.items ?? []}
          total={listQuery.data?.total ?? 0}
          isLoading={listQuery.isFetching}
          page={list.page}
          pageSize={list.pageSize}
          sort={sort}
          order={order}
          onPageChange={list.setPage}
          onSortChange={list.setSort}
          onOpen={(difficulty) => list.open(difficulty.id)}
        />
      </Card>
      <DifficultyDrawer id={list.openId} onClose={() => list.open(undefined)} />
    </>
  );
}

export default DifficultiesPage;
