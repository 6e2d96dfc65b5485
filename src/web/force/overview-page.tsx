import { useState } from 'react';
import { Alert, Card, Col, DatePicker, Flex, Row, Skeleton, Statistic, Typography } from 'antd';
import dayjs from 'dayjs';
import { PageHeader } from '../components/page-header.tsx';
import { DATE_FORMAT, formatNumber, toIsoDate } from '../lib/format.ts';
import { useT } from '../lib/i18n.ts';
import { exportOverview } from './api/export-overview.ts';
import { useOverview } from './api/get-overview.ts';
import { ExportButton } from '../components/export-button.tsx';
import { LateStepsCard } from './components/late-steps-card.tsx';
import { OverviewTable } from './components/overview-table.tsx';
import { forceText } from './messages.ts';
import { overviewText } from './overview-messages.ts';
import type { UnitOption } from './types.ts';

interface OverviewPageProps {
  /** A commune's own user sees its commune, with its late procedure steps. */
  myCommune?: UnitOption;
}

const number = (value: number) => formatNumber(Math.round(value * 10) / 10);
const NONE = '—';

export function OverviewPage({ myCommune }: OverviewPageProps) {
  const t = useT();
  const [asOf, setAsOf] = useState<string | undefined>(undefined);
  const overviewQuery = useOverview({ asOf });
  const overview = overviewQuery.data;
  const totals = overview?.totals;

  return (
    <>
      <PageHeader
        title={myCommune ? t(overviewText.titleCommune, { name: myCommune.name }) : t(overviewText.title)}
        description={t(myCommune ? overviewText.descriptionCommune : overviewText.description)}
        extra={
          <>
            <Flex gap={8} align="center">
              <Typography.Text>{t(overviewText.asOf)}</Typography.Text>
              <DatePicker
                aria-label={t(overviewText.asOf)}
                format={DATE_FORMAT}
                value={asOf ? dayjs(asOf) : dayjs()}
                allowClear={false}
                onChange={(value) => setAsOf(toIsoDate(value))}
              />
            </Flex>
            <ExportButton onExport={() => exportOverview({ asOf })} />
          </>
        }
      />
      {overviewQuery.isError ? (
        <Alert type="error" showIcon title={overviewQuery.error.message} style={{ marginBottom: 16 }} />
      ) : null}
      {overview?.ruleSet?.isExample ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={t(forceText.exampleRuleSet, { name: overview.ruleSet.name })}
        />
      ) : null}
      {overview && !overview.ruleSet ? (
        <Alert type="warning" showIcon style={{ marginBottom: 16 }} title={t(forceText.noRuleSet)} />
      ) : null}
      {myCommune ? <LateStepsCard unitId={myCommune.id} /> : null}
      {!totals ? (
        <Skeleton active />
      ) : (
        <>
          <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
            <Col xs={12} lg={4}>
              <Card size="small" style={{ height: '100%' }}>
                <Statistic title={t(overviewText.kpiVillages)} value={number(totals.villages)} />
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t(overviewText.villagesShortDetail, {
                    short: number(totals.villagesShort),
                    none: number(totals.villagesWithoutTeam),
                  })}
                </Typography.Text>
              </Card>
            </Col>
            <Col xs={12} lg={4}>
              <Card size="small" style={{ height: '100%' }}>
                <Statistic title={t(overviewText.kpiTeams)} value={number(totals.teams)} />
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {overview.ruleSet
                    ? t(overviewText.ofRequired, { required: number(totals.requiredTeams) })
                    : ''}
                </Typography.Text>
              </Card>
            </Col>
            <Col xs={12} lg={5}>
              <Card size="small" style={{ height: '100%' }}>
                <Statistic title={t(overviewText.kpiMembers)} value={number(totals.members)} />
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t(overviewText.byRole, {
                    tt: number(totals.byRole.to_truong),
                    tp: number(totals.byRole.to_pho),
                    tv: number(totals.byRole.to_vien),
                  })}
                </Typography.Text>
              </Card>
            </Col>
            <Col xs={12} lg={4}>
              <Card size="small" style={{ height: '100%' }}>
                <Statistic
                  title={t(overviewText.kpiRequired)}
                  value={overview.ruleSet ? number(totals.requiredMembers) : NONE}
                />
              </Card>
            </Col>
            <Col xs={12} lg={3}>
              <Card size="small" style={{ height: '100%' }}>
                <Statistic
                  title={t(overviewText.kpiShortfall)}
                  value={overview.ruleSet ? number(totals.shortfall) : NONE}
                  styles={{
                    content: {
                      color: !overview.ruleSet ? undefined : totals.shortfall > 0 ? '#cf1322' : '#389e0d',
                    },
                  }}
                />
              </Card>
            </Col>
            <Col xs={12} lg={4}>
              <Card size="small" style={{ height: '100%' }}>
                <Statistic title={t(overviewText.kpiTrained)} value={number(totals.trained)} />
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {totals.members > 0 ? `${Math.round((totals.trained / totals.members) * 100)}%` : ''}
                </Typography.Text>
              </Card>
            </Col>
          </Row>
          <Card size="small" title={overview.root.name}>
            <OverviewTable overview={overview} />
          </Card>
        </>
      )}
    </>
  );
}
