import { useEffect, useState } from 'react';
import { ClearOutlined } from '@ant-design/icons';
import { Button, DatePicker, Flex, Input, Select } from 'antd';
import dayjs from 'dayjs';
import { INSPECTION_STATE_LABELS, INSPECTION_STATES } from '../../../domain/inspections/constants.ts';
import { UnitSelect } from '../../components/unit-select.tsx';
import { DATE_FORMAT, toIsoDate } from '../../lib/format.ts';
import { common, useT } from '../../lib/i18n.ts';
import { useDebouncedValue } from '../../lib/use-debounced-value.ts';
import { usePlanOptions } from '../../lib/option-queries.ts';
import { scopedUnits } from '../api/scoped-units.ts';
import { inspectionsText } from '../messages.ts';
import type { InspectionFilters } from '../types.ts';

interface InspectionsFiltersProps {
  filters: InspectionFilters;
  onChange: (filters: InspectionFilters) => void;
}

export function InspectionsFilters({ filters, onChange }: InspectionsFiltersProps) {
  const t = useT();
  const plansQuery = usePlanOptions();
  const [searchText, setSearchText] = useState(filters.q ?? '');
  const debouncedSearch = useDebouncedValue(searchText.trim(), 350);
  // A new key clears the unit picker's remembered choice when the filters are reset.
  const [unitKey, setUnitKey] = useState(0);

  useEffect(() => {
    if ((filters.q ?? '') !== debouncedSearch) onChange({ ...filters, q: debouncedSearch || undefined });
    // Only the settled search text should trigger this; the other filters change through their own handlers.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [debouncedSearch]);

  const hasFilters = Object.values(filters).some((value) => value !== undefined);
  return (
    <Flex gap={8} wrap style={{ marginBottom: 16 }}>
      <Input.Search
        allowClear
        aria-label={t(inspectionsText.searchLabel)}
        placeholder={t(inspectionsText.searchPlaceholder)}
        value={searchText}
        onChange={(event) => setSearchText(event.target.value)}
        onSearch={(value) => onChange({ ...filters, q: value.trim() || undefined })}
        style={{ width: 290 }}
      />
      <Select
        allowClear
        aria-label={t(inspectionsText.state)}
        placeholder={t(inspectionsText.allStates)}
        value={filters.state}
        onChange={(state) => onChange({ ...filters, state })}
        options={INSPECTION_STATES.map((state) => ({
          value: state,
          label: t(INSPECTION_STATE_LABELS[state]),
        }))}
        style={{ width: 150 }}
      />
      <UnitSelect
        key={unitKey}
        source={scopedUnits()}
        notFoundText={inspectionsText.noUnitFound}
        ariaLabel={t(inspectionsText.unitFilter)}
        placeholder={t(inspectionsText.allUnits)}
        value={filters.unitId}
        onChange={(unitId) => onChange({ ...filters, unitId })}
        width={210}
      />
      <Select<string>
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        aria-label={t(inspectionsText.plan)}
        placeholder={t(inspectionsText.allPlans)}
        loading={plansQuery.isPending}
        value={filters.planId}
        onChange={(planId) => onChange({ ...filters, planId })}
        options={(plansQuery.data ?? []).map((plan) => ({
          value: plan.id,
          label: plan.number ?? plan.title,
        }))}
        style={{ width: 150 }}
        popupMatchSelectWidth={false}
      />
      <DatePicker.RangePicker
        aria-label={t(inspectionsText.dateRange)}
        format={DATE_FORMAT}
        placeholder={[t(inspectionsText.plannedFrom), t(inspectionsText.plannedTo)]}
        value={[filters.from ? dayjs(filters.from) : null, filters.to ? dayjs(filters.to) : null]}
        allowEmpty={[true, true]}
        onChange={(range) => onChange({ ...filters, from: toIsoDate(range?.[0]), to: toIsoDate(range?.[1]) })}
        style={{ width: 240 }}
      />
      {hasFilters ? (
        <Button
          icon={<ClearOutlined />}
          onClick={() => {
            setSearchText('');
            setUnitKey((key) => key + 1);
            onChange({});
          }}
        >
          {t(common.reset)}
        </Button>
      ) : null}
    </Flex>
  );
}
