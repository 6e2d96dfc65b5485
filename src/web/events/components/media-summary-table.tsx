import { useState } from 'react';
import { Flex, InputNumber, Select, Table, Typography } from 'antd';
import { MEDIA_KIND_LABELS, MEDIA_KINDS, type MediaKind } from '../../../domain/events/constants.ts';
import type { MediaSummary } from '../../../domain/events/media.schemas.ts';
import { formatNumber } from '../../lib/format.ts';
import { useT } from '../../lib/i18n.ts';
import { useMediaSummary } from '../api/get-media-summary.ts';
import { mediaText } from '../messages.ts';

type Row = MediaSummary['rows'][number];

/** Items per outlet and month of a year (SPEC §6), with a total row. */
export function MediaSummaryTable() {
  const t = useT();
  const [year, setYear] = useState(2024);
  const [kind, setKind] = useState<MediaKind | undefined>();
  const summaryQuery = useMediaSummary({ year, kind });
  const data = summaryQuery.data;
  const months = data?.months ?? [];
  const totals = months.map((_, index) =>
    (data?.rows ?? []).reduce((sum, row) => sum + (row.counts[index] ?? 0), 0),
  );
  return (
    <>
      <Flex gap={8} style={{ marginBottom: 16 }}>
        <InputNumber<number>
          aria-label={t(mediaText.year)}
          prefix={t(mediaText.year)}
          min={2000}
          max={2100}
          value={year}
          onChange={(value) => value && setYear(value)}
          style={{ width: 150 }}
        />
        <Select<MediaKind>
          allowClear
          aria-label={t(mediaText.kind)}
          placeholder={t(mediaText.allKinds)}
          value={kind}
          onChange={setKind}
          options={MEDIA_KINDS.map((value) => ({ value, label: t(MEDIA_KIND_LABELS[value]) }))}
          style={{ width: 260 }}
        />
      </Flex>
      <Table<Row>
        rowKey={(row) => row.unit.id}
        size="small"
        bordered
        loading={summaryQuery.isFetching}
        dataSource={data?.rows ?? []}
        pagination={false}
        scroll={{ x: 1100 }}
        sticky
        columns={[
          {
            title: t(mediaText.outlet),
            key: 'unit',
            fixed: 'left',
            width: 240,
            sorter: (a, b) => a.unit.name.localeCompare(b.unit.name, 'vi'),
            render: (_, row) => row.unit.name,
          },
          ...months.map((month, index) => ({
            title: `T${Number(month.slice(5))}`,
            key: month,
            width: 64,
            align: 'right' as const,
            sorter: (a: Row, b: Row) => (a.counts[index] ?? 0) - (b.counts[index] ?? 0),
            render: (_: unknown, row: Row) => (row.counts[index] ? formatNumber(row.counts[index]) : ''),
          })),
          {
            title: t(mediaText.total),
            key: 'total',
            width: 80,
            align: 'right',
            sorter: (a, b) => a.total - b.total,
            render: (_, row) => <Typography.Text strong>{formatNumber(row.total)}</Typography.Text>,
          },
        ]}
        summary={() =>
          data && data.rows.length > 0 ? (
            <Table.Summary.Row>
              <Table.Summary.Cell index={0}>
                <Typography.Text strong>{t(mediaText.total)}</Typography.Text>
              </Table.Summary.Cell>
              {totals.map((total, index) => (
                <Table.Summary.Cell key={months[index]} index={index + 1} align="right">
                  {total ? formatNumber(total) : ''}
                </Table.Summary.Cell>
              ))}
              <Table.Summary.Cell index={13} align="right">
                <Typography.Text strong>{formatNumber(totals.reduce((a, b) => a + b, 0))}</Typography.Text>
              </Table.Summary.Cell>
            </Table.Summary.Row>
          ) : null
        }
      />
    </>
  );
}
