import { useState } from 'react';
import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card } from 'antd';
import { useNavigate } from 'react-router';
import { ExportButton } from '../components/export-button.tsx';
import { PageHeader } from '../components/page-header.tsx';
import { useT } from '../lib/i18n.ts';
import { useListState } from '../lib/use-list-state.ts';
import { exportInspections } from './api/export-inspections.ts';
import { useInspections } from './api/list-inspections.ts';
import { InspectionDrawer } from './components/inspection-drawer.tsx';
import { InspectionsFilters } from './components/inspections-filters.tsx';
import { InspectionsTable } from './components/inspections-table.tsx';
import { inspectionsText } from './messages.ts';
import type { InspectionFilters, InspectionSort } from './types.ts';

interface InspectionsPageProps {
  /** Công an tỉnh, administrators and agencies (a district's UBND) plan inspections; others read. */
  canPlan: boolean;
  /** The user's unit: it inspects the inspections the user plans. */
  myUnitName: string;
}

export function InspectionsPage({ canPlan, myUnitName }: InspectionsPageProps) {
  const t = useT();
  const navigate = useNavigate();
  const list = useListState<InspectionFilters, InspectionSort>({ sort: 'date', order: 'desc' });
  const [isCreating, setIsCreating] = useState(false);
  const inspectionsQuery = useInspections(list.params);

  return (
    <>
      <PageHeader
        title={t(inspectionsText.title)}
        description={t(inspectionsText.description)}
        extra={
          <>
            <ExportButton onExport={() => exportInspections({ ...list.filters, ...list.sort })} />
            {canPlan ? (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setIsCreating(true)}>
                {t(inspectionsText.create)}
              </Button>
            ) : null}
          </>
        }
      />
      <Card>
        <InspectionsFilters filters={list.filters} onChange={list.setFilters} />
        {inspectionsQuery.isError ? (
          <Alert type="error" showIcon title={inspectionsQuery.error.message} style={{ marginBottom: 16 }} />
        ) : null}
        <InspectionsTable
          data={inspectionsQuery.data?.items ?? []}
          total={inspectionsQuery.data?.total ?? 0}
          isLoading={inspectionsQuery.isFetching}
          page={list.page}
          pageSize={list.pageSize}
          sort={list.sort.sort}
          order={list.sort.order}
          emptyText={t(canPlan ? inspectionsText.empty : inspectionsText.emptyReadOnly)}
          onPageChange={list.setPage}
          onSortChange={list.setSort}
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
