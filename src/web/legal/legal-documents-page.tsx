import { useState } from 'react';
import { FileExcelOutlined, ImportOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card } from 'antd';
import type { LegalDocument } from '../../domain/legal/documents.schemas.ts';
import { PageHeader } from '../components/page-header.tsx';
import { common, useT } from '../lib/i18n.ts';
import { useApiErrorHandler } from '../lib/use-api-error.ts';
import { exportDocuments } from './api/export-documents.ts';
import { useDocuments } from './api/list-documents.ts';
import { DocumentDrawer } from './components/document-drawer.tsx';
import { DocumentsFilters } from './components/documents-filters.tsx';
import { DocumentsTable } from './components/documents-table.tsx';
import { ImportModal } from './components/import-modal.tsx';
import { documentsText } from './messages.ts';
import type { DocumentFilters, DocumentSortField, SortOrder } from './types.ts';

interface LegalDocumentsPageProps {
  /** Coordinators and administrators keep the register; everyone else reads it. */
  canEdit: boolean;
}

export function LegalDocumentsPage({ canEdit }: LegalDocumentsPageProps) {
  const t = useT();
  const handleApiError = useApiErrorHandler();
  const [filters, setFilters] = useState<DocumentFilters>({});
  const [sort, setSort] = useState<{ sort: DocumentSortField; order: SortOrder }>({
    sort: 'issuedOn',
    order: 'desc',
  });
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const [isExporting, setIsExporting] = useState(false);
  const [isImporting, setIsImporting] = useState(false);
  const [editing, setEditing] = useState<{ document: LegalDocument | null } | null>(null);

  const documentsQuery = useDocuments({
    ...filters,
    ...sort,
    limit: paging.pageSize,
    offset: (paging.page - 1) * paging.pageSize,
  });

  const handleExport = async () => {
    setIsExporting(true);
    try {
      await exportDocuments({ ...filters, ...sort });
    } catch (error) {
      handleApiError(error);
    } finally {
      setIsExporting(false);
    }
  };

  return (
    <>
      <PageHeader
        title={t(documentsText.title)}
        description={t(documentsText.description)}
        extra={
          <>
            <Button icon={<FileExcelOutlined />} onClick={handleExport} loading={isExporting}>
              {t(common.exportExcel)}
            </Button>
            {canEdit ? (
              <>
                <Button icon={<ImportOutlined />} onClick={() => setIsImporting(true)}>
                  {t(documentsText.import)}
                </Button>
                <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ document: null })}>
                  {t(documentsText.add)}
                </Button>
              </>
            ) : null}
          </>
        }
      />
      <Card>
        <DocumentsFilters
          filters={filters}
          onChange={(next) => {
            setFilters(next);
            setPaging((previous) => ({ ...previous, page: 1 }));
          }}
        />
        {documentsQuery.isError ? (
          <Alert type="error" showIcon title={documentsQuery.error.message} style={{ marginBottom: 16 }} />
        ) : null}
        <DocumentsTable
          data={documentsQuery.data?.items ?? []}
          total={documentsQuery.data?.total ?? 0}
          isLoading={documentsQuery.isFetching}
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
          onOpen={canEdit ? (document) => setEditing({ document }) : undefined}
        />
      </Card>
      {canEdit ? (
        <>
          <DocumentDrawer
            open={editing !== null}
            document={editing?.document ?? null}
            onClose={() => setEditing(null)}
            onSaved={(document) => setEditing({ document })}
          />
          <ImportModal open={isImporting} onClose={() => setIsImporting(false)} />
        </>
      ) : null}
    </>
  );
}
