import { useState } from 'react';
import { Select, Spin } from 'antd';
import { useT } from '../../lib/i18n.ts';
import { useDebouncedValue } from '../../lib/use-debounced-value.ts';
import { useSearchUsers } from '../api/search-users.ts';
import { auditText } from '../messages.ts';

interface UserFilterSelectProps {
  value: string | undefined;
  onChange: (userId: string | undefined) => void;
}

export function UserFilterSelect({ value, onChange }: UserFilterSelectProps) {
  const t = useT();
  const [isOpen, setIsOpen] = useState(false);
  const [searchText, setSearchText] = useState('');
  const [chosenLabel, setChosenLabel] = useState<{ value: string; label: string } | undefined>();
  const q = useDebouncedValue(searchText.trim(), 300);
  const usersQuery = useSearchUsers(q, isOpen || q.length > 0);
  const found = (usersQuery.data ?? []).map((user) => ({
    value: user.id,
    label: `${user.displayName} (${user.username})`,
  }));
  const options =
    chosenLabel && chosenLabel.value === value && !found.some((option) => option.value === value)
      ? [chosenLabel, ...found]
      : found;

  return (
    <Select<string>
      allowClear
      aria-label={t(auditText.user)}
      placeholder={t(auditText.allUsers)}
      value={value}
      options={options}
      showSearch={{ filterOption: false, onSearch: setSearchText }}
      onOpenChange={setIsOpen}
      onChange={(userId) => {
        setChosenLabel(options.find((option) => option.value === userId));
        setSearchText('');
        onChange(userId);
      }}
      notFoundContent={usersQuery.isFetching ? <Spin size="small" /> : t(auditText.noUserFound)}
      style={{ width: 260 }}
      popupMatchSelectWidth={false}
    />
  );
}
