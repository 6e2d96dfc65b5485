import { useMemo, useState } from 'react';
import { Flex, Select, Spin, Typography } from 'antd';
import { useT } from '../../lib/i18n.ts';
import { useDebouncedValue } from '../../lib/use-debounced-value.ts';
import { useSearchCommunes } from '../api/search-communes.ts';
import { payrollText } from '../messages.ts';
import type { UnitOption } from '../types.ts';

interface CommuneSelectProps {
  id?: string;
  value?: string;
  onChange?: (value: string | undefined, unit: UnitOption | undefined) => void;
  /** The commune already chosen, so that its name shows before any search. */
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

const toOption = (unit: UnitOption): Option => ({ value: unit.id, label: unit.name, unit });

/** A searchable commune picker for users above the commune (district, province); the server ignores diacritics. */
export function CommuneSelect({ initialUnit, placeholder, onChange, ...props }: CommuneSelectProps) {
  const t = useT();
  const [isOpen, setIsOpen] = useState(false);
  const [searchText, setSearchText] = useState('');
  const q = useDebouncedValue(searchText.trim(), 300);
  const communesQuery = useSearchCommunes(q, isOpen || q.length > 0);
  const [chosen, setChosen] = useState<UnitOption | undefined>(initialUnit);

  const options = useMemo(() => {
    const found = (communesQuery.data ?? []).map(toOption);
    const selected = chosen ?? initialUnit;
    if (selected && selected.id === props.value && !found.some((option) => option.value === selected.id)) {
      return [toOption(selected), ...found];
    }
    return found;
  }, [communesQuery.data, chosen, initialUnit, props.value]);

  return (
    <Select<string, Option>
      {...props}
      placeholder={placeholder ?? t(payrollText.communePlaceholder)}
      options={options}
      showSearch={{ filterOption: false, onSearch: setSearchText }}
      onOpenChange={setIsOpen}
      onChange={(value, option) => {
        const unit = option && !Array.isArray(option) ? option.unit : undefined;
        setChosen(unit);
        setSearchText('');
        onChange?.(value, unit);
      }}
      notFoundContent={communesQuery.isFetching ? <Spin size="small" /> : t(payrollText.communeNotFound)}
      optionRender={(option) => (
        <Flex justify="space-between" gap={8}>
          <Typography.Text ellipsis>{option.data.unit.name}</Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12, flex: 'none' }}>
            {option.data.unit.code}
          </Typography.Text>
        </Flex>
      )}
      popupMatchSelectWidth={false}
      styles={{ popup: { root: { minWidth: 320 } } }}
    />
  );
}
