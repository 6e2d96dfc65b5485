import { Alert, Button, Table, Typography, type TableColumnsType } from 'antd';
import type { UnitKind } from '../../../domain/org/constants.ts';
import type { Unit } from '../../../domain/org/org.schemas.ts';
import { UnitKindTag } from '../../components/unit-kind-tag.tsx';
import { formatNumber } from '../../lib/format.ts';
import { useT } from '../../lib/i18n.ts';
import { useSearchUnits } from '../api/search-units.ts';
import { orgText } from '../messages.ts';

interface UnitSearchResultsProps {
  q: string;
  kind: UnitKind | undefined;
  page: number;
  onPageChange: (page: number) => void;
  selectedId: string | undefined;
  onSelect: (unitId: string) => void;
}

const PAGE_SIZE = 20;

export function UnitSearchResults({
  q,
  kind,
  page,
  onPageChange,
  selectedId,
  onSelect,
}: UnitSearchResultsProps) {
  const t = useT();
  const searchQuery = useSearchUnits({ q, kind, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE });

  const columns: TableColumnsType<Unit> = [
    {
      title: t(orgText.name),
      dataIndex: 'name',
      render: (name: string, unit) => (
        <Button
          type="link"
          size="small"
          style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'start' }}
          onClick={() => onSelect(unit.id)}
        >
          {name}
        </Button>
      ),
    },
    {
      title: t(orgText.kind),
      dataIndex: 'kind',
      width: 170,
      render: (value: UnitKind) => <UnitKindTag kind={value} />,
    },
    { title: t(orgText.code), dataIndex: 'code', width: 110 },
  ];

  if (searchQuery.isError) return <Alert type="error" showIcon title={searchQuery.error.message} />;

  const total = searchQuery.data?.total ?? 0;
  return (
    <>
      <Typography.Text type="secondary" style={{ display: 'block', marginBottom: 8 }}>
        {searchQuery.data ? t(orgText.found, { total: formatNumber(total) }) : '\u00a0'}
      </Typography.Text>
      <Table<Unit>
        size="small"
        rowKey="id"
        columns={columns}
        dataSource={searchQuery.data?.items ?? []}
        loading={searchQuery.isFetching}
        locale={{ emptyText: t(orgText.noResults) }}
        rowClassName={(unit) => (unit.id === selectedId ? 'ant-table-row-selected' : '')}
        onRow={(unit) => ({ onClick: () => onSelect(unit.id), style: { cursor: 'pointer' } })}
        pagination={{
          current: page,
          pageSize: PAGE_SIZE,
          total,
          showSizeChanger: false,
          size: 'small',
          onChange: onPageChange,
          hideOnSinglePage: true,
        }}
      />
    </>
  );
}
