import { useEffect, useState } from 'react';
import { ClearOutlined } from '@ant-design/icons';
import { Button, Flex, Input, Select } from 'antd';
import { ROLE_LABELS, ROLES, type Role } from '../../../domain/auth/constants.ts';
import { UnitSelect } from '../../components/unit-select.tsx';
import { common, useT } from '../../lib/i18n.ts';
import { useDebouncedValue } from '../../lib/use-debounced-value.ts';
import { usersText } from '../messages.ts';
import type { UserFilters } from '../types.ts';

type ActiveChoice = 'true' | 'false';

interface UsersFiltersProps {
  filters: UserFilters;
  onChange: (filters: UserFilters) => void;
}

export function UsersFilters({ filters, onChange }: UsersFiltersProps) {
  const t = useT();
  const [searchText, setSearchText] = useState(filters.q ?? '');
  const debouncedSearch = useDebouncedValue(searchText.trim(), 350);

  useEffect(() => {
    if ((filters.q ?? '') !== debouncedSearch) onChange({ ...filters, q: debouncedSearch || undefined });
    // Only the settled search text should trigger this; the other filters change through their own handlers.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [debouncedSearch]);

  const hasFilters = Boolean(filters.q || filters.role || filters.unitId || filters.active !== undefined);

  return (
    <Flex gap={8} wrap style={{ marginBottom: 16 }}>
      <Input.Search
        allowClear
        aria-label={t(usersText.searchLabel)}
        placeholder={t(usersText.searchPlaceholder)}
        value={searchText}
        onChange={(event) => setSearchText(event.target.value)}
        onSearch={(value) => onChange({ ...filters, q: value.trim() || undefined })}
        style={{ width: 300 }}
      />
      <Select<Role>
        allowClear
        aria-label={t(usersText.role)}
        placeholder={t(usersText.allRoles)}
        value={filters.role}
        onChange={(role) => onChange({ ...filters, role })}
        options={ROLES.map((role) => ({ value: role, label: t(ROLE_LABELS[role]) }))}
        style={{ width: 200 }}
      />
      <UnitSelect
        ariaLabel={t(usersText.unit)}
        placeholder={t(usersText.allUnits)}
        value={filters.unitId}
        onChange={(unitId) => onChange({ ...filters, unitId })}
        width={260}
      />
      <Select<ActiveChoice>
        allowClear
        aria-label={t(usersText.status)}
        placeholder={t(usersText.allStatuses)}
        value={filters.active === undefined ? undefined : filters.active ? 'true' : 'false'}
        onChange={(value) =>
          onChange({ ...filters, active: value === undefined ? undefined : value === 'true' })
        }
        options={[
          { value: 'true', label: t(usersText.active) },
          { value: 'false', label: t(usersText.inactive) },
        ]}
        style={{ width: 160 }}
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
