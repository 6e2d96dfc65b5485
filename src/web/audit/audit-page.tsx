import { useState } from 'react';
import { ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card } from 'antd';
import { ExportButton } from '../components/export-button.tsx';
import { PageHeader } from '../components/page-header.tsx';
import { common, useT } from '../lib/i18n.ts';
import { exportAudit } from './api/export-audit.ts';
import { useAudit } from './api/list-audit.ts';
import { AuditFilters } from './components/audit-filters.tsx';
import { AuditTable } from './components/audit-table.tsx';
import { auditText } from './messages.ts';
import type { AuditFilters as Filters } from './types.ts';
import './audit-page.css';

export function AuditPage({ canFilterByUser }: { canFilterByUser: boolean }) {
  const t = useT();
  const [filters, setFilters] = useState<Filters>({});
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const auditQuery = useAudit({
    ...filters,
    limit: paging.pageSize,
    offset: (paging.page - 1) * paging.pageSize,
  });

  return (
    <>
      <PageHeader
        title={t(auditText.title)}
        description={t(auditText.description)}
        extra={
          <>
            <Button
              icon={<ReloadOutlined />}
              onClick={() => void auditQuery.refetch()}
              loading={auditQuery.isFetching && !auditQuery.isPending}
            >
              {t(common.reload)}
            </Button>
            <ExportButton onExport={() => exportAudit(filters)} />
          </>
        }
      />
      <Card>
        <AuditFilters
          filters={filters}
          canFilterByUser={canFilterByUser}
          onChange={(next) => {
            setFilters(next);
            setPaging((previous) => ({ ...previous, page: 1 }));
          }}
        />
        {auditQuery.isError ? (
          <Alert type="error" showIcon title={auditQuery.error.message} style={{ marginBottom: 16 }} />
        ) : null}
        <AuditTable
          data={auditQuery.data?.items ?? []}
          total={auditQuery.data?.total ?? 0}
          isLoading={auditQuery.isFetching}
          page={paging.page}
          pageSize={paging.pageSize}
          onPageChange={(page, pageSize) =>
            setPaging({ page: pageSize === paging.pageSize ? page : 1, pageSize })
          }
        />
      </Card>
    </>
  );
}
