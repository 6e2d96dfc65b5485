import { useState } from 'react';
import { Flex, Select, Spin, Typography } from 'antd';
import { UNIT_KIND_LABELS } from '../../domain/org/constants.ts';
import type { Unit } from '../../domain/org/org.schemas.ts';
import { useT, type Text } from '../lib/i18n.ts';
import { useUnitOptions, type UnitChoice, type UnitSource } from '../lib/option-queries.ts';
import { useDebouncedValue } from '../lib/use-debounced-value.ts';

const NO_UNIT_FOUND = { vi: 'Không tìm thấy đơn vị', en: 'No unit found' };

export type KnownUnit = UnitChoice;

interface Option {
  value: string;
  label: string;
  unit: KnownUnit;
}

export interface UnitSelectProps {
  /** Given by Form.Item when the select sits in a form (ties the label to it). */
  id?: string;
  value?: string;
  onChange?: (unitId: string | undefined) => void;
  /** A unit already chosen (an edited record's), shown by name before any search. */
  known?: KnownUnit;
  /** Only units of this kind. */
  kind?: Unit['kind'];
  /** Where to search: every unit unless a feature narrows the choice (e.g. to the user's scope). */
  source?: UnitSource;
  /** Said when the search finds nothing; "No unit found" unless the source narrows the choice. */
  notFoundText?: Text;
  placeholder: string;
  ariaLabel?: string;
  width?: number | string;
  disabled?: boolean;
  allowClear?: boolean;
}

const toOption = (unit: KnownUnit): Option => ({ value: unit.id, label: unit.name, unit });

/** A searchable unit picker: typing asks the server, which ignores case and diacritics. */
export function UnitSelect(props: UnitSelectProps) {
  const t = useT();
  const [isOpen, setIsOpen] = useState(false);
  const [searchText, setSearchText] = useState('');
  const q = useDebouncedValue(searchText.trim(), 300);
  const unitsQuery = useUnitOptions(q, isOpen || q.length > 0, props.kind, props.source);
  const [chosen, setChosen] = useState<KnownUnit | undefined>(undefined);
  const found = (unitsQuery.data ?? []).map(toOption);
  const selected = chosen ?? props.known;
  // Keep the chosen unit among the options, or the select would show its bare id.
  const options =
    selected && selected.id === props.value && !found.some((o) => o.value === selected.id)
      ? [toOption(selected), ...found]
      : found;
  return (
    <Select<string, Option>
      id={props.id}
      allowClear={props.allowClear ?? true}
      disabled={props.disabled}
      aria-label={props.ariaLabel}
      placeholder={props.placeholder}
      value={props.value}
      options={options}
      showSearch={{ filterOption: false, onSearch: setSearchText }}
      onOpenChange={setIsOpen}
      onChange={(next, option) => {
        setChosen(option && !Array.isArray(option) ? option.unit : undefined);
        setSearchText('');
        props.onChange?.(next);
      }}
      notFoundContent={unitsQuery.isFetching ? <Spin size="small" /> : t(props.notFoundText ?? NO_UNIT_FOUND)}
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
