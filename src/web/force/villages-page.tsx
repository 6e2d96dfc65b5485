import { useState } from 'react';
import { ImportOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Form } from 'antd';
import { useSearchParams } from 'react-router';
import type { Village, VillageUpdate } from '../../domain/force/force-api.schemas.ts';
import { PageHeader } from '../components/page-header.tsx';
import { common, useT } from '../lib/i18n.ts';
import { useApiErrorHandler } from '../lib/use-api-error.ts';
import { useListState } from '../lib/use-list-state.ts';
import { useCreateVillage } from './api/create-village.ts';
import { useDeleteVillage } from './api/delete-village.ts';
import { exportVillages } from './api/export-villages.ts';
import { useVillages } from './api/list-villages.ts';
import { useUpdateVillage } from './api/update-village.ts';
import { communeFromParams } from './components/commune-from-params.ts';
import { ExportButton } from '../components/export-button.tsx';
import { ImportDrawer } from './components/import-drawer.tsx';
import { hasVillageFilters, VillagesFilters } from './components/villages-filters.tsx';
import { NEW_VILLAGE_ID, VillagesTable, type VillageRowValues } from './components/villages-table.tsx';
import { listEmptyText } from './components/list-empty-text.ts';
import { forceText, villagesText } from './messages.ts';
import type { UnitOption, VillageFilters, VillageSortField } from './types.ts';

interface VillagesPageProps {
  /** Commune police and coordinators keep the register; others read it. */
  canEdit: boolean;
  /** A commune's own user: the page shows only that commune, without a commune filter. */
  myCommune?: UnitOption;
}

function draftVillage(unit: UnitOption): Village {
  return {
    id: NEW_VILLAGE_ID,
    unit,
    name: '',
    kind: 'thon',
    households: null,
    population: null,
    areaHectares: null,
    villageClass: null,
    areaTypes: [],
    securityRating: 'normal',
    validFrom: null,
    validTo: null,
    note: null,
    teams: [],
    requirement: null,
    inPost: 0,
    gap: { shortfall: 0, excess: 0, status: 'unknown' },
    problems: [],
    version: 0,
    createdAt: '',
    updatedAt: '',
  };
}

const rowValues = (village: Village): VillageRowValues => ({
  name: village.name,
  kind: village.kind,
  households: village.households,
  population: village.population,
  areaHectares: village.areaHectares,
  villageClass: village.villageClass,
  areaTypes: village.areaTypes,
  securityRating: village.securityRating,
});

/** Only what changed goes to the server, so that the audit log shows the real edit. */
function changes(village: Village, values: VillageRowValues): Omit<VillageUpdate, 'version'> {
  const before = rowValues(village);
  const result: Record<string, unknown> = {};
  for (const key of Object.keys(values) as (keyof VillageRowValues)[]) {
    const value = values[key] ?? null;
    if (JSON.stringify(value) !== JSON.stringify(before[key])) result[key] = value;
  }
  return result;
}

