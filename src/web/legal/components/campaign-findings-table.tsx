import { useState } from 'react';
import { Flex, Select, Table, Typography } from 'antd';
import {
  REVIEW_OUTCOME_LABELS,
  REVIEW_OUTCOMES,
  type ReviewOutcome,
} from '../../../domain/legal/constants.ts';
import type { CampaignUnit, Finding } from '../../../domain/legal/reviews.schemas.ts';
import { formatDate, formatNumber } from '../../lib/format.ts';
import { common, useT } from '../../lib/i18n.ts';
import { useFindings } from '../api/list-findings.ts';
import { reviewsText } from '../messages.ts';
import { OutcomeTag } from './legal-tags.tsx';

/** The consolidated table: every unit's findings, in the order of the register; filtered and paged on the server. */
export function CampaignFindingsTable({ campaignId, units }: { campaignId: string; units: CampaignUnit[] }) {
  const t = useT();
  const [outcome, setOutcome] = useState<ReviewOutcome | undefined>();
  const [unitId, setUnitId] = useState<string | undefined>();
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const findingsQuery = useFindings(campaignId, {
    outcome,
    unitId,
    limit: paging.pageSize,
    offset: (paging.page - 1) * paging.pageSize,
  });
  return (
    <>
      <Flex gap={8} wrap style={{ marginBottom: 16 }}>
        <Select<ReviewOutcome>
          allowClear
          aria-label={t(reviewsText.outcome)}
          placeholder={t(reviewsText.allOutcomes)}
          value={outcome}
          onChange={(value) => {
            setOutcome(value);
            setPaging((previous) => ({ ...previous, page: 1 }));
          }}
          options={REVIEW_OUTCOMES.map((value) => ({ value, label: t(REVIEW_OUTCOME_LABELS[value]) }))}
          style={{ width: 240 }}
        />
        <Select<string>
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          aria-label={t(reviewsText.unit)}
          placeholder={t(reviewsText.allUnits)}
          value={unitId}
          onChange={(value) => {
            setUnitId(value);
            setPaging((previous) => ({ ...previous, page: 1 }));
          }}
          options={units
            .filter((unit) => unit.findingCount > 0)
            .map((unit) => ({ value: unit.unit.id, label: unit.unit.name }))}
          style={{ width: 280 }}
        />
      </Flex>
      <Table<Finding>
        rowKey="id"
        size="middle"
        loading={findingsQuery.isFetching}
        dataSource={findingsQuery.data?.items ?? []}
        scroll={{ x: 1000 }}
        locale={{ emptyText: t(reviewsText.noFindings) }}
        onChange={(pagination) =>
          setPaging({ page: pagination.current ?? 1, pageSize: pagination.pageSize ?? paging.pageSize })
        }
        pagination={{
          current: paging.page,
          pageSize: paging.pageSize,
          total: findingsQuery.data?.total ?? 0,
          showSizeChanger: true,
          showTotal: (total) => t(common.totalItems, { total: formatNumber(total) }),
        }}
        columns={[
          {
            title: t(reviewsText.document),
            key: 'document',
            width: 300,
            render: (_, finding) =>
              finding.document ? (
                <Flex vertical gap={0}>
                  <Typography.Text strong>
                    {finding.document.number} ({formatDate(finding.document.issuedOn)})
                  </Typography.Text>
                  <Typography.Text type="secondary">{finding.document.title}</Typography.Text>
                </Flex>
              ) : (
                <Typography.Text italic>{finding.proposal}</Typography.Text>
              ),
          },
          { title: t(reviewsText.unit), key: 'unit', width: 180, render: (_, finding) => finding.unit.name },
          {
            title: t(reviewsText.outcome),
            dataIndex: 'outcome',
            width: 170,
            render: (value: ReviewOutcome) => <OutcomeTag outcome={value} />,
          },
          { title: t(reviewsText.provisions), dataIndex: 'provisions', width: 150 },
          { title: t(reviewsText.reason), dataIndex: 'reason' },
          {
            title: t(reviewsText.proposal),
            dataIndex: 'proposal',
            render: (value: string | null, finding) => (finding.document ? value : null),
          },
        ]}
      />
    </>
  );
}
