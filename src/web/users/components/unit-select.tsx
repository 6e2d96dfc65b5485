import { useMemo, useState } from 'react';
import { Flex, Select, Spin, Typography } from 'antd';
import { UNIT_KIND_LABELS } from '../../../domain/org/constants.ts';
import { useDebouncedValue } from '../../lib/use-debounced-value.ts';
import { useT } from '../../lib/i18n.ts';
import { useSearchUnits } from '../api/search-units.ts';
import { usersText } from '../messages.ts';
import type { UnitOption } from '../types.ts';

interface UnitSelectProps {
  id?: string;
  value?: string;
  onChange?: (value: string | undefined) => void;
  /** The unit already chosen (an edited user's), so its name shows before any search. */
  initialUnit?: UnitOption;
  placeholder?: string;
  allowClear?: boolean;
  style?: React.CSSProperties;
  'aria-label'?: string;
}

interface Option {
  value: string;
  label: string;
  unit: UnitOption;
}

function toOption(unit: UnitOption): Option {
  return { value: unit.id, label: unit.name, unit };
}

/** A searchable unit picker: typing asks the server, which ignores case and diacritics. */
export function UnitSelect({ initialUnit, placeholder, ...props }: UnitSelectProps) {
  const t = useT();
  const [isOpen, setIsOpen] = useState(false);
  const [searchText, setSearchText] = useState('');
  const q = useDebouncedValue(searchText.trim(), 300);
  const unitsQuery = useSearchUnits(q, isOpen || q.length > 0);
  const [chosen, setChosen] = useState<UnitOption | undefined>(initialUnit);

  const options = useMemo(() => {
    const found = (unitsQuery.data ?? []).map(toOption);
    const selected = chosen ?? initialUnit;
    // Keep the chosen unit among the options, or the select would show its bare id.
    if (selected && selected.id === props.value && !found.some((option) => option.value === selected.id)) {
      return [toOption(selected), ...found];
    }
    return found;
  }, [unitsQuery.data, chosen, initialUnit, props.value]);

  return (
    <Select<string, Option>
      {...props}
      placeholder={placeholder ?? t(usersText.unitPlaceholder)}
      options={options}
      showSearch={{ filterOption: false, onSearch: setSearchText }}
      onOpenChange={setIsOpen}
      onChange={(value, option) => {
        setChosen(option && !Array.isArray(option) ? option.unit : undefined);
        setSearchText('');
        props.onChange?.(value);
      }}
      notFoundContent={unitsQuery.isFetching ? <Spin size="small" /> : t(usersText.noUnitFound)}
      optionRender={(option) => (
        <Flex justify="space-between" gap={8}>
          <Typography.Text ellipsis>{option.data.unit.name}</Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12, flex: 'none' }}>
            {option.data.unit.kind ? `${t(UNIT_KIND_LABELS[option.data.unit.kind])} · ` : ''}
            {option.data.unit.code}
          </Typography.Text>
        </Flex>
      )}
      popupMatchSelectWidth={false}
      styles={{ popup: { root: { minWidth: 360 } } }}
    />
  );
}
