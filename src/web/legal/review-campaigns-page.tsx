import { useState } from 'react';
import { FileExcelOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Progress, Select, Table, Typography } from 'antd';
import { Link } from 'react-router';
import { CAMPAIGN_STATE_LABELS, CAMPAIGN_STATES, type CampaignState } from '../../domain/legal/constants.ts';
import type { CampaignSummary } from '../../domain/legal/reviews.schemas.ts';
import { PageHeader } from '../components/page-header.tsx';
import { formatDate, formatNumber } from '../lib/format.ts';
import { common, useT } from '../lib/i18n.ts';
import { useApiErrorHandler } from '../lib/use-api-error.ts';
import { exportCampaigns } from './api/export-campaigns.ts';
import { useCampaigns } from './api/list-campaigns.ts';
import { CampaignCreateModal } from './components/campaign-create-modal.tsx';
import { CampaignStateTag } from './components/legal-tags.tsx';
import { reviewsText } from './messages.ts';

export function ReviewCampaignsPage({ canCreate }: { canCreate: boolean }) {
  const t = useT();
  const handleApiError = useApiErrorHandler();
  const [state, setState] = useState<CampaignState | undefined>();
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const [isExporting, setIsExporting] = useState(false);
  const [isCreating, setIsCreating] = useState(false);
  const campaignsQuery = useCampaigns({
    state,
    limit: paging.pageSize,
    offset: (paging.page - 1) * paging.pageSize,
  });

  const handleExport = async () => {
    setIsExporting(true);
    try {
      await exportCampaigns({ state });
    } catch (error) {
      handleApiError(error);
    } finally {
      setIsExporting(false);
    }
  };

  return (
    <>
      <PageHeader
        title={t(reviewsText.title)}
        description={t(reviewsText.description)}
        extra={
          <>
            <Button icon={<FileExcelOutlined />} onClick={handleExport} loading={isExporting}>
              {t(common.exportExcel)}
            </Button>
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
            value={state}
            onChange={(value) => {
              setState(value);
              setPaging((previous) => ({ ...previous, page: 1 }));
            }}
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
          onChange={(pagination) =>
            setPaging({ page: pagination.current ?? 1, pageSize: pagination.pageSize ?? paging.pageSize })
          }
          pagination={{
            current: paging.page,
            pageSize: paging.pageSize,
            total: campaignsQuery.data?.total ?? 0,
            showTotal: (total) => t(common.totalItems, { total: formatNumber(total) }),
          }}
          columns={[
            {
              title: t(reviewsText.campaign),
              dataIndex: 'title',
              sorter: (a, b) => a.title.localeCompare(b.title, 'vi'),
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
              width: 140,
              sorter: (a, b) => a.unitDeadline.localeCompare(b.unitDeadline),
              render: (value: string) => formatDate(value),
            },
            {
              title: t(reviewsText.consolidationDeadline),
              dataIndex: 'consolidationDeadline',
              width: 140,
              sorter: (a, b) => a.consolidationDeadline.localeCompare(b.consolidationDeadline),
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
