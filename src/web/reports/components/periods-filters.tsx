import { useState } from 'react';
import { ClearOutlined, FileExcelOutlined } from '@ant-design/icons';
import { Button, Checkbox, DatePicker, Flex, Input, Select } from 'antd';
import dayjs from 'dayjs';
import { REPORT_STATUS_LABELS } from '../../../domain/reports/reports.schemas.ts';
import { DATE_FORMAT, toIsoDate } from '../../lib/format.ts';
import { common, useT } from '../../lib/i18n.ts';
import { useApiErrorHandler } from '../../lib/use-api-error.ts';
import { usePlanOptions } from '../api/list-plan-options.ts';
import { reportsText } from '../messages.ts';
import type { PeriodFilters, PeriodStatus } from '../types.ts';

const STATUSES: PeriodStatus[] = ['not_started', 'draft', 'submitted', 'returned', 'accepted'];

interface PeriodsFiltersProps {
  filters: PeriodFilters;
  onChange: (filters: PeriodFilters) => void;
  showStatus: boolean;
  onExport: () => Promise<void>;
}

export function PeriodsFilters({ filters, onChange, showStatus, onExport }: PeriodsFiltersProps) {
  const t = useT();
  const plansQuery = usePlanOptions();
  const handleApiError = useApiErrorHandler();
  const [isExporting, setIsExporting] = useState(false);
  const { sort: _sort, order: _order, ...filtering } = filters;
  const hasFilters = Object.values(filtering).some((value) => value !== undefined && value !== false);
  const handleExport = async () => {
    setIsExporting(true);
    try {
      await onExport();
    } catch (error) {
      handleApiError(error);
    } finally {
      setIsExporting(false);
    }
  };
  return (
    <Flex gap={8} wrap align="center" style={{ marginBottom: 16 }}>
      <Input.Search
        allowClear
        aria-label={t(reportsText.search)}
        placeholder={t(reportsText.searchPlaceholder)}
        defaultValue={filters.q}
        onSearch={(q) => onChange({ ...filters, q: q.trim() || undefined })}
        style={{ width: 260 }}
      />
      <Select<string>
        allowClear
        showSearch={{ optionFilterProp: 'label' }}
        aria-label={t(reportsText.plan)}
        placeholder={t(reportsText.planPlaceholder)}
        loading={plansQuery.isPending}
        value={filters.planId}
        onChange={(planId) => onChange({ ...filters, planId })}
        options={(plansQuery.data ?? []).map((plan) => ({
          value: plan.id,
          label: plan.number ? `${plan.number} — ${plan.title}` : plan.title,
        }))}
        style={{ width: 360 }}
        popupMatchSelectWidth={false}
      />
      {showStatus ? (
        <Select<PeriodStatus>
          allowClear
          aria-label={t(reportsText.status)}
          placeholder={t(reportsText.statusPlaceholder)}
          value={filters.status}
          onChange={(status) => onChange({ ...filters, status })}
          options={STATUSES.map((status) => ({ value: status, label: t(REPORT_STATUS_LABELS[status]) }))}
          style={{ width: 180 }}
        />
      ) : null}
      <DatePicker.RangePicker
        aria-label={t(reportsText.dueRange)}
        format={DATE_FORMAT}
        placeholder={[t(reportsText.dueDate), t(reportsText.dueDate)]}
        value={[filters.dueFrom ? dayjs(filters.dueFrom) : null, filters.dueTo ? dayjs(filters.dueTo) : null]}
        allowEmpty={[true, true]}
        onChange={(range) =>
          onChange({ ...filters, dueFrom: toIsoDate(range?.[0]), dueTo: toIsoDate(range?.[1]) })
        }
      />
      <Checkbox
        checked={filters.lateOnly ?? false}
        onChange={(event) => onChange({ ...filters, lateOnly: event.target.checked || undefined })}
      >
        {t(reportsText.lateOnly)}
      </Checkbox>
      {hasFilters ? (
        <Button icon={<ClearOutlined />} onClick={() => onChange({})}>
          {t(common.reset)}
        </Button>
      ) : null}
      <Button
        icon={<FileExcelOutlined />}
        loading={isExporting}
        onClick={handleExport}
        style={{ marginInlineStart: 'auto' }}
      >
        {t(common.exportExcel)}
      </Button>
    </Flex>
  );
}
