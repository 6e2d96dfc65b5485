import { useEffect, useState } from 'react';
import { ClearOutlined } from '@ant-design/icons';
import { Button, Flex, Input, Select } from 'antd';
import { common, useT } from '../../lib/i18n.ts';
import { useDebouncedValue } from '../../lib/use-debounced-value.ts';
import { plansText, STATUS_LABELS } from '../messages.ts';
import type { PlanFilters, PlanStatus } from '../types.ts';

const STATUSES: PlanStatus[] = ['active', 'draft', 'closed'];

interface PlansFiltersProps {
  filters: PlanFilters;
  onChange: (filters: PlanFilters) => void;
}

export function PlansFilters({ filters, onChange }: PlansFiltersProps) {
  const t = useT();
  const [searchText, setSearchText] = useState(filters.q ?? '');
  const debouncedSearch = useDebouncedValue(searchText.trim(), 350);

  useEffect(() => {
    if ((filters.q ?? '') !== debouncedSearch) onChange({ ...filters, q: debouncedSearch || undefined });
    // Only the settled search text should trigger this; the status changes through its own handler.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [debouncedSearch]);

  return (
    <Flex gap={8} wrap style={{ marginBottom: 16 }}>
      <Input.Search
        allowClear
        aria-label={t(plansText.searchLabel)}
        placeholder={t(plansText.searchPlaceholder)}
        value={searchText}
        onChange={(event) => setSearchText(event.target.value)}
        onSearch={(value) => onChange({ ...filters, q: value.trim() || undefined })}
        style={{ width: 340 }}
      />
      <Select<PlanStatus>
        allowClear
        aria-label={t(plansText.status)}
        placeholder={t(plansText.allStatuses)}
        value={filters.status}
        onChange={(status) => onChange({ ...filters, status })}
        options={STATUSES.map((status) => ({ value: status, label: t(STATUS_LABELS[status]) }))}
        style={{ width: 190 }}
      />
      {filters.q || filters.status ? (
        <Button
          icon={<ClearOutlined />}
          onClick={() => {
            setSearchText('');
            onChange({});
          }}
        >
          {t(common.reset)}
        </Button>
      ) : null}
    </Flex>
  );
}
