import {
  CheckCircleOutlined,
  ClusterOutlined,
  ExclamationCircleOutlined,
  MinusCircleOutlined,
} from '@ant-design/icons';
import { Tag } from 'antd';
import { formatNumber } from '../../lib/format.ts';
import { useT } from '../../lib/i18n.ts';
import { reviewText } from '../messages.ts';
import type { Resolution } from '../utils/review-tree.ts';

/** Green for a matched unit, blue for a group, red for a name still to settle, grey for one skipped. */
export function ResolutionTag({ resolution }: { resolution: Resolution }) {
  const t = useT();
  const style = { marginInlineEnd: 0, whiteSpace: 'normal' } as const;
  switch (resolution.kind) {
    case 'unit':
      return (
        <Tag color="success" icon={<CheckCircleOutlined />} style={style}>
          {t(reviewText.matched, { name: resolution.unit.name })}
        </Tag>
      );
    case 'group':
      return (
        <Tag color="processing" icon={<ClusterOutlined />} style={style}>
          {t(reviewText.group, { name: resolution.groupName, count: formatNumber(resolution.memberCount) })}
        </Tag>
      );
    case 'unmatched':
      return (
        <Tag color="error" icon={<ExclamationCircleOutlined />} style={style}>
          {t(reviewText.unmatched)}
        </Tag>
      );
    case 'skipped':
      return (
        <Tag color="default" icon={<MinusCircleOutlined />} style={style}>
          {t(reviewText.skipped)}
        </Tag>
      );
  }
}
