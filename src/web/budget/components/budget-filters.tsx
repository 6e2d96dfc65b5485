import { Button, Flex, Select } from 'antd';
import {
  BUDGET_KIND_LABELS,
  BUDGET_KINDS,
  BUDGET_ORIGIN_LABELS,
  BUDGET_ORIGINS,
  BUDGET_SOURCE_LABELS,
  BUDGET_SOURCES,
} from '../../../domain/budget/budget.schemas.ts';
import { UnitSelect } from '../../components/unit-select.tsx';
import { useT } from '../../lib/i18n.ts';
import { fiscalYears } from '../format.ts';
import { budgetText } from '../messages.ts';
import type { BudgetFilters as Filters } from '../types.ts';

interface BudgetFiltersProps {
  /** A commune has no district below it to filter by. */
  showDistrict: boolean;
  filters: Filters;
  onChange: (next: Filters) => void;
}

export function BudgetFilters({ showDistrict, filters, onChange }: BudgetFiltersProps) {
  const t = useT();
  const set = (patch: Partial<Filters>) => onChange({ ...filters, ...patch });
  return (
    <Flex wrap gap={8} style={{ marginBottom: 16 }}>
      <Select<number>
        aria-label={t(budgetText.fiscalYear)}
        allowClear
        placeholder={t(budgetText.allYears)}
        value={filters.fiscalYear}
        onChange={(fiscalYear) => set({ fiscalYear })}
        options={fiscalYears().map((year) => ({ value: year, label: String(year) }))}
        style={{ width: 120 }}
      />
      {showDistrict ? (
        <UnitSelect
          value={filters.districtId}
          onChange={(districtId) => set({ districtId })}
          kind="district"
          placeholder={t(budgetText.districtPlaceholder)}
          ariaLabel={t(budgetText.district)}
          width={180}
        />
      ) : null}
      <UnitSelect
        value={filters.unitId}
        onChange={(unitId) => set({ unitId })}
        placeholder={t(budgetText.unitPlaceholder)}
        ariaLabel={t(budgetText.unit)}
        width={200}
      />
      <Select
        aria-label={t(budgetText.kind)}
        allowClear
        placeholder={t(budgetText.kind)}
        value={filters.kind}
        onChange={(kind) => set({ kind })}
        options={BUDGET_KINDS.map((kind) => ({ value: kind, label: t(BUDGET_KIND_LABELS[kind]) }))}
        style={{ width: 140 }}
      />
      <Select
        aria-label={t(budgetText.source)}
        allowClear
        placeholder={t(budgetText.source)}
        value={filters.source}
        onChange={(source) => set({ source })}
        options={BUDGET_SOURCES.map((source) => ({ value: source, label: t(BUDGET_SOURCE_LABELS[source]) }))}
        style={{ width: 190 }}
      />
      <Select
        aria-label={t(budgetText.origin)}
        allowClear
        placeholder={t(budgetText.origin)}
        value={filters.origin}
        onChange={(origin) => set({ origin })}
        options={BUDGET_ORIGINS.map((origin) => ({ value: origin, label: t(BUDGET_ORIGIN_LABELS[origin]) }))}
        style={{ width: 170 }}
      />
      {filters.taskId ? (
        <Button onClick={() => set({ taskId: undefined })}>{t(budgetText.clearTask)}</Button>
      ) : null}
    </Flex>
  );
}
