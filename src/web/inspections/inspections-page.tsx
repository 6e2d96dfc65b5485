import { useState } from 'react';
import { FileExcelOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card } from 'antd';
import { useNavigate } from 'react-router';
import { PageHeader } from '../components/page-header.tsx';
import { common, useT } from '../lib/i18n.ts';
import { useApiErrorHandler } from '../lib/use-api-error.ts';
import { exportInspections } from './api/export-inspections.ts';
import { useInspections } from './api/list-inspections.ts';
import { InspectionDrawer } from './components/inspection-drawer.tsx';
import { InspectionsFilters } from './components/inspections-filters.tsx';
import { InspectionsTable } from './components/inspections-table.tsx';
import { inspectionsText } from './messages.ts';
import type { InspectionFilters, InspectionSort, SortOrder } from './types.ts';

interface InspectionsPageProps {
  /** Công an tỉnh, administrators and agencies (a district's UBND) plan inspections; others read. */
  canPlan: boolean;
  /** The user's unit: it inspects the inspections the user plans. */
  myUnitName: string;
}

export function InspectionsPage({ canPlan, myUnitName }: InspectionsPageProps) {
  const t = useT();
  const navigate = useNavigate();
  const handleApiError = useApiErrorHandler();
  const [filters, setFilters] = useState<InspectionFilters>({});
  const [sort, setSort] = useState<{ sort: InspectionSort; order: SortOrder }>({
    sort: 'date',
    order: 'desc',
  });
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const [isExporting, setIsExporting] = useState(false);
  const [isCreating, setIsCreating] = useState(false);
  const inspectionsQuery = useInspections({
    ...filters,
    ...sort,
    limit: paging.pageSize,
    offset: (paging.page - 1) * paging.pageSize,
  });

  const handleExport = async () => {
    setIsExporting(true);
    try {
      await exportInspections({ ...filters, ...sort });
    } catch (error) {
      handleApiError(error);
    } finally {
      setIsExporting(false);
    }
  };

  return (
    <>
      <PageHeader
        title={t(inspectionsText.title)}
        description={t(inspectionsText.description)}
        extra={
          <>
            <Button icon={<FileExcelOutlined />} onClick={handleExport} loading={isExporting}>
              {t(common.exportExcel)}
            </Button>
            {canPlan ? (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setIsCreating(true)}>
                {t(inspectionsText.create)}
              </Button>
            ) : null}
          </>
        }
      />
      <Card>
        <InspectionsFilters
          filters={filters}
          onChange={(next) => {
            setFilters(next);
            setPaging((previous) => ({ ...previous, page: 1 }));
          }}
        />
        {inspectionsQuery.isError ? (
          <Alert type="error" showIcon title={inspectionsQuery.error.message} style={{ marginBottom: 16 }} />
        ) : null}
        <InspectionsTable
          data={inspectionsQuery.data?.items ?? []}
          total={inspectionsQuery.data?.total ?? 0}
          isLoading={inspectionsQuery.isFetching}
          page={paging.page}
          pageSize={paging.pageSize}
          sort={sort.sort}
          order={sort.order}
          emptyText={t(canPlan ? inspectionsText.empty : inspectionsText.emptyReadOnly)}
          onPageChange={(page, pageSize) =>
            setPaging({ page: pageSize === paging.pageSize ? page : 1, pageSize })
          }
          onSortChange={(field, order) => {
            setSort({ sort: field, order });
            setPaging((previous) => ({ ...previous, page: 1 }));
          }}
        />
      </Card>
      {canPlan ? (
        <InspectionDrawer
          open={isCreating}
          myUnitName={myUnitName}
          onClose={() => setIsCreating(false)}
          onCreated={(created) => navigate(`/inspections/${created.id}`)}
        />
      ) : null}
    </>
  );
}
