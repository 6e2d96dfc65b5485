import { useState } from 'react';
import { ClearOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Checkbox, Flex, Select } from 'antd';
import { useNavigate, useSearchParams } from 'react-router';
import {
  PROCEDURE_KIND_LABELS,
  PROCEDURE_KINDS,
  type ProcedureKind,
} from '../../domain/force/procedure-steps.ts';
import { PageHeader } from '../components/page-header.tsx';
import { common, useT } from '../lib/i18n.ts';
import { exportProcedures } from './api/export-procedures.ts';
import { useProcedures, type ProcedureFilters } from './api/list-procedures.ts';
import { CommuneSelect } from '../components/commune-select.tsx';
import { ExportButton } from '../components/export-button.tsx';
import { ProcedureCreateDrawer } from './components/procedure-create-drawer.tsx';
import { PROCEDURE_STATUS_TEXT, type ProcedureStatus } from './components/procedure-labels.ts';
import { ProceduresTable } from './components/procedures-table.tsx';
import { listEmptyText } from './components/list-empty-text.ts';
import { forceText } from './messages.ts';
import { proceduresText } from './procedure-messages.ts';
import type { UnitOption } from './types.ts';

interface ProceduresPageProps {
  canEdit: boolean;
  myCommune?: UnitOption;
}

const STATUSES: ProcedureStatus[] = ['open', 'done', 'cancelled'];

export function ProceduresPage({ canEdit, myCommune }: ProceduresPageProps) {
  const t = useT();
  const navigate = useNavigate();
  // The dashboard's "overdue procedures" link opens the list with `?lateOnly=true`.
  const [searchParams] = useSearchParams();
  const [filters, setFilters] = useState<ProcedureFilters>({
    unitId: myCommune?.id,
    status: 'open',
    lateOnly: searchParams.get('lateOnly') === 'true' || undefined,
  });
  const [commune, setCommune] = useState<UnitOption | undefined>(myCommune);
  const [paging, setPaging] = useState({ page: 1, pageSize: 50 });
  const [isCreating, setIsCreating] = useState(false);
  const proceduresQuery = useProcedures({
    ...filters,
    limit: paging.pageSize,
    offset: (paging.page - 1) * paging.pageSize,
  });

  const change = (next: ProcedureFilters) => {
    setFilters(myCommune ? { ...next, unitId: myCommune.id } : next);
    setPaging((previous) => ({ ...previous, page: 1 }));
  };
  const hasFilters = Boolean(
    filters.kind || filters.lateOnly || filters.status !== 'open' || (!myCommune && filters.unitId),
  );

  return (
    <>
      <PageHeader
        title={t(proceduresText.title)}
        description={t(proceduresText.description)}
        extra={
          <>
            <ExportButton onExport={() => exportProcedures(filters)} />
            {canEdit ? (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setIsCreating(true)}>
                {t(proceduresText.add)}
              </Button>
            ) : null}
          </>
        }
      />
      <Card>
        <Flex gap={8} wrap align="center" style={{ marginBottom: 16 }}>
          {!myCommune ? (
            <CommuneSelect
              allowClear
              aria-label={t(forceText.commune)}
              value={filters.unitId}
              initialUnit={commune}
              onChange={(unitId, unit) => {
                setCommune(unit);
                change({ ...filters, unitId });
              }}
              style={{ width: 260 }}
            />
          ) : null}
          <Select<ProcedureKind>
            allowClear
            aria-label={t(proceduresText.kind)}
            placeholder={t(proceduresText.kindPlaceholder)}
            value={filters.kind}
            onChange={(kind) => change({ ...filters, kind })}
            options={PROCEDURE_KINDS.map((kind) => ({ value: kind, label: t(PROCEDURE_KIND_LABELS[kind]) }))}
            style={{ width: 280 }}
          />
          <Select<ProcedureStatus>
            allowClear
            aria-label={t(proceduresText.status)}
            placeholder={t(proceduresText.statusPlaceholder)}
            value={filters.status}
            onChange={(status) => change({ ...filters, status })}
            options={STATUSES.map((status) => ({ value: status, label: t(PROCEDURE_STATUS_TEXT[status]) }))}
            style={{ width: 180 }}
          />
          <Checkbox
            checked={filters.lateOnly ?? false}
            onChange={(event) => change({ ...filters, lateOnly: event.target.checked || undefined })}
          >
            {t(proceduresText.lateOnly)}
          </Checkbox>
          {hasFilters ? (
            <Button
              icon={<ClearOutlined />}
              onClick={() => change({ unitId: myCommune?.id, status: 'open' })}
            >
              {t(common.reset)}
            </Button>
          ) : null}
        </Flex>
        {proceduresQuery.isError ? (
          <Alert type="error" showIcon title={proceduresQuery.error.message} style={{ marginBottom: 16 }} />
        ) : null}
        <ProceduresTable
          emptyText={t(listEmptyText(proceduresText, hasFilters, canEdit))}
          data={proceduresQuery.data?.items ?? []}
          total={proceduresQuery.data?.total ?? 0}
          isLoading={proceduresQuery.isFetching}
          page={paging.page}
          pageSize={paging.pageSize}
          showCommune={!myCommune && !filters.unitId}
          onPageChange={(page, pageSize) =>
            setPaging({ page: pageSize === paging.pageSize ? page : 1, pageSize })
          }
          onOpen={(procedure) => navigate(`/force/procedures/${procedure.id}`)}
        />
      </Card>
      <ProcedureCreateDrawer
        open={isCreating}
        commune={commune}
        canPickCommune={!myCommune}
        onClose={() => setIsCreating(false)}
      />
    </>
  );
}
