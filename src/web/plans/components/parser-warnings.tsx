import { WarningOutlined } from '@ant-design/icons';
import { Collapse, Typography } from 'antd';
import { formatNumber } from '../../lib/format.ts';
import { useT } from '../../lib/i18n.ts';
import { reviewText } from '../messages.ts';

/** What the parser was unsure of, folded: each names where in the text to look. */
export function ParserWarnings({ warnings }: { warnings: string[] }) {
  const t = useT();
  if (warnings.length === 0) return null;
  return (
    <Collapse
      size="small"
      className="plan-review__warnings"
      items={[
        {
          key: 'warnings',
          label: (
            <Typography.Text>
              <WarningOutlined style={{ color: '#d48806', marginRight: 8 }} />
              {t(reviewText.warnings, { count: formatNumber(warnings.length) })}
            </Typography.Text>
          ),
          children: (
            <ul className="plan-review__warning-list">
              {warnings.map((warning, index) => (
                <li key={index}>{warning}</li>
              ))}
            </ul>
          ),
        },
      ]}
    />
  );
}
