import { useState } from 'react';
import { Select, Spin } from 'antd';
import { useDebouncedValue } from '../../lib/use-debounced-value.ts';
import { useT } from '../../lib/i18n.ts';
import { useTaskOptions } from '../api/list-task-options.ts';
import { useUnitSearch } from '../api/search-units.ts';
import { eventsText } from '../messages.ts';

interface PickerProps {
  id?: string;
  value?: string | null;
  onChange?: (value: string | undefined) => void;
  placeholder?: string;
  style?: React.CSSProperties;
  'aria-label'?: string;
}

/** A linked task as lists show it: "1.1 · 71/KH-UBND". */
export const taskCodeLabel = (task: { code: string; planNumber: string | null } | null) =>
  task ? `${task.code}${task.planNumber ? ` · ${task.planNumber}` : ''}` : '—';

/** A task of the plans the user sees, by code and title ("1.1 Tổ chức quán triệt … · 71/KH-UBND"). */
export function TaskSelect({ value, onChange, placeholder, ...props }: PickerProps) {
  const t = useT();
  const tasksQuery = useTaskOptions();
  return (
    <Select<string>
      {...props}
      allowClear
      showSearch={{ optionFilterProp: 'label' }}
      loading={tasksQuery.isPending}
      value={value ?? undefined}
      onChange={(next) => onChange?.(next)}
      placeholder={placeholder ?? t(eventsText.taskPlaceholder)}
      options={(tasksQuery.data ?? []).map((task) => ({
        value: task.id,
        label: `${task.code} ${task.title}${task.planNumber ? ` · ${task.planNumber}` : ''}`,
      }))}
      popupMatchSelectWidth={false}
      styles={{ popup: { root: { maxWidth: 640 } } }}
    />
  );
}

/** A unit, searched on the server (case and diacritics ignored); the server keeps it within the user's scope. */
export function UnitPicker({
  value,
  onChange,
  placeholder,
  initialName,
  ...props
}: PickerProps & { initialName?: string }) {
  const [search, setSearch] = useState('');
  const [isOpen, setIsOpen] = useState(false);
  const q = useDebouncedValue(search.trim(), 300);
  const unitsQuery = useUnitSearch(q, isOpen || q.length > 0);
  const options = (unitsQuery.data ?? []).map((unit) => ({ value: unit.id, label: unit.name }));
  if (value && initialName && !options.some((option) => option.value === value))
    options.unshift({ value, label: initialName });
  return (
    <Select<string>
      {...props}
      allowClear
      value={value ?? undefined}
      placeholder={placeholder}
      options={options}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      onOpenChange={setIsOpen}
      onChange={(next) => {
        setSearch('');
        onChange?.(next);
      }}
      notFoundContent={unitsQuery.isFetching ? <Spin size="small" /> : null}
      popupMatchSelectWidth={false}
    />
  );
}
