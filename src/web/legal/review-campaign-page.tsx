import { useState } from 'react';
import {
  ArrowLeftOutlined,
  FileExcelOutlined,
  FileWordOutlined,
  LockOutlined,
  UnlockOutlined,
} from '@ant-design/icons';
import { App, Button, Card, Col, Descriptions, Result, Row, Skeleton, Statistic, Tabs } from 'antd';
import { Link } from 'react-router';
import type { Campaign } from '../../domain/legal/reviews.schemas.ts';
import { PageHeader } from '../components/page-header.tsx';
import { isApiError } from '../lib/api-client.ts';
import { formatDate, formatNumber } from '../lib/format.ts';
import { useT } from '../lib/i18n.ts';
import { useApiErrorHandler } from '../lib/use-api-error.ts';
import { downloadReviewConsolidation } from './api/download-review-consolidation.ts';
import { useCampaign } from './api/get-campaign.ts';
import { useCampaignUnits } from './api/list-campaign-units.ts';
import { useUpdateCampaign } from './api/update-campaign.ts';
import { CampaignFindingsTable } from './components/campaign-findings-table.tsx';
import { CampaignUnitsTable } from './components/campaign-units-table.tsx';
import { CampaignStateTag } from './components/legal-tags.tsx';
import { UnitReview } from './components/unit-review.tsx';
import { reviewsText } from './messages.ts';

export function ReviewCampaignPage({ campaignId }: { campaignId: string }) {
  const t = useT();
  const campaignQuery = useCampaign(campaignId);
  if (campaignQuery.isPending) return <Skeleton active paragraph={{ rows: 10 }} />;
  if (campaignQuery.isError) {
    return (
      <Result
        status={isApiError(campaignQuery.error) && campaignQuery.error.status === 404 ? '404' : 'error'}
        title={campaignQuery.error.message}
        extra={
          <Link to="/reviews">
            <Button icon={<ArrowLeftOutlined />}>{t(reviewsText.backToList)}</Button>
          </Link>
        }
      />
    );
  }
  return <CampaignDetail campaign={campaignQuery.data} />;
}

function CampaignDetail({ campaign }: { campaign: Campaign }) {
  const t = useT();
  const { message, modal } = App.useApp();
  const handleApiError = useApiErrorHandler();
  const [downloading, setDownloading] = useState<'docx' | 'xlsx' | null>(null);
  const seesAllUnits = campaign.canManage || campaign.canExport;
  const unitsQuery = useCampaignUnits(campaign.id, seesAllUnits);
  const updateMutation = useUpdateCampaign(campaign.id);

  const download = async (format: 'docx' | 'xlsx') => {
    setDownloading(format);
    try {
      await downloadReviewConsolidation(campaign.id, format);
    } catch (error) {
      handleApiError(error);
    } finally {
      setDownloading(null);
    }
  };

  const toggleState = () => {
    const closing = campaign.state === 'open';
    const run = () =>
      updateMutation.mutateAsync({ version: campaign.version, state: closing ? 'closed' : 'open' }).then(
        () => message.success(t(closing ? reviewsText.closedDone : reviewsText.reopenedDone)),
        (error: unknown) => handleApiError(error),
      );
    if (!closing) return void run();
    void modal.confirm({ title: t(reviewsText.close), content: t(reviewsText.closeConfirm), onOk: run });
  };

  const counts = campaign.counts;
  // The coordinating side sees every unit first; its own unit's review (Công an tỉnh reviews too) comes after.
  const myReview = campaign.myUnit ? (
    <UnitReview campaign={campaign} unitId={campaign.myUnit.unitId} />
  ) : null;
  const extra = (
    <>
      {campaign.canExport ? (
        <>
          <Button
            icon={<FileExcelOutlined />}
            loading={downloading === 'xlsx'}
            onClick={() => void download('xlsx')}
          >
            {t(reviewsText.downloadXlsx)}
          </Button>
          <Button
            icon={<FileWordOutlined />}
            loading={downloading === 'docx'}
            onClick={() => void download('docx')}
          >
            {t(reviewsText.downloadDocx)}
          </Button>
        </>
      ) : null}
      {campaign.canManage ? (
        <Button
          icon={campaign.state === 'open' ? <LockOutlined /> : <UnlockOutlined />}
          loading={updateMutation.isPending}
          onClick={toggleState}
        >
          {t(campaign.state === 'open' ? reviewsText.close : reviewsText.reopen)}
        </Button>
      ) : null}
    </>
  );

  return (
    <>
      <Link to="/reviews" style={{ display: 'inline-block', marginBottom: 8 }}>
        <ArrowLeftOutlined /> {t(reviewsText.backToList)}
      </Link>
      <PageHeader title={campaign.title} extra={extra} />
      <Card size="small" style={{ marginBottom: 16 }}>
        <Descriptions
          size="small"
          column={{ xs: 1, sm: 2, lg: 3 }}
          items={[
            {
              key: 'task',
              label: t(reviewsText.task),
              children: campaign.task
                ? `${campaign.task.code}${campaign.plan?.number ? ` · ${campaign.plan.number}` : ''}`
                : '—',
            },
            { key: 'owner', label: t(reviewsText.coordinator), children: campaign.ownerUnit.name },
            {
              key: 'state',
              label: t(reviewsText.state),
              children: <CampaignStateTag state={campaign.state} />,
            },
            {
              key: 'unitDeadline',
              label: t(reviewsText.unitDeadline),
              children: formatDate(campaign.unitDeadline),
            },
            {
              key: 'consolidationDeadline',
              label: t(reviewsText.consolidationDeadline),
              children: formatDate(campaign.consolidationDeadline),
            },
            {
              key: 'documents',
              label: t(reviewsText.documentCount),
              children: formatNumber(campaign.documentCount),
            },
            { key: 'scope', label: t(reviewsText.scope), children: campaign.scope, span: 'filled' },
          ]}
        />
      </Card>
      {campaign.myUnit && !seesAllUnits ? myReview : null}
      {seesAllUnits ? (
        <>
          <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
            <Col xs={12} md={6}>
              <Card size="small">
                <Statistic title={t(reviewsText.units)} value={counts.units} />
              </Card>
            </Col>
            <Col xs={12} md={6}>
              <Card size="small">
                <Statistic title={t(reviewsText.answered)} value={counts.answered + counts.nothingFound} />
              </Card>
            </Col>
            <Col xs={12} md={6}>
              <Card size="small">
                <Statistic title={t(reviewsText.pending)} value={counts.pending} />
              </Card>
            </Col>
            <Col xs={12} md={6}>
              <Card size="small">
                <Statistic title={t(reviewsText.findings)} value={counts.findings} />
              </Card>
            </Col>
          </Row>
          <Card>
            <Tabs
              items={[
                {
                  key: 'units',
                  label: t(reviewsText.unitsTab),
                  children: (
                    <CampaignUnitsTable units={unitsQuery.data ?? []} isLoading={unitsQuery.isFetching} />
                  ),
                },
                {
                  key: 'findings',
                  label: t(reviewsText.findingsTab),
                  children: <CampaignFindingsTable campaignId={campaign.id} units={unitsQuery.data ?? []} />,
                },
              ]}
            />
          </Card>
          {campaign.myUnit ? <div style={{ marginTop: 16 }}>{myReview}</div> : null}
        </>
      ) : null}
    </>
  );
}
