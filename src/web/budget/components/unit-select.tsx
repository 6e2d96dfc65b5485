import { useState } from 'react';
import { Flex, Select, Spin, Typography } from 'antd';
import { UNIT_KIND_LABELS } from '../../../domain/org/constants.ts';
import type { Unit } from '../../../domain/org/org.schemas.ts';
import { useT } from '../../lib/i18n.ts';
import { useDebouncedValue } from '../../lib/use-debounced-value.ts';
import { useUnitOptions } from '../api/options.ts';
import { budgetText } from '../messages.ts';

interface Option {
  value: string;
  label: string;
  unit: Pick<Unit, 'id' | 'code' | 'name'> & { kind?: Unit['kind'] };
}

interface UnitSelectProps {
  /** Given by the filter bar, or by Form.Item when the select sits in a form. */
  value?: string;
  onChange?: (unitId: string | undefined) => void;
  /** A unit already known (the entry's), shown by name before any search. */
  known?: Option['unit'];
  kind?: Unit['kind'];
  placeholder: string;
  ariaLabel: string;
  width?: number | string;
  disabled?: boolean;
  allowClear?: boolean;
}

/** A searchable unit picker: typing asks the server, which ignores case and diacritics. */
export function UnitSelect(props: UnitSelectProps) {
  const t = useT();
  const [isOpen, setIsOpen] = useState(false);
  const [searchText, setSearchText] = useState('');
  const q = useDebouncedValue(searchText.trim(), 300);
  const unitsQuery = useUnitOptions(q, isOpen || q.length > 0, props.kind);
  const [chosen, setChosen] = useState<Option | undefined>(
    props.known ? { value: props.known.id, label: props.known.name, unit: props.known } : undefined,
  );
  const found: Option[] = (unitsQuery.data ?? []).map((unit) => ({ value: unit.id, label: unit.name, unit }));
  const options =
    chosen && chosen.value === props.value && !found.some((o) => o.value === chosen.value)
      ? [chosen, ...found]
      : found;
  return (
    <Select<string, Option>
      allowClear={props.allowClear ?? true}
      disabled={props.disabled}
      aria-label={props.ariaLabel}
      placeholder={props.placeholder}
      value={props.value}
      options={options}
      showSearch={{ filterOption: false, onSearch: setSearchText }}
      onOpenChange={setIsOpen}
      onChange={(next, option) => {
        setChosen(option && !Array.isArray(option) ? option : undefined);
        setSearchText('');
        props.onChange?.(next);
      }}
      notFoundContent={unitsQuery.isFetching ? <Spin size="small" /> : t(budgetText.noUnitFound)}
      optionRender={(option) => (
        <Flex justify="space-between" gap={8}>
          <Typography.Text ellipsis>{option.data.unit.name}</Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12, flex: 'none' }}>
            {option.data.unit.kind ? `${t(UNIT_KIND_LABELS[option.data.unit.kind])} · ` : ''}
            {option.data.unit.code}
          </Typography.Text>
        </Flex>
      )}
      style={{ width: props.width ?? 240 }}
      popupMatchSelectWidth={false}
      styles={{ popup: { root: { minWidth: 340 } } }}
    />
  );
}
