import { DatePicker } from 'antd';
import { useT } from '../../lib/i18n.ts';
import { MONTH_FORMAT, monthToDayjs } from '../format.ts';
import { payrollText } from '../messages.ts';

interface MonthPickerProps {
  value: string | undefined;
  onChange: (month: string | undefined) => void;
  allowClear?: boolean;
  'aria-label'?: string;
}

/** A month as "MM/YYYY" on screen, "YYYY-MM" for the API. */
export function MonthPicker({ value, onChange, allowClear = false, ...props }: MonthPickerProps) {
  const t = useT();
  return (
    <DatePicker
      picker="month"
      format={MONTH_FORMAT}
      aria-label={props['aria-label'] ?? t(payrollText.month)}
      placeholder={t(payrollText.monthPlaceholder)}
      allowClear={allowClear}
      value={monthToDayjs(value)}
      onChange={(date) => onChange(date ? date.format('YYYY-MM') : undefined)}
      style={{ width: 150 }}
    />
  );
}
