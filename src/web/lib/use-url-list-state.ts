import { useState } from 'react';
import { useSearchParams } from 'react-router';
import type { SortOrder } from './use-list-state.ts';

type AddressValue = string | number | undefined;

interface UrlListOptions<F extends object, S extends string> {
  /** The feature's filters, read from the address (unknown values dropped). */
  readFilters: (params: URLSearchParams) => F;
  /** How the filters are written back, when a key differs from the filter's name; by default as they are. */
  writeFilters?: (filters: F) => Record<string, AddressValue>;
  sorts: readonly S[];
  defaultSort: S;
  /** Other values the page keeps in the address (a tab …), each with its default, which is left out. */
  extras?: Record<string, string>;
}

/** The value if it is one of `values`, else undefined: for reading enumerations from the address. */
export const oneOf = <T extends string>(values: readonly T[], value: string | null): T | undefined =>
  value !== null && (values as readonly string[]).includes(value) ? (value as T) : undefined;

/**
 * A server-side list whose filters, sort, page and open item (`id`) live in the address, so that a link or the
 * back button finds the same view; the page size is kept in memory. Values equal to their default are left out
 * of the address. Like `useListState`, changing the filters, the sort or the page size goes back to page 1.
 */
export function useUrlListState<F extends object, S extends string>({
  readFilters,
  writeFilters = (filters) => filters as Record<string, AddressValue>,
  sorts,
  defaultSort,
  extras = {},
}: UrlListOptions<F, S>) {
  const [searchParams, setSearchParams] = useSearchParams();
  const [pageSize, setPageSize] = useState(20);
  const filters = readFilters(searchParams);
  const sort = oneOf(sorts, searchParams.get('sort')) ?? defaultSort;
  const order: SortOrder = searchParams.get('order') === 'asc' ? 'asc' : 'desc';
  const page = Number(searchParams.get('page') ?? '1') || 1;
  const openId = searchParams.get('id') ?? undefined;
  const extra = (key: string) => searchParams.get(key) ?? extras[key] ?? '';

  const update = (next: {
    filters?: F;
    sort?: S;
    order?: SortOrder;
    page?: number;
    id?: string;
    extras?: Record<string, string>;
  }) => {
    const defaults: Record<string, AddressValue> = { sort: defaultSort, order: 'desc', page: 1, ...extras };
    const values: Record<string, AddressValue> = {
      ...Object.fromEntries(Object.keys(extras).map((key) => [key, extra(key)])),
      ...next.extras,
      ...writeFilters(next.filters ?? filters),
      sort: next.sort ?? sort,
      order: next.order ?? order,
      page: next.page ?? page,
      id: 'id' in next ? next.id : openId,
    };
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(values)) {
      if (value === undefined || value === '' || value === defaults[key]) continue;
      params.set(key, String(value));
    }
    setSearchParams(params, { replace: true });
  };

  return {
    filters,
    sort,
    order,
    page,
    pageSize,
    openId,
    /** The value of one of `extras` (its default when the address has none). */
    extra,
    /** The list query's parameters: the filters, the sort and the page as limit/offset. */
    params: { ...filters, sort, order, limit: pageSize, offset: (page - 1) * pageSize },
    setFilters: (next: F) => update({ filters: next, page: 1 }),
    setSort: (field: S, nextOrder: SortOrder) => update({ sort: field, order: nextOrder, page: 1 }),
    setPage: (nextPage: number, nextSize: number) => {
      setPageSize(nextSize);
      update({ page: nextSize === pageSize ? nextPage : 1 });
    },
    /** Opens an item (its drawer) by id, or closes it with undefined. */
    open: (id: string | undefined) => update({ id }),
    setExtra: (key: string, value: string) => update({ extras: { [key]: value }, page: 1 }),
  };
}
