import { useState } from 'react';
import { ClearOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Select } from 'antd';
import type { Team } from '../../domain/force/force-api.schemas.ts';
import { PageHeader } from '../components/page-header.tsx';
import { common, useT } from '../lib/i18n.ts';
import { exportTeams } from './api/export-teams.ts';
import { useTeams } from './api/list-teams.ts';
import { CommuneSelect } from './components/commune-select.tsx';
import { ExportButton } from '../components/export-button.tsx';
import { SearchInput } from './components/search-input.tsx';
import { TeamDissolveModal } from './components/team-dissolve-modal.tsx';
import { TeamDrawer } from './components/team-drawer.tsx';
import { TeamsTable } from './components/teams-table.tsx';
import { forceText, teamsText } from './messages.ts';
import type { TeamFilters, UnitOption } from './types.ts';

interface TeamsPageProps {
  canEdit: boolean;
  myCommune?: UnitOption;
}

export function TeamsPage({ canEdit, myCommune }: TeamsPageProps) {
  const t = useT();
  const [filters, setFilters] = useState<TeamFilters>({ unitId: myCommune?.id, status: 'active' });
  const [commune, setCommune] = useState<UnitOption | undefined>(myCommune);
  const [paging, setPaging] = useState({ page: 1, pageSize: 50 });
  const [editing, setEditing] = useState<Team | null>(null);
  const [isCreating, setIsCreating] = useState(false);
  const [dissolving, setDissolving] = useState<Team | null>(null);
  const teamsQuery = useTeams({
    ...filters,
    limit: paging.pageSize,
    offset: (paging.page - 1) * paging.pageSize,
  });

  const change = (next: TeamFilters) => {
    setFilters(myCommune ? { ...next, unitId: myCommune.id } : next);
    setPaging((previous) => ({ ...previous, page: 1 }));
  };
  const hasFilters = Boolean(filters.q || filters.status !== 'active' || (!myCommune && filters.unitId));

  return (
    <>
      <PageHeader
        title={t(teamsText.title)}
        description={t(teamsText.description)}
        extra={
          <>
            <ExportButton onExport={() => exportTeams(filters)} />
            {canEdit ? (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setIsCreating(true)}>
                {t(teamsText.add)}
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
          <SearchInput
            value={filters.q}
            placeholder={t(teamsText.searchPlaceholder)}
            onChange={(q) => change({ ...filters, q })}
          />
          <Select<'active' | 'dissolved'>
            allowClear
            aria-label={t(forceText.status)}
            placeholder={t(teamsText.statusPlaceholder)}
            value={filters.status}
            onChange={(status) => change({ ...filters, status })}
            options={[
              { value: 'active', label: t(teamsText.active) },
              { value: 'dissolved', label: t(teamsText.dissolvedStatus) },
            ]}
            style={{ width: 220 }}
          />
          {hasFilters ? (
            <Button
              icon={<ClearOutlined />}
              onClick={() => change({ unitId: myCommune?.id, status: 'active' })}
            >
              {t(common.reset)}
            </Button>
          ) : null}
        </Flex>
        {!canEdit ? (
          <Alert type="info" showIcon title={t(forceText.readOnly)} style={{ marginBottom: 16 }} />
        ) : null}
        {teamsQuery.isError ? (
          <Alert type="error" showIcon title={teamsQuery.error.message} style={{ marginBottom: 16 }} />
        ) : null}
        <TeamsTable
          data={teamsQuery.data?.items ?? []}
          total={teamsQuery.data?.total ?? 0}
          isLoading={teamsQuery.isFetching}
          page={paging.page}
          pageSize={paging.pageSize}
          canEdit={canEdit}
          showCommune={!myCommune && !filters.unitId}
          onPageChange={(page, pageSize) =>
            setPaging({ page: pageSize === paging.pageSize ? page : 1, pageSize })
          }
          onEdit={setEditing}
          onDissolve={setDissolving}
        />
      </Card>
      <TeamDrawer
        open={isCreating || Boolean(editing)}
        team={editing}
        commune={commune}
        canPickCommune={!myCommune}
        onClose={() => {
          setIsCreating(false);
          setEditing(null);
        }}
      />
      <TeamDissolveModal team={dissolving} onClose={() => setDissolving(null)} />
    </>
  );
}
