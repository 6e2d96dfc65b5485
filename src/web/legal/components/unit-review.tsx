import { vietnamToday } from '../../../domain/common/dates.ts';
import { useState } from 'react';
import {
  CheckCircleOutlined,
  DeleteOutlined,
  EditOutlined,
  FileAddOutlined,
  FormOutlined,
} from '@ant-design/icons';
import { Alert, App, Button, Card, Flex, Table, Typography, type TableColumnsType } from 'antd';
import type { LegalDocument } from '../../../domain/legal/documents.schemas.ts';
import type { Campaign, Finding } from '../../../domain/legal/reviews.schemas.ts';
import { formatDate } from '../../lib/format.ts';
import { common, useT } from '../../lib/i18n.ts';
import { useApiErrorHandler } from '../../lib/use-api-error.ts';
import { useDeleteFinding } from '../api/delete-finding.ts';
import { useCampaignDocuments } from '../api/list-campaign-documents.ts';
import { useFindings } from '../api/list-findings.ts';
import { useNothingFound } from '../api/set-nothing-found.ts';
import { reviewsText } from '../messages.ts';
import type { SortOrder } from '../../lib/use-list-state.ts';
import type { DocumentFilters, DocumentSortField } from '../types.ts';
import { DocumentsFilters } from './documents-filters.tsx';
import { DocumentsTable } from './documents-table.tsx';
import { FindingModal, type FindingTarget } from './finding-modal.tsx';
import { OutcomeTag } from './legal-tags.tsx';
import { NothingFoundModal } from './nothing-found-modal.tsx';

