import { useMemo, useState } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Flex, Select, Spin, Typography } from 'antd';
import type { Unit } from '../../domain/org/org.schemas.ts';
import { apiRequest } from '../lib/api-client.ts';
import { useT } from '../lib/i18n.ts';
import { useDebouncedValue } from '../lib/use-debounced-value.ts';

/** A commune as the select shows and hands it back: enough to show its name before any search. */
export interface CommuneOption {
  id: string;
  code: string;
  name: string;
}

const text = {
  placeholder: { vi: 'Tất cả xã, phường, thị trấn', en: 'All communes' },
  notFound: { vi: 'Không tìm thấy xã, phường, thị trấn', en: 'No commune found' },
};

/** Communes to pick from; the server folds diacritics, so "hung son" finds "Xã Hùng Sơn". */
async function searchCommunes(q: string, signal?: AbortSignal): Promise<Unit[]> {
  const { items } = await apiRequest<{ items: Unit[]; total: number }>('/api/units', {
    query: { q, kind: 'commune', limit: 30 },
    signal,
  });
  return items;
}

function useSearchCommunes(q: string, enabled: boolean) {
  return useQuery({
    queryKey: ['units', 'communes', q],
    queryFn: ({ signal }) => searchCommunes(q, signal),
    enabled,
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}

interface CommuneSelectProps {
  id?: string;
  value?: string;
  onChange?: (value: string | undefined, unit: CommuneOption | undefined) => void;
  /** The commune already chosen, so that its name shows before any search. */
  initialUnit?: CommuneOption;
  placeholder?: string;
  allowClear?: boolean;
  style?: React.CSSProperties;
  'aria-label'?: string;
}

interface Option {
  value: string;
  label: string;
  unit: CommuneOption;
}

const toOption = (unit: CommuneOption): Option => ({ value: unit.id, label: unit.name, unit });

/**
 * A searchable commune picker for users above the commune (district, province), shared by the force and
 * payroll pages; the server ignores diacritics.
 */
export function CommuneSelect({ initialUnit, placeholder, onChange, ...props }: CommuneSelectProps) {
  const t = useT();
  const [isOpen, setIsOpen] = useState(false);
  const [searchText, setSearchText] = useState('');
  const q = useDebouncedValue(searchText.trim(), 300);
  const communesQuery = useSearchCommunes(q, isOpen || q.length > 0);
  const [chosen, setChosen] = useState<CommuneOption | undefined>(initialUnit);

  const options = useMemo(() => {
    const found = (communesQuery.data ?? []).map(toOption);
    const selected = chosen ?? initialUnit;
    // Keep the chosen commune among the options, or the select would show its bare id.
    if (selected && selected.id === props.value && !found.some((option) => option.value === selected.id)) {
      return [toOption(selected), ...found];
    }
    return found;
  }, [communesQuery.data, chosen, initialUnit, props.value]);

  return (
    <Select<string, Option>
      {...props}
      placeholder={placeholder ?? t(text.placeholder)}
      options={options}
      showSearch={{ filterOption: false, onSearch: setSearchText }}
      onOpenChange={setIsOpen}
      onChange={(value, option) => {
        const unit = option && !Array.isArray(option) ? option.unit : undefined;
        setChosen(unit);
        setSearchText('');
        onChange?.(value, unit);
      }}
      notFoundContent={communesQuery.isFetching ? <Spin size="small" /> : t(text.notFound)}
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
