import { useEffect, useState } from 'react';
import { ClearOutlined } from '@ant-design/icons';
import { Button, DatePicker, Flex, Input, Select } from 'antd';
import dayjs from 'dayjs';
import {
  DIFFICULTY_STATE_LABELS,
  DIFFICULTY_STATES,
  type DifficultyState,
} from '../../../domain/difficulties/difficulties.schemas.ts';
import { UnitSelect } from '../../components/unit-select.tsx';
import { DATE_FORMAT, toIsoDate } from '../../lib/format.ts';
import { common, useT } from '../../lib/i18n.ts';
import { usePlanOptions, usePlanTaskOptions } from '../../lib/option-queries.ts';
import { useDebouncedValue } from '../../lib/use-debounced-value.ts';
import { difficultiesText } from '../messages.ts';
import type { DifficultyFilters } from '../types.ts';

interface DifficultiesFiltersProps {
  filters: DifficultyFilters;
  onChange: (filters: DifficultyFilters) => void;
}

export function DifficultiesFilters({ filters, onChange }: DifficultiesFiltersProps) {
  const t = useT();
  const plansQuery = usePlanOptions();
  const tasksQuery = usePlanTaskOptions(filters.planId);
  const [searchText, setSearchText] = useState(filters.q ?? '');
  const debouncedSearch = useDebouncedValue(searchText.trim(), 350);

  useEffect(() => {
    if ((filters.q ?? '') !== debouncedSearch) onChange({ ...filters, q: debouncedSearch || undefined });
    // Only the settled search text should trigger this; the other filters change through their own handlers.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [debouncedSearch]);

  const hasFilters = Object.values(filters).some((value) => value !== undefined && value !== '');

  return (
    <Flex gap={8} wrap align="center" style={{ marginBottom: 16 }}>
      <Input.Search
        allowClear
        aria-label={t(difficultiesText.searchLabel)}
        placeholder={t(difficultiesText.searchPlaceholder)}
        value={searchText}
        onChange={(event) => setSearchText(event.target.value)}
        onSearch={(value) => onChange({ ...filters, q: value.trim() || undefined })}
        style={{ width: 300 }}
      />
      <Select<string>
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        aria-label={t(difficultiesText.plan)}
        placeholder={t(difficultiesText.planPlaceholder)}
        loading={plansQuery.isPending}
        value={filters.planId}
        // A task belongs to one plan: another plan clears it.
        onChange={(planId) => onChange({ ...filters, planId, taskId: undefined })}
        options={(plansQuery.data ?? []).map((plan) => ({
          value: plan.id,
          label: plan.number ? `${plan.number} — ${plan.title}` : plan.title,
        }))}
        style={{ width: 280 }}
        popupMatchSelectWidth={false}
      />
      <Select<string>
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        aria-label={t(difficultiesText.task)}
        placeholder={t(filters.planId ? difficultiesText.taskPlaceholder : difficultiesText.taskNeedsPlan)}
        disabled={!filters.planId}
        loading={tasksQuery.isFetching}
        value={filters.taskId}
        onChange={(taskId) => onChange({ ...filters, taskId })}
        options={(tasksQuery.data ?? []).map((task) => ({
          value: task.id,
          label: `${task.code} ${task.title}`,
        }))}
        style={{ width: 220 }}
        popupMatchSelectWidth={false}
        styles={{ popup: { root: { maxWidth: 560 } } }}
      />
      <UnitSelect
        value={filters.unitId}
        onChange={(unitId) => onChange({ ...filters, unitId })}
        placeholder={t(difficultiesText.unitPlaceholder)}
        ariaLabel={t(difficultiesText.unit)}
      />
      <Select<DifficultyState>
        allowClear
        aria-label={t(difficultiesText.state)}
        placeholder={t(difficultiesText.statePlaceholder)}
        value={filters.state}
        onChange={(state) => onChange({ ...filters, state })}
        options={DIFFICULTY_STATES.map((state) => ({
          value: state,
          label: t(DIFFICULTY_STATE_LABELS[state]),
        }))}
        style={{ width: 170 }}
      />
      <DatePicker.RangePicker
        aria-label={t(difficultiesText.dueRange)}
        format={DATE_FORMAT}
        placeholder={[t(difficultiesText.dueDate), t(difficultiesText.dueDate)]}
        value={[filters.dueFrom ? dayjs(filters.dueFrom) : null, filters.dueTo ? dayjs(filters.dueTo) : null]}
        allowEmpty={[true, true]}
        onChange={(range) =>
          onChange({ ...filters, dueFrom: toIsoDate(range?.[0]), dueTo: toIsoDate(range?.[1]) })
        }
      />
      {hasFilters ? (
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
