import type { TablePaginationConfig } from 'antd';
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
