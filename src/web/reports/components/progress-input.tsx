import { Flex, InputNumber, Slider } from 'antd';

interface ProgressInputProps {
  id?: string;
  value?: number;
  onChange?: (value: number) => void;
  disabled?: boolean;
}

/** A percentage typed or dragged: the number box carries the label (its `id`), the slider follows it. */
export function ProgressInput({ id, value, onChange, disabled }: ProgressInputProps) {
  const handleChange = (next: number | null) => onChange?.(Math.round(next ?? 0));
  return (
    <Flex gap={16} align="center">
      <InputNumber<number>
        id={id}
        min={0}
        max={100}
        precision={0}
        value={value}
        onChange={handleChange}
        disabled={disabled}
        suffix="%"
        style={{ width: 110 }}
      />
      <Slider
        min={0}
        max={100}
        value={value ?? 0}
        onChange={handleChange}
        disabled={disabled}
        style={{ flex: 1, maxWidth: 420 }}
        aria-hidden
        tabIndex={-1}
      />
    </Flex>
  );
}
