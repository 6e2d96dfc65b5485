import { ClearOutlined } from '@ant-design/icons';
import { Button, Checkbox, Flex, Select } from 'antd';
import { VILLAGE_KIND_LABELS } from '../../../domain/force/force.labels.ts';
import { VILLAGE_KINDS, type VillageKind } from '../../../domain/force/force.schemas.ts';
import { common, useT } from '../../lib/i18n.ts';
import { forceText, villagesText } from '../messages.ts';
import type { UnitOption, VillageFilters } from '../types.ts';
import { CommuneSelect } from '../../components/commune-select.tsx';
import { SearchInput } from './search-input.tsx';

interface VillagesFiltersProps {
  filters: VillageFilters;
  onChange: (filters: VillageFilters, commune?: UnitOption) => void;
  /** Users above a commune pick one; a commune's own users see only theirs. */
  showCommune: boolean;
  commune?: UnitOption;
}

/** Whether the user narrowed the list (a commune's own users cannot drop their commune: it does not count). */
export function hasVillageFilters(filters: VillageFilters, showCommune: boolean): boolean {
  return Boolean(filters.q || filters.kind || filters.gapsOnly || (showCommune && filters.unitId));
}

export function VillagesFilters({ filters, onChange, showCommune, commune }: VillagesFiltersProps) {
  const t = useT();
  const hasFilters = hasVillageFilters(filters, showCommune);
  return (
    <Flex gap={8} wrap align="center" style={{ marginBottom: 16 }}>
      {showCommune ? (
        <CommuneSelect
          allowClear
          aria-label={t(forceText.commune)}
          value={filters.unitId}
          initialUnit={commune}
          onChange={(unitId, unit) => onChange({ ...filters, unitId }, unit)}
          style={{ width: 260 }}
        />
      ) : null}
      <SearchInput
        value={filters.q}
        placeholder={t(villagesText.searchPlaceholder)}
        onChange={(q) => onChange({ ...filters, q })}
      />
      <Select<VillageKind>
        allowClear
        aria-label={t(villagesText.kind)}
        placeholder={t(villagesText.kindPlaceholder)}
        value={filters.kind}
        onChange={(kind) => onChange({ ...filters, kind })}
        options={VILLAGE_KINDS.map((kind) => ({ value: kind, label: t(VILLAGE_KIND_LABELS[kind]) }))}
        style={{ width: 190 }}
      />
      <Checkbox
        checked={filters.gapsOnly ?? false}
        onChange={(event) => onChange({ ...filters, gapsOnly: event.target.checked || undefined })}
      >
        {t(villagesText.gapsOnly)}
      </Checkbox>
      {hasFilters ? (
        <Button
          icon={<ClearOutlined />}
          onClick={() => onChange(showCommune ? {} : { unitId: filters.unitId })}
        >
          {t(common.reset)}
        </Button>
      ) : null}
    </Flex>
  );
}
