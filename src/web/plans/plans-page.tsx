import { useState } from 'react';
import { FileExcelOutlined, ImportOutlined } from '@ant-design/icons';
import { Alert, Button, Card } from 'antd';
import { useNavigate } from 'react-router';
import { PageHeader } from '../components/page-header.tsx';
import { common, useT } from '../lib/i18n.ts';
import { useApiErrorHandler } from '../lib/use-api-error.ts';
import { exportPlans } from './api/export-plans.ts';
import { usePlans } from './api/list-plans.ts';
import { PlansFilters } from './components/plans-filters.tsx';
import { PlansTable } from './components/plans-table.tsx';
import { plansText } from './messages.ts';
import type { PlanFilters, PlanSortField, SortOrder } from './types.ts';

interface PlansPageProps {
  /** Coordinators, administrators and agencies import plans; leaders only read them. */
  canImport: boolean;
}

export function PlansPage({ canImport }: PlansPageProps) {
  const t = useT();
  const navigate = useNavigate();
  const handleApiError = useApiErrorHandler();
  const [filters, setFilters] = useState<PlanFilters>({});
  const [sort, setSort] = useState<{ sort: PlanSortField; order: SortOrder }>({
    sort: 'date',
    order: 'desc',
  });
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const [isExporting, setIsExporting] = useState(false);

  const plansQuery = usePlans({
    ...filters,
    ...sort,
    limit: paging.pageSize,
    offset: (paging.page - 1) * paging.pageSize,
  });

  const handleExport = async () => {
    setIsExporting(true);
    try {
      await exportPlans({ ...filters, ...sort });
    } catch (error) {
      handleApiError(error);
    } finally {
      setIsExporting(false);
    }
  };

  return (
    <>
      <PageHeader
        title={t(plansText.title)}
        description={t(plansText.description)}
        extra={
          <>
            <Button icon={<FileExcelOutlined />} onClick={handleExport} loading={isExporting}>
              {t(common.exportExcel)}
            </Button>
            {canImport ? (
              <Button type="primary" icon={<ImportOutlined />} onClick={() => navigate('/plans/import')}>
                {t(plansText.import)}
              </Button>
            ) : null}
          </>
        }
      />
      <Card>
        <PlansFilters
          filters={filters}
          onChange={(next) => {
            setFilters(next);
            setPaging((previous) => ({ ...previous, page: 1 }));
          }}
        />
        {plansQuery.isError ? (
          <Alert type="error" showIcon title={plansQuery.error.message} style={{ marginBottom: 16 }} />
        ) : null}
        <PlansTable
          data={plansQuery.data?.items ?? []}
          total={plansQuery.data?.total ?? 0}
          isLoading={plansQuery.isFetching}
          page={paging.page}
          pageSize={paging.pageSize}
          sort={sort.sort}
          order={sort.order}
          onPageChange={(page, pageSize) =>
            setPaging({ page: pageSize === paging.pageSize ? page : 1, pageSize })
          }
          onSortChange={(field, order) => {
            setSort({ sort: field, order });
            setPaging((previous) => ({ ...previous, page: 1 }));
          }}
        />
      </Card>
    </>
  );
}
