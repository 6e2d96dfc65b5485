import { vietnamToday } from '../../../domain/common/dates.ts';
import {
  Alert,
  Button,
  Descriptions,
  Empty,
  Flex,
  Skeleton,
  Table,
  Tag,
  Typography,
  type TableColumnsType,
} from 'antd';
import type { Unit, UnitDetail } from '../../../domain/org/org.schemas.ts';
import { UnitKindTag } from '../../components/unit-kind-tag.tsx';
import { formatDate } from '../../lib/format.ts';
import { useT } from '../../lib/i18n.ts';
import { useUnit } from '../api/get-unit.ts';
import { useUnitChildren } from '../api/get-unit-children.ts';
import { AGENCY_CATEGORY_LABELS, orgText } from '../messages.ts';
import { UnitSuccessionList } from './unit-succession-list.tsx';

interface UnitDetailPanelProps {
  unitId: string | undefined;
  onSelect: (unitId: string) => void;
}

export function UnitDetailPanel({ unitId, onSelect }: UnitDetailPanelProps) {
  const t = useT();
  const unitQuery = useUnit(unitId);

  if (!unitId) {
    return (
      <Empty
        image={Empty.PRESENTED_IMAGE_SIMPLE}
        description={t(orgText.selectHint)}
        style={{ padding: 48 }}
      />
    );
  }
  if (unitQuery.isPending) return <Skeleton active paragraph={{ rows: 7 }} />;
  if (unitQuery.isError)
    return (
      <Alert type="error" showIcon title={t(orgText.loadFailed)} description={unitQuery.error.message} />
    );
  return <UnitDetailContent unit={unitQuery.data} onSelect={onSelect} />;
}

function UnitDetailContent({ unit, onSelect }: { unit: UnitDetail; onSelect: (unitId: string) => void }) {
  const t = useT();
  const isEnded = Boolean(unit.validTo && unit.validTo <= vietnamToday());
  return (
    <Flex vertical gap={20}>
      <div>
        <Flex align="center" gap={8} wrap>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {unit.name}
          </Typography.Title>
          <UnitKindTag kind={unit.kind} />
          {isEnded ? (
            <Tag color="default">{t(orgText.ended)}</Tag>
          ) : (
            <Tag color="success">{t(orgText.inForce)}</Tag>
          )}
        </Flex>
      </div>
      <Descriptions
        bordered
        size="small"
        column={1}
        styles={{ label: { width: 180 } }}
        items={[
          { key: 'name', label: t(orgText.name), children: unit.name },
          {
            key: 'code',
            label: t(orgText.code),
            children: <Typography.Text copyable>{unit.code}</Typography.Text>,
          },
          { key: 'kind', label: t(orgText.kind), children: <UnitKindTag kind={unit.kind} /> },
          ...(unit.category
            ? [
                {
                  key: 'category',
                  label: t(orgText.category),
                  children: t(AGENCY_CATEGORY_LABELS[unit.category]),
                },
              ]
            : []),
          {
            key: 'parent',
            label: t(orgText.parent),
            children: unit.parent ? (
              <Button
                type="link"
                size="small"
                style={{ padding: 0 }}
                onClick={() => unit.parent && onSelect(unit.parent.id)}
              >
                {unit.parent.name}
              </Button>
            ) : (
              <Typography.Text type="secondary">{t(orgText.topLevel)}</Typography.Text>
            ),
          },
          {
            key: 'validFrom',
            label: t(orgText.validFrom),
            children: formatDate(unit.validFrom) || t(orgText.notRecorded),
          },
          {
            key: 'validTo',
            label: t(orgText.validTo),
            children: formatDate(unit.validTo) || t(orgText.inForce),
          },
        ]}
      />
      {unit.predecessors.length > 0 ? (
        <UnitSuccessionList title={t(orgText.predecessors)} units={unit.predecessors} onSelect={onSelect} />
      ) : null}
      {unit.successors.length > 0 ? (
        <UnitSuccessionList title={t(orgText.successors)} units={unit.successors} onSelect={onSelect} />
      ) : null}
      {unit.hasChildren ? <UnitChildrenTable unitId={unit.id} onSelect={onSelect} /> : null}
    </Flex>
  );
}

function UnitChildrenTable({ unitId, onSelect }: { unitId: string; onSelect: (unitId: string) => void }) {
  const t = useT();
  const childrenQuery = useUnitChildren(unitId);
  const columns: TableColumnsType<Unit> = [
    {
      title: t(orgText.name),
      dataIndex: 'name',
      render: (name: string, child) => (
        <Button
          type="link"
          size="small"
          style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'start' }}
          onClick={() => onSelect(child.id)}
        >
          {name}
        </Button>
      ),
    },
    {
      title: t(orgText.kind),
      dataIndex: 'kind',
      width: 190,
      render: (_kind, child) => <UnitKindTag kind={child.kind} />,
    },
    { title: t(orgText.code), dataIndex: 'code', width: 110 },
  ];
  return (
    <div>
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        {t(orgText.children, { count: childrenQuery.data?.length ?? '…' })}
      </Typography.Title>
      <Table<Unit>
        size="small"
        rowKey="id"
        columns={columns}
        dataSource={childrenQuery.data ?? []}
        loading={childrenQuery.isPending}
        locale={{ emptyText: t(orgText.noChildren) }}
        pagination={{ pageSize: 10, showSizeChanger: false, size: 'small', hideOnSinglePage: true }}
      />
    </div>
  );
}
