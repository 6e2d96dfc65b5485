import { useState } from 'react';
import { Alert, Card } from 'antd';
import { useSearchParams } from 'react-router';
import { DIFFICULTY_STATES, type DifficultyState } from '../../domain/difficulties/difficulties.schemas.ts';
import { ExportButton } from '../components/export-button.tsx';
import { PageHeader } from '../components/page-header.tsx';
import { useT } from '../lib/i18n.ts';
import { exportDifficulties } from './api/export-difficulties.ts';
import { useDifficulties } from './api/list-difficulties.ts';
import { DifficultiesFilters } from './components/difficulties-filters.tsx';
import { DifficultiesTable } from './components/difficulties-table.tsx';
import { DifficultyDrawer } from './components/difficulty-drawer.tsx';
import { difficultiesText } from './messages.ts';
import type { DifficultyFilters, DifficultySortField, SortOrder } from './types.ts';

const isState = (value: string | null): value is DifficultyState =>
  value !== null && (DIFFICULTY_STATES as readonly string[]).includes(value);

/** Filters, sorting and the open item live in the address: a link (or the back button) finds the same list. */
function readFilters(params: URLSearchParams): DifficultyFilters {
  const text = (key: string) => params.get(key) || undefined;
  const state = params.get('state');
  return {
    q: text('q'),
    planId: text('planId'),
    taskId: text('taskId'),
    unitId: text('unitId'),
    state: isState(state) ? state : undefined,
    dueFrom: text('dueFrom'),
    dueTo: text('dueTo'),
  };
}

const SORTS: readonly string[] = ['raisedAt', 'dueDate', 'unit', 'task', 'state', 'answeredAt'];

export function DifficultiesPage() {
  const t = useT();
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = readFilters(searchParams);
  const sortParam = searchParams.get('sort') ?? '';
  const sort: DifficultySortField = SORTS.includes(sortParam)
    ? (sortParam as DifficultySortField)
    : 'raisedAt';
  const order: SortOrder = searchParams.get('order') === 'asc' ? 'asc' : 'desc';
  const page = Number(searchParams.get('page') ?? '1') || 1;
  const openId = searchParams.get('id') ?? undefined;
  const [pageSize, setPageSize] = useState(20);

  const listQuery = useDifficulties({
    ...filters,
    sort,
    order,
    limit: pageSize,
    offset: (page - 1) * pageSize,
  });

  const update = (next: {
    filters?: DifficultyFilters;
    sort?: DifficultySortField;
    order?: SortOrder;
    page?: number;
    id?: string;
  }) => {
    const params = new URLSearchParams();
    const values = {
      ...(next.filters ?? filters),
      sort: next.sort ?? sort,
      order: next.order ?? order,
      page: next.page ?? page,
      id: 'id' in next ? next.id : openId,
    };
    for (const [key, value] of Object.entries(values)) {
      if (value === undefined || value === '') continue;
      if ((key === 'page' && value === 1) || (key === 'sort' && value === 'raisedAt')) continue;
      if (key === 'order' && value === 'desc') continue;
      params.set(key, String(value));
    }
    setSearchParams(params, { replace: true });
  };

  return (
    <>
      <PageHeader
        title={t(difficultiesText.title)}
        description={t(difficultiesText.description)}
        extra={<ExportButton onExport={() => exportDifficulties({ ...filters, sort, order })} />}
      />
      <Card>
        <DifficultiesFilters filters={filters} onChange={(next) => update({ filters: next, page: 1 })} />
        {listQuery.isError ? (
          <Alert type="error" showIcon title={listQuery.error.message} style={{ marginBottom: 16 }} />
        ) : null}
        <DifficultiesTable
          data={listQuery.data?.items ?? []}
          total={listQuery.data?.total ?? 0}
          isLoading={listQuery.isFetching}
          page={page}
          pageSize={pageSize}
          sort={sort}
          order={order}
          onPageChange={(nextPage, nextSize) => {
            setPageSize(nextSize);
            update({ page: nextSize === pageSize ? nextPage : 1 });
          }}
          onSortChange={(nextSort, nextOrder) => update({ sort: nextSort, order: nextOrder, page: 1 })}
          onOpen={(difficulty) => update({ id: difficulty.id })}
        />
      </Card>
      <DifficultyDrawer id={openId} onClose={() => update({ id: undefined })} />
    </>
  );
}

export default DifficultiesPage;
