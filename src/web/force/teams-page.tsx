import { useState } from 'react';
import { ClearOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Select } from 'antd';
import type { Team } from '../../domain/force/force-api.schemas.ts';
import { PageHeader } from '../components/page-header.tsx';
import { common, useT } from '../lib/i18n.ts';
import { useListState } from '../lib/use-list-state.ts';
import { exportTeams } from './api/export-teams.ts';
import { useTeams } from './api/list-teams.ts';
import { CommuneSelect } from '../components/commune-select.tsx';
import { ExportButton } from '../components/export-button.tsx';
import { SearchInput } from './components/search-input.tsx';
import { TeamDissolveModal } from './components/team-dissolve-modal.tsx';
import { TeamDrawer } from './components/team-drawer.tsx';
import { TeamsTable } from './components/teams-table.tsx';
import { listEmptyText } from './components/list-empty-text.ts';
import { forceText, teamsText } from './messages.ts';
import type { TeamFilters, TeamSortField, UnitOption } from './types.ts';

interface TeamsPageProps {
  canEdit: boolean;
  myCommune?: UnitOption;
}

export function TeamsPage({ canEdit, myCommune }: TeamsPageProps) {
  const t = useT();
  const list = useListState<TeamFilters, TeamSortField>(
    { sort: 'name', order: 'asc' },
    { unitId: myCommune?.id, status: 'active' },
    50,
  );
  const { filters } = list;
  const [commune, setCommune] = useState<UnitOption | undefined>(myCommune);
  const [editing, setEditing] = useState<Team | null>(null);
  const [isCreating, setIsCreating] = useState(false);
  const [dissolving, setDissolving] = useState<Team | null>(null);
  const teamsQuery = useTeams(list.params);

  const change = (next: TeamFilters) => list.setFilters(myCommune ? { ...next, unitId: myCommune.id } : next);
  const hasFilters = Boolean(filters.q || filters.status !== 'active' || (!myCommune && filters.unitId));

  return (
    <>
      <PageHeader
        title={t(teamsText.title)}
        description={t(teamsText.description)}
        extra={
          <>
            <ExportButton onExport={() => exportTeams({ ...filters, ...list.sort })} />
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
          emptyText={t(listEmptyText(teamsText, hasFilters, canEdit))}
          data={teamsQuery.data?.items ?? []}
          total={teamsQuery.data?.total ?? 0}
          isLoading={teamsQuery.isFetching}
          page={list.page}
          pageSize={list.pageSize}
          sort={list.sort.sort}
          order={list.sort.order}
          canEdit={canEdit}
          showCommune={!myCommune && !filters.unitId}
          onPageChange={list.setPage}
          onSortChange={list.setSort}
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
