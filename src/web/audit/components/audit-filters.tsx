import { ClearOutlined } from '@ant-design/icons';
import { Button, DatePicker, Flex, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { DATE_FORMAT, toIsoDate } from '../../lib/format.ts';
import { common, useT } from '../../lib/i18n.ts';
import { ACTION_LABELS, auditText, ENTITY_LABELS } from '../messages.ts';
import type { AuditFilters as Filters } from '../types.ts';
import { UserFilterSelect } from './user-filter-select.tsx';

interface AuditFiltersProps {
  filters: Filters;
  onChange: (filters: Filters) => void;
  canFilterByUser: boolean;
}

export function AuditFilters({ filters, onChange, canFilterByUser }: AuditFiltersProps) {
  const t = useT();
  const today = dayjs();
  const range: [Dayjs, Dayjs] | null =
    filters.from && filters.to ? [dayjs(filters.from), dayjs(filters.to)] : null;
  const hasFilters = Object.values(filters).some((value) => value !== undefined);

  return (
    <Flex gap={8} wrap style={{ marginBottom: 16 }}>
      {canFilterByUser ? (
        <UserFilterSelect value={filters.userId} onChange={(userId) => onChange({ ...filters, userId })} />
      ) : null}
      <Select<string>
        allowClear
        aria-label={t(auditText.entity)}
        placeholder={t(auditText.allEntities)}
        value={filters.entity}
        onChange={(entity) => onChange({ ...filters, entity })}
        options={Object.entries(ENTITY_LABELS).map(([value, label]) => ({ value, label: t(label) }))}
        style={{ width: 220 }}
      />
      <Select<string>
        allowClear
        aria-label={t(auditText.action)}
        placeholder={t(auditText.allActions)}
        value={filters.action}
        onChange={(action) => onChange({ ...filters, action })}
        options={Object.entries(ACTION_LABELS).map(([value, label]) => ({ value, label: t(label) }))}
        style={{ width: 180 }}
      />
      <DatePicker.RangePicker
        aria-label={t(auditText.dateRange)}
        format={DATE_FORMAT}
        placeholder={[t(auditText.from), t(auditText.to)]}
        value={range}
        allowEmpty={[false, false]}
        disabledDate={(date) => date.isAfter(today, 'day')}
        presets={[
          { label: t(auditText.today), value: [today.startOf('day'), today] },
          { label: t(auditText.last7Days), value: [today.subtract(6, 'day'), today] },
          { label: t(auditText.last30Days), value: [today.subtract(29, 'day'), today] },
          { label: t(auditText.thisMonth), value: [today.startOf('month'), today] },
        ]}
        onChange={(dates) => onChange({ ...filters, from: toIsoDate(dates?.[0]), to: toIsoDate(dates?.[1]) })}
      />
      {hasFilters ? (
        <Button icon={<ClearOutlined />} onClick={() => onChange({})}>
          {t(common.reset)}
        </Button>
      ) : null}
    </Flex>
  );
}
