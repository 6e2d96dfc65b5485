import { ImportOutlined } from '@ant-design/icons';
import { Alert, Button, Card } from 'antd';
import { useNavigate } from 'react-router';
import { ExportButton } from '../components/export-button.tsx';
import { PageHeader } from '../components/page-header.tsx';
import { useT } from '../lib/i18n.ts';
import { useListState } from '../lib/use-list-state.ts';
import { exportPlans } from './api/export-plans.ts';
import { usePlans } from './api/list-plans.ts';
import { PlansFilters } from './components/plans-filters.tsx';
import { PlansTable } from './components/plans-table.tsx';
import { plansText } from './messages.ts';
import type { PlanFilters, PlanSortField } from './types.ts';

interface PlansPageProps {
  /** Coordinators, administrators and agencies import plans; leaders only read them. */
  canImport: boolean;
}

export function PlansPage({ canImport }: PlansPageProps) {
  const t = useT();
  const navigate = useNavigate();
  const list = useListState<PlanFilters, PlanSortField>({ sort: 'date', order: 'desc' });
  const plansQuery = usePlans(list.params);

  return (
    <>
      <PageHeader
        title={t(plansText.title)}
        description={t(plansText.description)}
        extra={
          <>
            <ExportButton onExport={() => exportPlans({ ...list.filters, ...list.sort })} />
            {canImport ? (
              <Button type="primary" icon={<ImportOutlined />} onClick={() => navigate('/plans/import')}>
                {t(plansText.import)}
              </Button>
            ) : null}
          </>
        }
      />
      <Card>
        <PlansFilters filters={list.filters} onChange={list.setFilters} />
        {plansQuery.isError ? (
          <Alert type="error" showIcon title={plansQuery.error.message} style={{ marginBottom: 16 }} />
        ) : null}
        <PlansTable
          data={plansQuery.data?.items ?? []}
          total={plansQuery.data?.total ?? 0}
          isLoading={plansQuery.isFetching}
          page={list.page}
          pageSize={list.pageSize}
          sort={list.sort.sort}
          order={list.sort.order}
          onPageChange={list.setPage}
          onSortChange={list.setSort}
        />
      </Card>
    </>
  );
}
