import { InputNumber } from 'antd';
import type { Indicator } from '../../../domain/reports/reports.schemas.ts';

interface IndicatorInputProps {
  id?: string;
  kind: Indicator['kind'];
  unitLabel: string;
  value?: number | null;
  onChange?: (value: number | null) => void;
}

const withThousands = (value: number | string | undefined) =>
  value === undefined || value === '' ? '' : String(value).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
const withoutThousands = (text: string | undefined) => Number((text ?? '').replace(/[^\d]/g, '') || 0);

/** One figure: VND with "." thousands separators (Vietnamese), percentages up to 100. */
export function IndicatorInput({ id, kind, unitLabel, value, onChange }: IndicatorInputProps) {
  return (
    <InputNumber<number>
      id={id}
      min={0}
      max={kind === 'percent' ? 100 : 1e15}
      precision={kind === 'percent' ? 2 : 0}
      value={value ?? null}
      onChange={(next) => onChange?.(next)}
      formatter={kind === 'vnd' || kind === 'count' ? withThousands : undefined}
      parser={kind === 'vnd' || kind === 'count' ? withoutThousands : undefined}
      suffix={unitLabel}
      style={{ width: 280 }}
    />
  );
}
