import { Select } from 'antd';
import { useVillages } from '../api/list-villages.ts';

interface VillageSelectProps {
  id?: string;
  /** The commune whose villages are offered. */
  unitId: string | undefined;
  value?: string | string[] | null;
  onChange?: (value: string | string[] | undefined) => void;
  mode?: 'multiple';
  placeholder?: string;
  allowClear?: boolean;
  style?: React.CSSProperties;
  'aria-label'?: string;
}

/** The villages of one commune, by name. */
export function VillageSelect({ unitId, value, ...props }: VillageSelectProps) {
  const villagesQuery = useVillages(
    { unitId, sort: 'name', order: 'asc', limit: 500, offset: 0 },
    Boolean(unitId),
  );
  return (
    <Select<string | string[]>
      {...props}
      value={value ?? undefined}
      disabled={!unitId}
      loading={villagesQuery.isPending && Boolean(unitId)}
      showSearch={{ optionFilterProp: 'label' }}
      options={(villagesQuery.data?.items ?? []).map((village) => ({
        value: village.id,
        label: village.name,
      }))}
    />
  );
}
