import { useState } from 'react';
import { ClearOutlined } from '@ant-design/icons';
import { Button, Flex, Input, Select, Table, Typography } from 'antd';
import {
  CAMPAIGN_UNIT_STATUS_LABELS,
  CAMPAIGN_UNIT_STATUSES,
  type CampaignUnitStatus,
} from '../../../domain/legal/constants.ts';
import { foldText } from '../../../domain/common/text.ts';
import type { CampaignUnit } from '../../../domain/legal/reviews.schemas.ts';
import { formatDate, formatDateTime, formatNumber } from '../../lib/format.ts';
import { common, useT } from '../../lib/i18n.ts';
import { reviewsText } from '../messages.ts';
import { UnitStatusTag } from './legal-tags.tsx';

const STATUS_ORDER: Record<CampaignUnitStatus, number> = { pending: 0, answered: 1, nothing_found: 2 };

/** Who has answered and who is still pending; filtered and sorted here (a campaign has at most a few hundred units). */
export function CampaignUnitsTable({ units, isLoading }: { units: CampaignUnit[]; isLoading: boolean }) {
  const t = useT();
  const [status, setStatus] = useState<CampaignUnitStatus | undefined>();
  const [search, setSearch] = useState('');
  const folded = foldText(search);
  const rows = units.filter(
    (unit) => (!status || unit.status === status) && (!folded || foldText(unit.unit.name).includes(folded)),
  );
  return (
    <>
      <Flex gap={8} wrap style={{ marginBottom: 16 }}>
        <Input.Search
          allowClear
          aria-label={t(reviewsText.unit)}
          placeholder={t(reviewsText.unit)}
          value={search}
          onChange={(event) => setSearch(event.target.value)}
          style={{ width: 280 }}
        />
        <Select<CampaignUnitStatus>
          allowClear
          aria-label={t(reviewsText.unitStatus)}
          placeholder={t(reviewsText.allStatuses)}
          value={status}
          onChange={setStatus}
          options={CAMPAIGN_UNIT_STATUSES.map((value) => ({
            value,
            label: t(CAMPAIGN_UNIT_STATUS_LABELS[value]),
          }))}
          style={{ width: 260 }}
        />
        {status || search ? (
          <Button
            icon={<ClearOutlined />}
            onClick={() => {
              setStatus(undefined);
              setSearch('');
            }}
          >
            {t(common.reset)}
          </Button>
        ) : null}
      </Flex>
      <Table<CampaignUnit>
        rowKey={(row) => row.unit.id}
        size="middle"
        loading={isLoading}
        dataSource={rows}
        scroll={{ x: 900 }}
        pagination={{
          pageSize: 50,
          showSizeChanger: false,
          showTotal: (total) => t(common.totalItems, { total: formatNumber(total) }),
        }}
        columns={[
          {
            title: t(reviewsText.unit),
            key: 'unit',
            sorter: (a, b) => a.unit.name.localeCompare(b.unit.name, 'vi'),
            render: (_, row) => <Typography.Text strong>{row.unit.name}</Typography.Text>,
          },
          {
            title: t(reviewsText.unitStatus),
            key: 'status',
            width: 260,
            sorter: (a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status],
            render: (_, row) => <UnitStatusTag status={row.status} isLate={row.isLate} />,
          },
          {
            title: t(reviewsText.deadline),
            dataIndex: 'deadline',
            width: 120,
            sorter: (a, b) => a.deadline.localeCompare(b.deadline),
            render: (value: string) => formatDate(value),
          },
          {
            title: t(reviewsText.findingCount),
            dataIndex: 'findingCount',
            width: 110,
            align: 'right',
            sorter: (a, b) => a.findingCount - b.findingCount,
          },
          {
            title: t(reviewsText.answeredAt),
            dataIndex: 'answeredAt',
            width: 180,
            sorter: (a, b) => (a.answeredAt ?? '').localeCompare(b.answeredAt ?? ''),
            render: (value: string | null) => formatDateTime(value) || t(common.none),
          },
          {
            title: t(reviewsText.unitNote),
            dataIndex: 'nothingFoundNote',
            render: (value: string | null) => value ?? '',
          },
        ]}
      />
    </>
  );
}
