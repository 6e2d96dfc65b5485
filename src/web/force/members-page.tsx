import { useState } from 'react';
import { ImportOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card } from 'antd';
import { useNavigate, useSearchParams } from 'react-router';
import type { MemberSummary } from '../../domain/force/force-api.schemas.ts';
import { PageHeader } from '../components/page-header.tsx';
import { useT } from '../lib/i18n.ts';
import { useListState } from '../lib/use-list-state.ts';
import { exportMembers } from './api/export-members.ts';
import { useMember } from './api/get-member.ts';
import { useMembers } from './api/list-members.ts';
import { communeFromParams } from './components/commune-from-params.ts';
import { ExportButton } from '../components/export-button.tsx';
import { MemberDrawer } from './components/member-drawer.tsx';
import { MemberLeaveModal } from './components/member-leave-modal.tsx';
import { MemberStatusModal } from './components/member-status-modal.tsx';
import { hasMemberFilters, MembersFilters } from './components/members-filters.tsx';
import { MembersTable, type MemberAction } from './components/members-table.tsx';
import { useReveal } from './components/use-reveal.ts';
import { listEmptyText } from './components/list-empty-text.ts';
import { membersText } from './member-messages.ts';
import { forceText } from './messages.ts';
import type { MemberFilters, MemberSortField, UnitOption } from './types.ts';

interface MembersPageProps {
  canEdit: boolean;
  myCommune?: UnitOption;
}

type StatusChange = { member: MemberSummary; status: 'active' | 'suspended' } | null;

/** A link from the teams page brings `?teamId=`, from the overview `?unitId=`. */
function initialFilters(params: URLSearchParams, commune: UnitOption | undefined): MemberFilters {
  return { unitId: commune?.id, teamId: params.get('teamId') ?? undefined };
}

export function MembersPage({ canEdit, myCommune }: MembersPageProps) {
  const t = useT();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const [commune, setCommune] = useState<UnitOption | undefined>(
    () => myCommune ?? communeFromParams(searchParams),
  );
  const list = useListState<MemberFilters, MemberSortField>(
    { sort: 'name', order: 'asc' },
    initialFilters(searchParams, commune),
    50,
  );
  const { filters, sort } = list;
  const [isCreating, setIsCreating] = useState(false);
  const [editingId, setEditingId] = useState<string | undefined>(undefined);
  const [leaving, setLeaving] = useState<MemberSummary | null>(null);
  const [statusChange, setStatusChange] = useState<StatusChange>(null);
  const reveal = useReveal();
  const editingQuery = useMember(editingId);

  const membersQuery = useMembers(list.params);

  const handleAction = (action: MemberAction, member: MemberSummary) => {
    if (action === 'edit') setEditingId(member.id);
    else if (action === 'leave') setLeaving(member);
    else setStatusChange({ member, status: action === 'suspend' ? 'suspended' : 'active' });
  };

  return (
    <>
      <PageHeader
        title={t(membersText.title)}
        description={t(membersText.description)}
        extra={
          <>
            <ExportButton
              onExport={() => exportMembers({ ...filters, ...sort })}
              alternative={{
                label: t(membersText.exportWhole),
                onExport: () => exportMembers({ ...filters, ...sort, reveal: true }),
              }}
            />
            {canEdit ? (
              <>
                <Button icon={<ImportOutlined />} onClick={() => navigate('/force/import')}>
                  {t(membersText.import)}
                </Button>
                <Button type="primary" icon={<PlusOutlined />} onClick={() => setIsCreating(true)}>
                  {t(membersText.add)}
                </Button>
              </>
            ) : null}
          </>
        }
      />
      <Card>
        <MembersFilters
          filters={filters}
          showCommune={!myCommune}
          commune={commune}
          onChange={(next, unit) => {
            if (next.unitId !== filters.unitId) setCommune(next.unitId ? (unit ?? commune) : undefined);
            list.setFilters(myCommune ? { ...next, unitId: myCommune.id } : next);
          }}
        />
        {!canEdit ? (
          <Alert type="info" showIcon title={t(forceText.readOnly)} style={{ marginBottom: 16 }} />
        ) : null}
        {membersQuery.isError ? (
          <Alert type="error" showIcon title={membersQuery.error.message} style={{ marginBottom: 16 }} />
        ) : null}
        <MembersTable
          emptyText={t(listEmptyText(membersText, hasMemberFilters(filters, !myCommune), canEdit))}
          data={membersQuery.data?.items ?? []}
          total={membersQuery.data?.total ?? 0}
          totalCapped={membersQuery.data?.totalCapped ?? false}
          isLoading={membersQuery.isFetching}
          page={list.page}
          pageSize={list.pageSize}
          sort={sort.sort}
          order={sort.order}
          canEdit={canEdit}
          showCommune={!myCommune && !filters.unitId}
          reveal={reveal}
          onPageChange={list.setPage}
          onSortChange={list.setSort}
          onAction={handleAction}
        />
      </Card>
      <MemberDrawer
        open={isCreating || (Boolean(editingId) && Boolean(editingQuery.data))}
        member={isCreating ? null : (editingQuery.data ?? null)}
        commune={commune}
        canPickCommune={!myCommune}
        onClose={() => {
          setIsCreating(false);
          setEditingId(undefined);
        }}
      />
      <MemberLeaveModal member={leaving} onClose={() => setLeaving(null)} />
      <MemberStatusModal change={statusChange} onClose={() => setStatusChange(null)} />
    </>
  );
}
