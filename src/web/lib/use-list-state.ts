import { useState } from 'react';

export type SortOrder = 'asc' | 'desc';

export interface ListSort<S extends string> {
  sort: S;
  order: SortOrder;
}

/**
 * A server-side list's filters, sort and page. Changing the filters, the sort or the page size goes back to
 * the first page, so that the user never lands on an empty page past the new end of the list.
 */
export function useListState<F extends object, S extends string>(
  initialSort: ListSort<S>,
  initialFilters = {} as F,
  initialPageSize = 20,
) {
  const [filters, setFiltersState] = useState<F>(initialFilters);
  const [sort, setSortState] = useState<ListSort<S>>(initialSort);
  const [paging, setPaging] = useState({ page: 1, pageSize: initialPageSize });
  const firstPage = () => setPaging((previous) => ({ ...previous, page: 1 }));
  return {
    filters,
    sort,
    page: paging.page,
    pageSize: paging.pageSize,
    /** The query's parameters: the filters, the sort and the page as limit/offset. */
    params: {
      ...filters,
      ...sort,
      limit: paging.pageSize,
      offset: (paging.page - 1) * paging.pageSize,
    },
    setFilters: (next: F) => {
      setFiltersState(next);
      firstPage();
    },
    setSort: (field: S, order: SortOrder) => {
      setSortState({ sort: field, order });
      firstPage();
    },
    setPage: (page: number, pageSize: number) => {
      setPaging({ page: pageSize === paging.pageSize ? page : 1, pageSize });
    },
  };
}
