import {
  BankOutlined,
  ClusterOutlined,
  EnvironmentOutlined,
  HomeOutlined,
  SolutionOutlined,
} from '@ant-design/icons';
import { Tag } from 'antd';
import type { ReactNode } from 'react';
import { UNIT_KIND_LABELS, type UnitKind } from '../../domain/org/constants.ts';
import { useT } from '../lib/i18n.ts';

export const UNIT_KIND_COLORS: Record<UnitKind, string> = {
  province: 'red',
  district: 'volcano',
  commune: 'blue',
  village: 'green',
  agency: 'purple',
};

export const UNIT_KIND_ICONS: Record<UnitKind, ReactNode> = {
  province: <BankOutlined />,
  district: <ClusterOutlined />,
  commune: <HomeOutlined />,
  village: <EnvironmentOutlined />,
  agency: <SolutionOutlined />,
};

export function UnitKindTag({ kind }: { kind: UnitKind }) {
  const t = useT();
  return (
    <Tag color={UNIT_KIND_COLORS[kind]} icon={UNIT_KIND_ICONS[kind]} style={{ marginInlineEnd: 0 }}>
      {t(UNIT_KIND_LABELS[kind])}
    </Tag>
  );
}
