import { Table, Typography, type TableColumnsType } from 'antd';
import { Link } from 'react-router';
import type { Overview } from '../../../domain/force/force-api.schemas.ts';
import { formatNumber } from '../../lib/format.ts';
import { useT } from '../../lib/i18n.ts';
import { overviewText } from '../overview-messages.ts';
import { communeParams } from './commune-from-params.ts';

type Row = Overview['communes'][number] & { children?: Row[] };

type CountKey =
  | 'villages'
  | 'teams'
  | 'members'
  | 'trained'
  | 'requiredTeams'
  | 'requiredMembers'
  | 'shortfall'
  | 'villagesShort'
  | 'villagesWithoutTeam';

const number = (value: number) => formatNumber(Math.round(value * 10) / 10);

/** Totals by district, each opening onto its communes (or by commune where there are no districts). */
export function OverviewTable({ overview }: { overview: Overview }) {
  const t = useT();
  const rows: Row[] =
    overview.districts.length > 0
      ? overview.districts.map(({ communes, ...district }) => ({
          ...district,
          children: communes.length > 0 ? communes : undefined,
        }))
      : overview.communes;
  const count = (key: CountKey, title: string, width = 90) => ({
    title,
    key,
    width,
    align: 'right' as const,
    sorter: (a: Row, b: Row) => a[key] - b[key],
    render: (_value: unknown, row: Row) => number(row[key]),
  });

  const columns: TableColumnsType<Row> = [
    {
      title: t(overviewText.unit),
      key: 'unit',
      fixed: 'left',
      width: 240,
      sorter: (a, b) => a.unit.name.localeCompare(b.unit.name, 'vi'),
      render: (_value, row) =>
        row.kind === 'commune' ? (
          <Link
            to={`/force/villages?${communeParams(row.unit)}`}
            aria-label={t(overviewText.openVillages, { name: row.unit.name })}
          >
            {row.unit.name}
          </Link>
        ) : (
          <Typography.Text strong>{row.unit.name}</Typography.Text>
        ),
    },
    count('villages', t(overviewText.villages), 90),
    count('teams', t(overviewText.teams), 80),
    {
      title: t(overviewText.members),
      children: [
        count('members', t(overviewText.total), 80),
        {
          title: t(overviewText.roleTT),
          key: 'tt',
          width: 80,
          align: 'right',
          render: (_v, row) => number(row.byRole.to_truong),
        },
        {
          title: t(overviewText.roleTP),
          key: 'tp',
          width: 70,
          align: 'right',
          render: (_v, row) => number(row.byRole.to_pho),
        },
        {
          title: t(overviewText.roleTV),
          key: 'tv',
          width: 70,
          align: 'right',
          render: (_v, row) => number(row.byRole.to_vien),
        },
      ],
    },
    {
      title: t(overviewText.origin),
      children: [
        {
          title: t(overviewText.originBVDP),
          key: 'bvdp',
          width: 90,
          align: 'right',
          render: (_v, row) => number(row.byOrigin.bao_ve_dan_pho),
        },
        {
          title: t(overviewText.originCAX),
          key: 'cax',
          width: 110,
          align: 'right',
          render: (_v, row) => number(row.byOrigin.cong_an_xa_ban_chuyen_trach),
        },
        {
          title: t(overviewText.originDP),
          key: 'dp',
          width: 90,
          align: 'right',
          render: (_v, row) => number(row.byOrigin.dan_phong),
        },
        {
          title: t(overviewText.originNew),
          key: 'new',
          width: 80,
          align: 'right',
          render: (_v, row) => number(row.byOrigin.new),
        },
      ],
    },
    count('trained', t(overviewText.trained), 100),
    count('requiredTeams', t(overviewText.requiredTeams), 90),
    count('requiredMembers', t(overviewText.requiredMembers), 110),
    {
      ...count('shortfall', t(overviewText.shortfall), 90),
      onCell: (row: Row) => ({
        style: row.shortfall > 0 ? { background: '#fff1f0', color: '#cf1322', fontWeight: 600 } : {},
      }),
    },
    {
      ...count('villagesShort', t(overviewText.villagesShort), 100),
      onCell: (row: Row) => ({ style: row.villagesShort > 0 ? { color: '#cf1322' } : {} }),
    },
    {
      ...count('villagesWithoutTeam', t(overviewText.villagesWithoutTeam), 110),
      onCell: (row: Row) => ({ style: row.villagesWithoutTeam > 0 ? { color: '#cf1322' } : {} }),
    },
  ];

  return (
    <Table<Row>
      rowKey={(row) => row.unit.id}
      size="small"
      bordered
      columns={columns}
      dataSource={rows}
      pagination={rows.length > 50 ? { pageSize: 50, showSizeChanger: true } : false}
      scroll={{ x: 1700 }}
      locale={{ emptyText: t(overviewText.noRows) }}
      expandable={{ defaultExpandAllRows: overview.districts.length <= 3 }}
    />
  );
}
