import { useMemo, useState } from 'react';
import { useQueries, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Empty, Flex, Skeleton, Tree, Typography } from 'antd';
import type { Unit } from '../../../domain/org/org.schemas.ts';
import { UNIT_KIND_ICONS } from '../../components/unit-kind-tag.tsx';
import { useT } from '../../lib/i18n.ts';
import { unitChildrenQueryOptions } from '../api/get-unit-children.ts';
import { useRootUnits } from '../api/get-root-units.ts';
import { orgText } from '../messages.ts';

interface UnitNode {
  key: string;
  title: string;
  isLeaf: boolean;
  unit: Unit;
  children?: UnitNode[];
}

function buildNodes(units: Unit[], childrenById: Record<string, Unit[]>): UnitNode[] {
  return units.map((unit) => {
    const children = childrenById[unit.id];
    return {
      key: unit.id,
      title: unit.name,
      isLeaf: !unit.hasChildren,
      unit,
      children: children ? buildNodes(children, childrenById) : undefined,
    };
  });
}

interface UnitTreeProps {
  selectedId: string | undefined;
  onSelect: (unitId: string) => void;
  height: number;
}

/** The unit tree; a node's children are fetched the first time it is opened. */
export function UnitTree({ selectedId, onSelect, height }: UnitTreeProps) {
  const t = useT();
  const queryClient = useQueryClient();
  const rootsQuery = useRootUnits();
  // null until the user opens or closes a node: until then one province at the top (the usual case)
  // starts open, so the user lands on its districts and agencies.
  const [expandedIds, setExpandedIds] = useState<string[] | null>(null);
  const [loadedIds, setLoadedIds] = useState<string[] | null>(null);
  const roots = rootsQuery.data;
  const [onlyRoot] = roots?.length === 1 ? roots : [];
  const openAtStart = onlyRoot?.hasChildren ? [onlyRoot.id] : [];
  const expanded = expandedIds ?? openAtStart;
  const loaded = loadedIds ?? openAtStart;

  const childrenById = useQueries({
    queries: loaded.map((unitId) => unitChildrenQueryOptions(unitId)),
    combine: (results) => {
      const byId: Record<string, Unit[]> = {};
      results.forEach((result, index) => {
        const unitId = loaded[index];
        if (unitId && result.data) byId[unitId] = result.data;
      });
      return byId;
    },
  });

  const loadChildren = async (unitId: string) => {
    await queryClient.fetchQuery(unitChildrenQueryOptions(unitId));
    setLoadedIds((previous) => {
      const current = previous ?? openAtStart;
      return current.includes(unitId) ? current : [...current, unitId];
    });
  };

  const treeData = useMemo(() => buildNodes(roots ?? [], childrenById), [roots, childrenById]);

  if (rootsQuery.isPending) return <Skeleton active paragraph={{ rows: 8 }} />;
  if (rootsQuery.isError) {
    return (
      <Alert
        type="error"
        showIcon
        title={t(orgText.loadFailed)}
        description={rootsQuery.error.message}
        action={
          <Button size="small" onClick={() => void rootsQuery.refetch()}>
            {t(orgText.retry)}
          </Button>
        }
      />
    );
  }
  if (treeData.length === 0) return <Empty description={t(orgText.noUnits)} />;

  return (
    <Tree<UnitNode>
      blockNode
      showLine
      height={height}
      treeData={treeData}
      expandedKeys={expanded}
      loadedKeys={Object.keys(childrenById)}
      selectedKeys={selectedId ? [selectedId] : []}
      onExpand={(keys) => setExpandedIds(keys.map(String))}
      loadData={(node) => loadChildren(node.key)}
      onSelect={(_keys, info) => onSelect(info.node.key)}
      titleRender={(node) => (
        <Flex align="center" gap={6} style={{ minWidth: 0 }}>
          <span aria-hidden="true" style={{ color: '#5b6b82' }}>
            {UNIT_KIND_ICONS[node.unit.kind]}
          </span>
          <Typography.Text ellipsis style={{ minWidth: 0 }}>
            {node.unit.name}
          </Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12, flex: 'none' }}>
            {node.unit.code}
          </Typography.Text>
        </Flex>
      )}
    />
  );
}
