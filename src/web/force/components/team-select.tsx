import { Select } from 'antd';
import { useT } from '../../lib/i18n.ts';
import { useTeams } from '../api/list-teams.ts';
import { teamsText } from '../messages.ts';

interface TeamSelectProps {
  id?: string;
  /** The commune whose teams are offered; none: the select waits for one. */
  unitId: string | undefined;
  value?: string;
  onChange?: (value: string | undefined) => void;
  placeholder?: string;
  allowClear?: boolean;
  /** Only active teams (new members join an active team). */
  activeOnly?: boolean;
  style?: React.CSSProperties;
  'aria-label'?: string;
}

/** The teams of one commune (a commune has a few dozen at most). */
export function TeamSelect({ unitId, activeOnly, ...props }: TeamSelectProps) {
  const t = useT();
  const teamsQuery = useTeams(
    { unitId, status: activeOnly ? 'active' : undefined, limit: 500, offset: 0 },
    Boolean(unitId),
  );
  return (
    <Select<string>
      {...props}
      disabled={!unitId}
      loading={teamsQuery.isPending && Boolean(unitId)}
      showSearch={{ optionFilterProp: 'label' }}
      options={(teamsQuery.data?.items ?? []).map((team) => ({
        value: team.id,
        label: team.status === 'dissolved' ? `${team.name} (${t(teamsText.dissolvedStatus)})` : team.name,
      }))}
      popupMatchSelectWidth={false}
    />
  );
}
