import { useState } from 'react';
import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Progress, Select, Table, Typography, type TableProps } from 'antd';
import { Link } from 'react-router';
import { CAMPAIGN_STATE_LABELS, CAMPAIGN_STATES, type CampaignState } from '../../domain/legal/constants.ts';
import { CAMPAIGN_SORT_FIELDS, type CampaignSummary } from '../../domain/legal/reviews.schemas.ts';
import { ExportButton } from '../components/export-button.tsx';
import { PageHeader } from '../components/page-header.tsx';
import { serverPagination } from '../components/server-pagination.ts';
import { formatDate, formatNumber } from '../lib/format.ts';
import { useT } from '../lib/i18n.ts';
import { useListState } from '../lib/use-list-state.ts';
import { exportCampaigns } from './api/export-campaigns.ts';
import { useCampaigns } from './api/list-campaigns.ts';
import { CampaignCreateModal } from './components/campaign-create-modal.tsx';
import { CampaignStateTag } from './components/legal-tags.tsx';
import { reviewsText } from './messages.ts';
import type { CampaignFilters, CampaignSortField } from './types.ts';

const isSortField = (value: unknown): value is CampaignSortField =>
  typeof value === 'string' && (CAMPAIGN_SORT_FIELDS as readonly string[]).includes(value);

export function ReviewCampaignsPage({ canCreate }: { canCreate: boolean }) {
  const t = useT();
  const list = useListState<CampaignFilters, CampaignSortField>({ sort: 'unitDeadline', order: 'desc' });
  const [isCreating, setIsCreating] = useState(false);
  const campaignsQuery = useCampaigns(list.params);
  const sortOrderOf = (field: CampaignSortField) =>
    list.sort.sort === field ? (list.sort.order === 'asc' ? 'ascend' : 'descend') : null;
  const handleChange: TableProps<CampaignSummary>['onChange'] = (pagination, _filters, sorter, extra) => {
    if (extra.action === 'sort') {
      const single = Array.isArray(sorter) ? sorter[0] : sorter;
      const field = single?.columnKey;
      if (single?.order && isSortField(field))
        list.setSort(field, single.order === 'ascend' ? 'asc' : 'desc');
      else list.setSort('unitDeadline', 'desc');
      return;
    }
    list.setPage(pagination.current ?? 1, pagination.pageSize ?? list.pageSize);
  };

  return (
    <>
      <PageHeader
        title={t(reviewsText.title)}
        description={t(reviewsText.description)}
        extra={
          <>
            <ExportButton onExport={() => exportCampaigns({ ...list.filters, ...list.sort })} />
            {canCreate ? (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setIsCreating(true)}>
                {t(reviewsText.create)}
              </Button>
            ) : null}
          </>
        }
      />
      <Card>
        <Flex gap={8} style={{ marginBottom: 16 }}>
          <Select<CampaignState>
            allowClear
            aria-label={t(reviewsText.state)}
            placeholder={t(reviewsText.allStates)}
            value={list.filters.state}
            onChange={(state) => list.setFilters({ state })}
            options={CAMPAIGN_STATES.map((value) => ({ value, label: t(CAMPAIGN_STATE_LABELS[value]) }))}
            style={{ width: 200 }}
          />
        </Flex>
        {campaignsQuery.isError ? (
          <Alert type="error" showIcon title={campaignsQuery.error.message} style={{ marginBottom: 16 }} />
        ) : null}
        <Table<CampaignSummary>
          rowKey="id"
          size="middle"
          loading={campaignsQuery.isFetching}
          dataSource={campaignsQuery.data?.items ?? []}
          locale={{ emptyText: t(reviewsText.empty) }}
          scroll={{ x: 1000 }}
          onChange={handleChange}
          pagination={serverPagination(t, {
            page: list.page,
            pageSize: list.pageSize,
            total: campaignsQuery.data?.total ?? 0,
          })}
          columns={[
            {
              title: t(reviewsText.campaign),
              dataIndex: 'title',
              render: (title: string, campaign) => (
                <Flex vertical gap={2}>
                  <Link to={`/reviews/${campaign.id}`}>{title}</Link>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {campaign.ownerUnit.name}
                  </Typography.Text>
                </Flex>
              ),
            },
            {
              title: t(reviewsText.task),
              key: 'task',
              width: 150,
              render: (_, campaign) =>
                campaign.task
                  ? `${campaign.task.code}${campaign.plan?.number ? ` · ${campaign.plan.number}` : ''}`
                  : '—',
            },
            {
              title: t(reviewsText.unitDeadline),
              dataIndex: 'unitDeadline',
              key: 'unitDeadline',
              width: 140,
              sorter: true,
              sortOrder: sortOrderOf('unitDeadline'),
              render: (value: string) => formatDate(value),
            },
            {
              title: t(reviewsText.consolidationDeadline),
              dataIndex: 'consolidationDeadline',
              key: 'consolidationDeadline',
              width: 140,
              sorter: true,
              sortOrder: sortOrderOf('consolidationDeadline'),
              render: (value: string) => formatDate(value),
            },
            {
              title: t(reviewsText.progress),
              key: 'progress',
              width: 200,
              render: (_, campaign) => {
                const done = campaign.counts.answered + campaign.counts.nothingFound;
                return (
                  <Flex vertical gap={0}>
                    <Progress
                      percent={campaign.counts.units ? Math.round((done / campaign.counts.units) * 100) : 0}
                      size="small"
                    />
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {t(reviewsText.progressValue, {
                        done: formatNumber(done),
                        total: formatNumber(campaign.counts.units),
                      })}
                    </Typography.Text>
                  </Flex>
                );
              },
            },
            {
              title: t(reviewsText.state),
              dataIndex: 'state',
              width: 140,
              render: (value: CampaignState) => <CampaignStateTag state={value} />,
            },
          ]}
        />
      </Card>
      {canCreate ? <CampaignCreateModal open={isCreating} onClose={() => setIsCreating(false)} /> : null}
    </>
  );
}
