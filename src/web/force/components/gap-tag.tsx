import { Tag, Tooltip } from 'antd';
import type { Village } from '../../../domain/force/force-api.schemas.ts';
import { formatNumber } from '../../lib/format.ts';
import { useT } from '../../lib/i18n.ts';
import { forceText } from '../messages.ts';

/** A village's members in post against the rules: red when short, orange when over, green when complete. */
export function GapTag({ gap }: { gap: Village['gap'] }) {
  const t = useT();
  if (gap.status === 'short')
    return <Tag color="error">{t(forceText.short, { count: formatNumber(gap.shortfall) })}</Tag>;
  if (gap.status === 'over')
    return <Tag color="warning">{t(forceText.over, { count: formatNumber(gap.excess) })}</Tag>;
  if (gap.status === 'ok') return <Tag color="success">{t(forceText.enough)}</Tag>;
  return (
    <Tooltip title={t(forceText.noRuleSet)}>
      <Tag>{t(forceText.unknown)}</Tag>
    </Tooltip>
  );
}
