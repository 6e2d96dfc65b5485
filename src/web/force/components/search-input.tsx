import { useEffect, useState } from 'react';
import { Input } from 'antd';
import { useDebouncedValue } from '../../lib/use-debounced-value.ts';

interface SearchInputProps {
  value: string | undefined;
  onChange: (value: string | undefined) => void;
  placeholder: string;
  width?: number;
}

/** A search box that calls the API on the settled text, not on every key. */
export function SearchInput({ value, onChange, placeholder, width = 280 }: SearchInputProps) {
  const [text, setText] = useState(value ?? '');
  const settled = useDebouncedValue(text.trim(), 350);
  useEffect(() => {
    if ((value ?? '') !== settled) onChange(settled || undefined);
    // Only the settled text should trigger this.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [settled]);
  // A filter reset from outside clears the box (state adjusted while rendering, not in an effect).
  const [previousValue, setPreviousValue] = useState(value);
  if (value !== previousValue) {
    setPreviousValue(value);
    if (value === undefined) setText('');
  }
  return (
    <Input.Search
      allowClear
      aria-label={placeholder}
      placeholder={placeholder}
      value={text}
      onChange={(event) => setText(event.target.value)}
      onSearch={(next) => onChange(next.trim() || undefined)}
      style={{ width }}
    />
  );
}