export function VillagesPage({ canEdit, myCommune }: VillagesPageProps) {
  const t = useT();
  const { message, modal } = App.useApp();
  const handleApiError = useApiErrorHandler();
  const [form] = Form.useForm<VillageRowValues>();
  const [searchParams] = useSearchParams();
  const [commune, setCommune] = useState<UnitOption | undefined>(
    () => myCommune ?? communeFromParams(searchParams),
  );
  const list = useListState<VillageFilters, VillageSortField>(
    { sort: 'name', order: 'asc' },
    { unitId: commune?.id },
    50,
  );
  const { filters, sort } = list;
  const [editingId, setEditingId] = useState<string | null>(null);
  const [isImporting, setIsImporting] = useState(false);
  const createMutation = useCreateVillage();
  const updateMutation = useUpdateVillage();
  const deleteMutation = useDeleteVillage();

  const villagesQuery = useVillages(list.params);
  const items = villagesQuery.data?.items ?? [];
  const data = editingId === NEW_VILLAGE_ID && commune ? [draftVillage(commune), ...items] : items;
  const hasNoRuleSet = items.length > 0 && items.every((village) => village.requirement === null);

  const handleAdd = () => {
    if (!commune || !filters.unitId) {
      message.warning(t(forceText.communeRequired));
      return;
    }
    form.setFieldsValue(rowValues(draftVillage(commune)));
    setEditingId(NEW_VILLAGE_ID);
  };

  const handleEdit = (village: Village) => {
    form.setFieldsValue(rowValues(village));
    setEditingId(village.id);
  };

  const handleSave = async () => {
    let values: VillageRowValues;
    try {
      values = await form.validateFields();
    } catch {
      return;
    }
    const onError = (error: unknown) => handleApiError(error, form);
    if (editingId === NEW_VILLAGE_ID && filters.unitId) {
      createMutation.mutate(
        { ...values, unitId: filters.unitId, areaTypes: values.areaTypes ?? [] },
        {
          onSuccess: (created) => {
            message.success(t(villagesText.created, { name: created.name }));
            setEditingId(null);
          },
          onError,
        },
      );
      return;
    }
    const village = items.find((item) => item.id === editingId);
    if (!village) return;
    const changed = changes(village, values);
    if (Object.keys(changed).length === 0) {
      setEditingId(null);
      return;
    }
    updateMutation.mutate(
      { id: village.id, version: village.version, ...changed },
      {
        onSuccess: (updated) => {
          message.success(t(villagesText.updated, { name: updated.name }));
          setEditingId(null);
        },
        onError,
      },
    );
  };

  const handleDelete = (village: Village) => {
    void modal.confirm({
      title: t(villagesText.deleteAction, { name: village.name }),
      content: t(villagesText.deleteConfirm, { name: village.name }),
      okText: t(forceText.delete),
      okButtonProps: { danger: true },
      cancelText: t(common.cancel),
      onOk: () =>
        deleteMutation
          .mutateAsync(village.id)
          .then(() => message.success(t(villagesText.deleted, { name: village.name })))
          .catch(handleApiError),
    });
  };

  return (
    <>
      <PageHeader
        title={t(villagesText.title)}
        description={t(villagesText.description)}
        extra={
          <>
            <ExportButton onExport={() => exportVillages({ ...filters, ...sort })} />
            {canEdit ? (
              <>
                <Button icon={<ImportOutlined />} onClick={() => setIsImporting(true)}>
                  {t(villagesText.import)}
                </Button>
                <Button
                  type="primary"
                  icon={<PlusOutlined />}
                  onClick={handleAdd}
                  disabled={editingId !== null}
                >
                  {t(villagesText.add)}
                </Button>
              </>
            ) : null}
          </>
        }
      />
      <Card>
        <VillagesFilters
          filters={filters}
          showCommune={!myCommune}
          commune={commune}
          onChange={(next, unit) => {
            if (next.unitId !== filters.unitId) setCommune(next.unitId ? (unit ?? commune) : undefined);
            list.setFilters(myCommune ? { ...next, unitId: myCommune.id } : next);
            setEditingId(null);
          }}
        />
        {!canEdit ? (
          <Alert type="info" showIcon title={t(forceText.readOnly)} style={{ marginBottom: 16 }} />
        ) : null}
        {hasNoRuleSet ? (
          <Alert type="warning" showIcon title={t(forceText.noRuleSet)} style={{ marginBottom: 16 }} />
        ) : null}
        {villagesQuery.isError ? (
          <Alert type="error" showIcon title={villagesQuery.error.message} style={{ marginBottom: 16 }} />
        ) : null}
        <VillagesTable
          form={form}
          emptyText={t(listEmptyText(villagesText, hasVillageFilters(filters, !myCommune), canEdit))}
          data={data}
          total={villagesQuery.data?.total ?? 0}
          isLoading={villagesQuery.isFetching}
          page={list.page}
          pageSize={list.pageSize}
          sort={sort.sort}
          order={sort.order}
          editingId={editingId}
          isSaving={createMutation.isPending || updateMutation.isPending}
          canEdit={canEdit}
          showCommune={!myCommune && !filters.unitId}
          onPageChange={list.setPage}
          onSortChange={list.setSort}
          onEdit={handleEdit}
          onSave={() => void handleSave()}
          onCancel={() => setEditingId(null)}
          onDelete={handleDelete}
        />
      </Card>
      <ImportDrawer
        kind="villages"
        title={t(villagesText.importTitle)}
        open={isImporting}
        commune={commune}
        onClose={() => setIsImporting(false)}
      />
    </>
  );
}
