import { Tag } from 'antd';
import { useT } from '../../lib/i18n.ts';
import { statusText } from '../messages.ts';
import type { PayrollStatus } from '../types.ts';

const COLORS: Record<PayrollStatus | 'none', string> = {
  none: 'default',
  draft: 'default',
  submitted: 'processing',
  approved: 'success',
  paid: 'green',
};

export function PayrollStatusTag({ status }: { status: PayrollStatus | 'none' | null | undefined }) {
  const t = useT();
  const key = status ?? 'none';
  return <Tag color={COLORS[key]}>{t(statusText[key])}</Tag>;
}
