import { useMemo, useState } from 'react';
import { Flex, Select, Spin, Typography } from 'antd';
import { UNIT_KIND_LABELS } from '../../../domain/org/constants.ts';
import { useT } from '../../lib/i18n.ts';
import { useDebouncedValue } from '../../lib/use-debounced-value.ts';
import { useUnitOptions } from '../api/search-unit-options.ts';
import { inspectionsText } from '../messages.ts';
import type { UnitOption } from '../types.ts';

interface UnitOptionSelectProps {
  id?: string;
  value?: string;
  onChange?: (value: string | undefined) => void;
  /** The unit already chosen, so that its name shows before any search. */
  initialUnit?: Pick<UnitOption, 'id' | 'code' | 'name'>;
  /** Only this unit and those under it (a follow-up's responsible unit). */
  withinUnitId?: string;
  allowClear?: boolean;
  disabled?: boolean;
  placeholder?: string;
  style?: React.CSSProperties;
  'aria-label'?: string;
}

const kindLabel = (kind: string) =>
  kind in UNIT_KIND_LABELS ? UNIT_KIND_LABELS[kind as keyof typeof UNIT_KIND_LABELS] : undefined;

/** A searchable picker of units in the user's scope; typing asks the server, which ignores diacritics. */
export function UnitOptionSelect({
  initialUnit,
  withinUnitId,
  placeholder,
  ...props
}: UnitOptionSelectProps) {
  const t = useT();
  const [isOpen, setIsOpen] = useState(false);
  const [searchText, setSearchText] = useState('');
  const q = useDebouncedValue(searchText.trim(), 300);
  const unitsQuery = useUnitOptions({ q, withinUnitId }, isOpen || q.length > 0);
  const [chosen, setChosen] = useState(initialUnit);

  const options = useMemo(() => {
    const found = (unitsQuery.data ?? []).map((unit) => ({ value: unit.id, label: unit.name, unit }));
    const selected = chosen ?? initialUnit;
    if (selected && selected.id === props.value && !found.some((option) => option.value === selected.id))
      return [{ value: selected.id, label: selected.name, unit: { ...selected, kind: '' } }, ...found];
    return found;
  }, [unitsQuery.data, chosen, initialUnit, props.value]);

  return (
    <Select
      {...props}
      placeholder={placeholder ?? t(inspectionsText.unitPlaceholder)}
      options={options}
      showSearch={{ filterOption: false, onSearch: setSearchText }}
      onOpenChange={setIsOpen}
      onChange={(value, option) => {
        setChosen(option && !Array.isArray(option) ? option.unit : undefined);
        setSearchText('');
        props.onChange?.(value);
      }}
      notFoundContent={unitsQuery.isFetching ? <Spin size="small" /> : t(inspectionsText.noUnitFound)}
      optionRender={(option) => {
        const kind = kindLabel(option.data.unit.kind);
        return (
          <Flex justify="space-between" gap={8}>
            <Typography.Text ellipsis>{option.data.unit.name}</Typography.Text>
            <Typography.Text type="secondary" style={{ fontSize: 12, flex: 'none' }}>
              {kind ? `${t(kind)} · ` : ''}
              {option.data.unit.code}
            </Typography.Text>
          </Flex>
        );
      }}
      popupMatchSelectWidth={false}
      styles={{ popup: { root: { minWidth: 360 } } }}
    />
  );
}
