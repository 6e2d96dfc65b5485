import type { TablePaginationConfig, TableProps } from 'antd';
import { formatNumber } from '../lib/format.ts';
import { common, type Translate } from '../lib/i18n.ts';

/** The pagination of every server-paged list: page sizes, and "1–20 trong tổng số 57". */
export function serverPagination(
  t: Translate,
  options: {
    page: number;
    pageSize: number;
    total: number;
    pageSizeOptions?: number[];
    onChange?: TablePaginationConfig['onChange'];
  },
): TablePaginationConfig {
  return {
    current: options.page,
    pageSize: options.pageSize,
    total: options.total,
    showSizeChanger: true,
    pageSizeOptions: options.pageSizeOptions ?? [20, 50, 100],
    showTotal: (total, range) =>
      t(common.rangeItems, {
        from: formatNumber(range[0]),
        to: formatNumber(range[1]),
        total: formatNumber(total),
      }),
    onChange: options.onChange,
  };
}

/** How a column header shows the list's current sort ('ascend', 'descend' or none). */
export function columnSortOrder<S extends string>(
  current: { sort: S; order: 'asc' | 'desc' },
  field: S,
): 'ascend' | 'descend' | null {
  if (current.sort !== field) return null;
  return current.order === 'asc' ? 'ascend' : 'descend';
}

/**
 * The `onChange` of a server-sorted, server-paged table: a click on a sortable header (its column `key` is
 * the server's sort field) asks for that sort, or the default one when the user clears it; anything else
 * is a page change.
 */
export function serverTableChange<T, S extends string>(options: {
  sortFields: readonly S[];
  defaultSort: S;
  pageSize: number;
  onSortChange: (sort: S, order: 'asc' | 'desc') => void;
  onPageChange: (page: number, pageSize: number) => void;
}): TableProps<T>['onChange'] {
  const isSortField = (key: unknown): key is S =>
    typeof key === 'string' && (options.sortFields as readonly string[]).includes(key);
  return (pagination, _filters, sorter, extra) => {
    if (extra.action === 'sort') {
      const single = Array.isArray(sorter) ? sorter[0] : sorter;
      if (single?.order && isSortField(single.columnKey))
        options.onSortChange(single.columnKey, single.order === 'ascend' ? 'asc' : 'desc');
      else options.onSortChange(options.defaultSort, 'asc');
      return;
    }
    options.onPageChange(pagination.current ?? 1, pagination.pageSize ?? options.pageSize);
  };
}
