import { useState } from 'react';
import { Alert, Card, Flex, Segmented, Select } from 'antd';
import { FOLLOW_UP_STATE_LABELS } from '../../domain/inspections/constants.ts';
import type { FollowUpListItem } from '../../domain/inspections/inspections.schemas.ts';
import { ExportButton } from '../components/export-button.tsx';
import { PageHeader } from '../components/page-header.tsx';
import { useT } from '../lib/i18n.ts';
import { exportFollowUps } from './api/export-follow-ups.ts';
import { useFollowUps } from './api/list-follow-ups.ts';
import { CompleteFollowUpModal } from './components/follow-up-dialogs.tsx';
import { FollowUpsTable } from './components/follow-ups-table.tsx';
import './inspections.css';
import { inspectionsText } from './messages.ts';
import type { FollowUpScope, FollowUpStateFilter, SortOrder } from './types.ts';

interface FollowUpsPageProps {
  /** The inspecting side (Công an tỉnh, administrators) starts on everything in its scope. */
  defaultScope: FollowUpScope;
}

/** "Việc cần khắc phục": what my unit must do after inspections, overdue and due-soon ones marked. */
export function FollowUpsPage({ defaultScope }: FollowUpsPageProps) {
  const t = useT();
  const [scope, setScope] = useState<FollowUpScope>(defaultScope);
  const [state, setState] = useState<FollowUpStateFilter | undefined>('open');
  const [order, setOrder] = useState<SortOrder>('asc');
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const [completing, setCompleting] = useState<FollowUpListItem | null>(null);
  const followUpsQuery = useFollowUps({
    scope,
    state,
    order,
    limit: paging.pageSize,
    offset: (paging.page - 1) * paging.pageSize,
  });
  const firstPage = (update: () => void) => {
    update();
    setPaging((previous) => ({ ...previous, page: 1 }));
  };

  const stateOptions: { value: FollowUpStateFilter; label: string }[] = [
    { value: 'open', label: t(inspectionsText.stateOpen) },
    { value: 'overdue', label: t(FOLLOW_UP_STATE_LABELS.overdue) },
    { value: 'due_soon', label: t(inspectionsText.dueSoon) },
    { value: 'done', label: t(FOLLOW_UP_STATE_LABELS.done) },
  ];

  return (
    <>
      <PageHeader
        title={t(inspectionsText.followUps)}
        description={t(inspectionsText.followUpsDescription)}
        extra={<ExportButton onExport={() => exportFollowUps({ scope, state, order })} />}
      />
      <Card>
        <Flex gap={8} wrap align="center" style={{ marginBottom: 16 }}>
          <Segmented<FollowUpScope>
            value={scope}
            onChange={(value) => firstPage(() => setScope(value))}
            options={[
              { value: 'unit', label: t(inspectionsText.scopeUnit) },
              { value: 'all', label: t(inspectionsText.scopeAll) },
            ]}
          />
          <Select<FollowUpStateFilter>
            allowClear
            aria-label={t(inspectionsText.state)}
            placeholder={t(inspectionsText.allStates)}
            value={state}
            onChange={(value) => firstPage(() => setState(value))}
            options={stateOptions}
            style={{ width: 180 }}
          />
        </Flex>
        {followUpsQuery.isError ? (
          <Alert type="error" showIcon title={followUpsQuery.error.message} style={{ marginBottom: 16 }} />
        ) : null}
        <FollowUpsTable
          data={followUpsQuery.data?.items ?? []}
          total={followUpsQuery.data?.total ?? 0}
          isLoading={followUpsQuery.isFetching}
          page={paging.page}
          pageSize={paging.pageSize}
          order={order}
          emptyText={t(inspectionsText.noMyFollowUps)}
          showResponsibleUnit={scope === 'all'}
          onPageChange={(page, pageSize) =>
            setPaging({ page: pageSize === paging.pageSize ? page : 1, pageSize })
          }
          onOrderChange={(next) => firstPage(() => setOrder(next))}
          onComplete={setCompleting}
        />
      </Card>
      <CompleteFollowUpModal followUp={completing} onClose={() => setCompleting(null)} />
    </>
  );
}
