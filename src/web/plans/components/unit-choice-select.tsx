import { useMemo, useState } from 'react';
import { ClusterOutlined } from '@ant-design/icons';
import { Flex, Select, Spin, Typography } from 'antd';
import { foldText } from '../../../domain/common/text.ts';
import { formatNumber } from '../../lib/format.ts';
import { useT } from '../../lib/i18n.ts';
import { useDebouncedValue } from '../../lib/use-debounced-value.ts';
import { useUnitGroups } from '../api/list-unit-groups.ts';
import { useSearchUnits } from '../api/search-units.ts';
import { pickerText } from '../messages.ts';
import type { UnitOption } from '../types.ts';
import { groupChoiceValue, unitChoiceValue, type UnitChoice } from '../utils/unit-choice.ts';

interface ChoiceOption {
  value: string;
  label: string;
  choice: UnitChoice;
}

/** The options come in groups: suggestions, search results, named groups. */
type OptionEntry = ChoiceOption | { label: string; options: ChoiceOption[] };

function unitOption(unit: UnitOption): ChoiceOption {
  return { value: unitChoiceValue(unit.id), label: unit.name, choice: { kind: 'unit', unit } };
}

interface UnitChoiceSelectProps {
  'aria-label': string;
  /** `unit:<id>` or `group:<key>`, as made by unitChoiceValue / groupChoiceValue. */
  value?: string;
  /** The chosen unit, shown by name even before any search has found it. */
  chosen?: UnitChoice;
  /** Offered first: the parser's near matches for the name. */
  suggestions?: UnitOption[];
  allowGroups?: boolean;
  onChoose: (choice: UnitChoice) => void;
  placeholder?: string;
  size?: 'small' | 'middle';
  style?: React.CSSProperties;
  autoFocus?: boolean;
  status?: 'error' | 'warning';
}

/** Picks a unit (the suggestions first, then a server search) or one of the named groups. */
export function UnitChoiceSelect({
  suggestions = [],
  allowGroups = true,
  chosen,
  onChoose,
  ...props
}: UnitChoiceSelectProps) {
  const t = useT();
  const [searchText, setSearchText] = useState('');
  const q = useDebouncedValue(searchText.trim(), 250);
  const unitsQuery = useSearchUnits(q, true);
  const groupsQuery = useUnitGroups();

  const options = useMemo(() => {
    const folded = foldText(searchText);
    const matches = (label: string) => !folded || foldText(label).includes(folded);
    const suggested = suggestions.filter((unit) => matches(unit.name)).map(unitOption);
    const seen = new Set(suggested.map((option) => option.value));
    const found = (q ? (unitsQuery.data ?? []) : [])
      .map(unitOption)
      .filter((option) => !seen.has(option.value));
    const groups = allowGroups
      ? (groupsQuery.data ?? [])
          .filter((group) => matches(group.name))
          .map((group) => ({
            value: groupChoiceValue(group.key),
            label: t(pickerText.groupOption, { name: group.name, count: formatNumber(group.memberCount) }),
            choice: { kind: 'group', group } satisfies UnitChoice,
          }))
      : [];
    const all = [...suggested, ...found, ...groups];
    // Keep the chosen value among the options, or the select would show its bare key.
    if (chosen && props.value && !all.some((option) => option.value === props.value)) {
      const label = chosen.kind === 'unit' ? chosen.unit.name : chosen.group.name;
      found.unshift({ value: props.value, label, choice: chosen });
    }
    return [
      { label: t(pickerText.suggestions), options: suggested },
      { label: t(pickerText.searchResults), options: found },
      { label: t(pickerText.groups), options: groups },
    ].filter((group) => group.options.length > 0);
  }, [searchText, suggestions, q, unitsQuery.data, allowGroups, groupsQuery.data, chosen, props.value, t]);

  return (
    <Select<string, OptionEntry>
      {...props}
      placeholder={props.placeholder ?? t(pickerText.placeholder)}
      options={options}
      showSearch={{ filterOption: false, onSearch: setSearchText, searchValue: searchText }}
      onChange={(_value, option) => {
        setSearchText('');
        if (option && !Array.isArray(option) && 'choice' in option) onChoose(option.choice);
      }}
      notFoundContent={unitsQuery.isFetching ? <Spin size="small" /> : t(pickerText.noUnitFound)}
      optionRender={({ data }) =>
        'choice' in data ? (
          <Flex justify="space-between" gap={8}>
            <Typography.Text ellipsis>
              {data.choice.kind === 'group' ? <ClusterOutlined style={{ marginRight: 6 }} /> : null}
              {data.label}
            </Typography.Text>
            {data.choice.kind === 'unit' ? (
              <Typography.Text type="secondary" style={{ fontSize: 12, flex: 'none' }}>
                {data.choice.unit.code}
              </Typography.Text>
            ) : null}
          </Flex>
        ) : (
          data.label
        )
      }
      popupMatchSelectWidth={false}
      styles={{ popup: { root: { minWidth: 340 } } }}
    />
  );
}
