import { useState } from 'react';
import { ImportOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card } from 'antd';
import type { LegalDocument } from '../../domain/legal/documents.schemas.ts';
import { ExportButton } from '../components/export-button.tsx';
import { PageHeader } from '../components/page-header.tsx';
import { useT } from '../lib/i18n.ts';
import { useListState } from '../lib/use-list-state.ts';
import { exportDocuments } from './api/export-documents.ts';
import { useDocuments } from './api/list-documents.ts';
import { DocumentDrawer } from './components/document-drawer.tsx';
import { DocumentsFilters } from './components/documents-filters.tsx';
import { DocumentsTable } from './components/documents-table.tsx';
import { ImportModal } from './components/import-modal.tsx';
import { documentsText } from './messages.ts';
import type { DocumentFilters, DocumentSortField } from './types.ts';

interface LegalDocumentsPageProps {
  /** Coordinators and administrators keep the register; everyone else reads it. */
  canEdit: boolean;
}

export function LegalDocumentsPage({ canEdit }: LegalDocumentsPageProps) {
  const t = useT();
  const list = useListState<DocumentFilters, DocumentSortField>({ sort: 'issuedOn', order: 'desc' });
  const [isImporting, setIsImporting] = useState(false);
  const [editing, setEditing] = useState<{ document: LegalDocument | null } | null>(null);
  const documentsQuery = useDocuments(list.params);

  return (
    <>
      <PageHeader
        title={t(documentsText.title)}
        description={t(documentsText.description)}
        extra={
          <>
            <ExportButton onExport={() => exportDocuments({ ...list.filters, ...list.sort })} />
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
        <DocumentsFilters filters={list.filters} onChange={list.setFilters} />
        {documentsQuery.isError ? (
          <Alert type="error" showIcon title={documentsQuery.error.message} style={{ marginBottom: 16 }} />
        ) : null}
        <DocumentsTable
          data={documentsQuery.data?.items ?? []}
          total={documentsQuery.data?.total ?? 0}
          isLoading={documentsQuery.isFetching}
          page={list.page}
          pageSize={list.pageSize}
          sort={list.sort.sort}
          order={list.sort.order}
          onPageChange={list.setPage}
          onSortChange={list.setSort}
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