/** A reviewing unit's side of the campaign: its finding per document, or that it found nothing. */
export function UnitReview({ campaign, unitId }: { campaign: Campaign; unitId: string }) {
  const t = useT();
  const { message, modal } = App.useApp();
  const handleApiError = useApiErrorHandler();
  const [filters, setFilters] = useState<DocumentFilters>({});
  const [sort, setSort] = useState<{ sort: DocumentSortField; order: SortOrder }>({
    sort: 'issuedOn',
    order: 'desc',
  });
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const [target, setTarget] = useState<FindingTarget | null>(null);
  const [isStating, setIsStating] = useState(false);
  const documentsQuery = useCampaignDocuments(campaign.id, {
    ...filters,
    ...sort,
    limit: paging.pageSize,
    offset: (paging.page - 1) * paging.pageSize,
  });
  const findingsQuery = useFindings(campaign.id, { unitId, limit: 500, offset: 0 });
  const deleteMutation = useDeleteFinding();
  const withdrawMutation = useNothingFound(campaign.id, unitId);
  const findings = findingsQuery.data?.items ?? [];
  const byDocument = new Map(findings.flatMap((f) => (f.document ? [[f.document.id, f] as const] : [])));
  const newDocuments = findings.filter((finding) => !finding.document);
  const isOpen = campaign.state === 'open';
  const status = campaign.myUnit?.status ?? 'pending';
  const canRecord = isOpen && status !== 'nothing_found';

  const confirmDelete = (finding: Finding) => {
    void modal.confirm({
      title: t(reviewsText.deleteFindingConfirm),
      okButtonProps: { danger: true },
      okText: t(reviewsText.deleteFinding),
      onOk: () =>
        deleteMutation
          .mutateAsync(finding.id)
          .then(() => message.success(t(reviewsText.findingDeleted)), handleApiError),
    });
  };

  const findingActions = (finding: Finding) =>
    canRecord ? (
      <Flex gap={4}>
        <Button
          size="small"
          type="text"
          icon={<EditOutlined />}
          aria-label={t(reviewsText.editFinding)}
          onClick={() => setTarget({ document: finding.document, finding })}
        />
        <Button
          size="small"
          type="text"
          danger
          icon={<DeleteOutlined />}
          aria-label={t(reviewsText.deleteFinding)}
          onClick={() => confirmDelete(finding)}
        />
      </Flex>
    ) : null;

  const findingColumn: TableColumnsType<LegalDocument> = [
    {
      title: t(reviewsText.myFinding),
      key: 'finding',
      width: 230,
      render: (_, document) => {
        const finding = byDocument.get(document.id);
        if (finding)
          return (
            <Flex align="center" gap={4} wrap>
              <OutcomeTag outcome={finding.outcome} />
              {findingActions(finding)}
            </Flex>
          );
        return canRecord ? (
          <Button
            size="small"
            icon={<FormOutlined />}
            aria-label={t(reviewsText.recordFor, { number: document.number })}
            onClick={() => setTarget({ document, finding: null })}
          >
            {t(reviewsText.record)}
          </Button>
        ) : (
          <Typography.Text type="secondary">{t(reviewsText.notRecorded)}</Typography.Text>
        );
      },
    },
  ];

  return (
    <Card
      title={t(reviewsText.myReview)}
      style={{ marginBottom: 16 }}
      extra={
        canRecord ? (
          <Flex gap={8} wrap>
            <Button icon={<FileAddOutlined />} onClick={() => setTarget({ document: null, finding: null })}>
              {t(reviewsText.newDocument)}
            </Button>
            {findings.length === 0 ? (
              <Button icon={<CheckCircleOutlined />} onClick={() => setIsStating(true)}>
                {t(reviewsText.nothingFoundAction)}
              </Button>
            ) : null}
          </Flex>
        ) : null
      }
    >
      {!isOpen ? (
        <Alert type="warning" showIcon title={t(reviewsText.closedAlert)} style={{ marginBottom: 16 }} />
      ) : null}
      {status === 'nothing_found' ? (
        <Alert
          type="success"
          showIcon
          style={{ marginBottom: 16 }}
          title={t(reviewsText.nothingFoundStated)}
          action={
            isOpen ? (
              <Button
                size="small"
                loading={withdrawMutation.isPending}
                onClick={() =>
                  withdrawMutation.mutate(null, {
                    onSuccess: () => message.success(t(reviewsText.withdrawn)),
                    onError: (error) => handleApiError(error),
                  })
                }
              >
                {t(reviewsText.withdraw)}
              </Button>
            ) : null
          }
        />
      ) : isOpen ? (
        <Alert
          type={
            campaign.myUnit && campaign.myUnit.deadline < vietnamToday() && status === 'pending'
              ? 'warning'
              : 'info'
          }
          showIcon
          style={{ marginBottom: 16 }}
          title={t(reviewsText.myDeadline, {
            date: formatDate(campaign.myUnit?.deadline ?? campaign.unitDeadline),
          })}
        />
      ) : null}
      <Typography.Title level={5}>{t(reviewsText.documentsToReview)}</Typography.Title>
      <DocumentsFilters
        searchOnly
        filters={filters}
        onChange={(next) => {
          setFilters(next);
          setPaging((previous) => ({ ...previous, page: 1 }));
        }}
      />
      <DocumentsTable
        data={documentsQuery.data?.items ?? []}
        total={documentsQuery.data?.total ?? 0}
        isLoading={documentsQuery.isFetching || findingsQuery.isFetching}
        page={paging.page}
        pageSize={paging.pageSize}
        sort={sort.sort}
        order={sort.order}
        onPageChange={(page, pageSize) =>
          setPaging({ page: pageSize === paging.pageSize ? page : 1, pageSize })
        }
        onSortChange={(field, order) => setSort({ sort: field, order })}
        extraColumns={findingColumn}
      />
      {newDocuments.length > 0 ? (
        <>
          <Typography.Title level={5}>{t(reviewsText.newDocuments)}</Typography.Title>
          <Table<Finding>
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={newDocuments}
            columns={[
              {
                title: t(reviewsText.proposal),
                dataIndex: 'proposal',
                render: (value: string | null) => value ?? t(common.none),
              },
              { title: t(reviewsText.reason), dataIndex: 'reason' },
              {
                title: t(common.actions),
                key: 'actions',
                width: 100,
                render: (_, finding) => findingActions(finding),
              },
            ]}
          />
        </>
      ) : null}
      <FindingModal
        campaignId={campaign.id}
        unitId={unitId}
        target={target}
        onClose={() => setTarget(null)}
      />
      <NothingFoundModal
        campaignId={campaign.id}
        unitId={unitId}
        open={isStating}
        onClose={() => setIsStating(false)}
      />
    </Card>
  );
}
