import { ClearOutlined } from '@ant-design/icons';
import { Button, Flex, Select } from 'antd';
import {
  MEMBER_ORIGIN_LABELS,
  MEMBER_ROLE_LABELS,
  MEMBER_STATUS_LABELS,
} from '../../../domain/force/force.labels.ts';
import {
  MEMBER_ORIGINS,
  MEMBER_ROLES,
  MEMBER_STATUSES,
  type MemberOrigin,
  type MemberRole,
  type MemberStatus,
} from '../../../domain/force/force.schemas.ts';
import { common, useT } from '../../lib/i18n.ts';
import { membersText } from '../member-messages.ts';
import { forceText } from '../messages.ts';
import type { MemberFilters, UnitOption } from '../types.ts';
import { CommuneSelect } from '../../components/commune-select.tsx';
import { SearchInput } from './search-input.tsx';
import { TeamSelect } from './team-select.tsx';

interface MembersFiltersProps {
  filters: MemberFilters;
  onChange: (filters: MemberFilters, commune?: UnitOption) => void;
  showCommune: boolean;
  commune?: UnitOption;
}

/** Whether the user narrowed the list (a commune's own users cannot drop their commune: it does not count). */
export function hasMemberFilters(filters: MemberFilters, showCommune: boolean): boolean {
  const { unitId, ...others } = filters;
  return Object.values(others).some(Boolean) || (showCommune && Boolean(unitId));
}

export function MembersFilters({ filters, onChange, showCommune, commune }: MembersFiltersProps) {
  const t = useT();
  const hasFilters = hasMemberFilters(filters, showCommune);
  return (
    <Flex gap={8} wrap align="center" style={{ marginBottom: 16 }}>
      <SearchInput
        value={filters.q}
        placeholder={t(membersText.searchPlaceholder)}
        onChange={(q) => onChange({ ...filters, q })}
        width={300}
      />
      {showCommune ? (
        <CommuneSelect
          allowClear
          aria-label={t(forceText.commune)}
          value={filters.unitId}
          initialUnit={commune}
          onChange={(unitId, unit) => onChange({ ...filters, unitId, teamId: undefined }, unit)}
          style={{ width: 240 }}
        />
      ) : null}
      <TeamSelect
        allowClear
        aria-label={t(membersText.team)}
        placeholder={
          showCommune && !filters.unitId ? t(forceText.communePick) : t(membersText.teamPlaceholder)
        }
        unitId={filters.unitId}
        value={filters.teamId}
        onChange={(teamId) => onChange({ ...filters, teamId })}
        style={{ width: 200 }}
      />
      <Select<MemberRole>
        allowClear
        aria-label={t(membersText.role)}
        placeholder={t(membersText.rolePlaceholder)}
        value={filters.role}
        onChange={(role) => onChange({ ...filters, role })}
        options={MEMBER_ROLES.map((role) => ({ value: role, label: t(MEMBER_ROLE_LABELS[role]) }))}
        style={{ width: 150 }}
      />
      <Select<MemberStatus>
        allowClear
        aria-label={t(membersText.status)}
        placeholder={t(membersText.statusPlaceholder)}
        value={filters.status}
        onChange={(status) => onChange({ ...filters, status })}
        options={MEMBER_STATUSES.map((status) => ({ value: status, label: t(MEMBER_STATUS_LABELS[status]) }))}
        style={{ width: 150 }}
      />
      <Select<MemberOrigin>
        allowClear
        aria-label={t(membersText.origin)}
        placeholder={t(membersText.originPlaceholder)}
        value={filters.origin}
        onChange={(origin) => onChange({ ...filters, origin })}
        options={MEMBER_ORIGINS.map((origin) => ({ value: origin, label: t(MEMBER_ORIGIN_LABELS[origin]) }))}
        style={{ width: 180 }}
        popupMatchSelectWidth={false}
      />
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
