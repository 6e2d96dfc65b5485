import { memo, useState } from 'react';
import { CloseOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Popover, Typography } from 'antd';
import { foldText } from '../../../domain/common/text.ts';
import { useT } from '../../lib/i18n.ts';
import { reviewText } from '../messages.ts';
import type { UnitOption } from '../types.ts';
import type { Resolution } from '../utils/review-tree.ts';
import { choiceOfResolution, resolutionFromChoice, type UnitChoice } from '../utils/unit-choice.ts';
import { ResolutionTag } from './resolution-tag.tsx';
import { UnitChoiceSelect } from './unit-choice-select.tsx';

interface UnitNameChipProps {
  name: string;
  resolution: Resolution;
  suggestions: UnitOption[];
  onResolve: (name: string, resolution: Resolution) => void;
  onRemove: () => void;
}

/** A name as the plan writes it, what it was matched to, and a popover to change that. */
const UnitNameChip = memo(function UnitNameChip(props: UnitNameChipProps) {
  const t = useT();
  const [isOpen, setIsOpen] = useState(false);
  const { value, chosen } = choiceOfResolution(props.resolution);
  const content = (
    <Flex gap={8} style={{ width: 420, maxWidth: '80vw' }}>
      <UnitChoiceSelect
        aria-label={t(reviewText.changeUnitFor, { name: props.name })}
        autoFocus
        value={value}
        chosen={chosen}
        suggestions={props.suggestions}
        onChoose={(choice) => {
          props.onResolve(props.name, resolutionFromChoice(choice));
          setIsOpen(false);
        }}
        style={{ flex: 1, minWidth: 0 }}
      />
      <Button
        onClick={() => {
          props.onResolve(props.name, { kind: 'skipped', suggestions: props.suggestions });
          setIsOpen(false);
        }}
      >
        {t(reviewText.skip)}
      </Button>
    </Flex>
  );
  // "Sở Tư pháp" matched to "Sở Tư pháp" need not be written twice.
  const isSameName =
    props.resolution.kind === 'unit' && foldText(props.resolution.unit.name) === foldText(props.name);
  return (
    <div className="plan-review__unit">
      <Popover
        trigger="click"
        open={isOpen}
        onOpenChange={setIsOpen}
        title={props.name}
        content={isOpen ? content : null}
        destroyOnHidden
      >
        <button
          type="button"
          className="plan-review__unit-button"
          title={t(reviewText.changeUnitFor, { name: props.name })}
        >
          {isSameName ? null : <span className="plan-review__unit-name">{props.name}</span>}
          <ResolutionTag resolution={props.resolution} />
        </button>
      </Popover>
      <Button
        type="text"
        size="small"
        icon={<CloseOutlined />}
        aria-label={t(reviewText.removeUnit, { name: props.name })}
        onClick={props.onRemove}
      />
    </div>
  );
});

interface ReviewTaskUnitsProps {
  label: string;
  names: string[];
  resolutions: Record<string, Resolution>;
  suggestionsByName: Record<string, UnitOption[]>;
  onResolve: (name: string, resolution: Resolution) => void;
  onRemove: (name: string) => void;
  onAdd: (name: string, resolution: Resolution) => void;
}

/** The lead or coordinating units of one task under review. */
export function ReviewTaskUnits(props: ReviewTaskUnitsProps) {
  const t = useT();
  const [isAdding, setIsAdding] = useState(false);
  const handleAdd = (choice: UnitChoice) => {
    const name = choice.kind === 'unit' ? choice.unit.name : choice.group.name;
    props.onAdd(name, resolutionFromChoice(choice));
    setIsAdding(false);
  };
  return (
    <>
      <Typography.Text type="secondary" className="plan-review__units-label">
        {props.label}
      </Typography.Text>
      <Flex vertical gap={2} style={{ minWidth: 0 }}>
        {props.names.map((name) => (
          <UnitNameChip
            key={name}
            name={name}
            resolution={props.resolutions[name] ?? { kind: 'unmatched', suggestions: [] }}
            suggestions={props.suggestionsByName[name] ?? []}
            onResolve={props.onResolve}
            onRemove={() => props.onRemove(name)}
          />
        ))}
        <Popover
          trigger="click"
          open={isAdding}
          onOpenChange={setIsAdding}
          destroyOnHidden
          content={
            isAdding ? (
              <div style={{ width: 380, maxWidth: '80vw' }}>
                <UnitChoiceSelect
                  aria-label={`${t(reviewText.addUnit)} (${props.label})`}
                  autoFocus
                  onChoose={handleAdd}
                  style={{ width: '100%' }}
                />
              </div>
            ) : null
          }
        >
          <Button type="dashed" size="small" icon={<PlusOutlined />} style={{ alignSelf: 'flex-start' }}>
            {props.names.length === 0
              ? `${t(reviewText.noUnits)} · ${t(reviewText.addUnit)}`
              : t(reviewText.addUnit)}
          </Button>
        </Popover>
      </Flex>
    </>
  );
}
