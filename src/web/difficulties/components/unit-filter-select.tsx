import { useState } from 'react';
import { Flex, Select, Spin, Typography } from 'antd';
import { UNIT_KIND_LABELS } from '../../../domain/org/constants.ts';
import type { Unit } from '../../../domain/org/org.schemas.ts';
import { useT } from '../../lib/i18n.ts';
import { useDebouncedValue } from '../../lib/use-debounced-value.ts';
import { useUnitOptions } from '../api/filter-options.ts';
import { difficultiesText } from '../messages.ts';

interface Option {
  value: string;
  label: string;
  unit: Pick<Unit, 'id' | 'code' | 'name' | 'kind'>;
}

interface UnitFilterSelectProps {
  value: string | undefined;
  onChange: (unitId: string | undefined) => void;
}

/** A searchable unit filter: typing asks the server, which ignores case and diacritics. */
export function UnitFilterSelect({ value, onChange }: UnitFilterSelectProps) {
  const t = useT();
  const [isOpen, setIsOpen] = useState(false);
  const [searchText, setSearchText] = useState('');
  const q = useDebouncedValue(searchText.trim(), 300);
  const unitsQuery = useUnitOptions(q, isOpen || q.length > 0);
  const [chosen, setChosen] = useState<Option | undefined>(undefined);
  const found: Option[] = (unitsQuery.data ?? []).map((unit) => ({ value: unit.id, label: unit.name, unit }));
  // Keep the chosen unit among the options, or the select would show its bare id.
  const options =
    chosen && chosen.value === value && !found.some((o) => o.value === chosen.value)
      ? [chosen, ...found]
      : found;
  return (
    <Select<string, Option>
      allowClear
      aria-label={t(difficultiesText.unit)}
      placeholder={t(difficultiesText.unitPlaceholder)}
      value={value}
      options={options}
      showSearch={{ filterOption: false, onSearch: setSearchText }}
      onOpenChange={setIsOpen}
      onChange={(next, option) => {
        setChosen(option && !Array.isArray(option) ? option : undefined);
        setSearchText('');
        onChange(next);
      }}
      notFoundContent={unitsQuery.isFetching ? <Spin size="small" /> : t(difficultiesText.noUnitFound)}
      optionRender={(option) => (
        <Flex justify="space-between" gap={8}>
          <Typography.Text ellipsis>{option.data.unit.name}</Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12, flex: 'none' }}>
            {t(UNIT_KIND_LABELS[option.data.unit.kind])} · {option.data.unit.code}
          </Typography.Text>
        </Flex>
      )}
      style={{ width: 240 }}
      popupMatchSelectWidth={false}
      styles={{ popup: { root: { minWidth: 340 } } }}
    />
  );
}
