import { Alert, Button, Flex, Typography } from 'antd';
import { formatNumber } from '../../lib/format.ts';
import { useT } from '../../lib/i18n.ts';
import { reviewText } from '../messages.ts';
import type { UnitOption } from '../types.ts';
import type { Resolution } from '../utils/review-tree.ts';
import { choiceOfResolution, resolutionFromChoice } from '../utils/unit-choice.ts';
import { ResolutionTag } from './resolution-tag.tsx';
import { UnitChoiceSelect } from './unit-choice-select.tsx';

interface ReconcileName {
  name: string;
  codes: string[];
  resolution: Resolution;
  /** The parser's near matches, kept after a choice so that they stay on offer. */
  suggestions: UnitOption[];
}

interface UnitReconcilePanelProps {
  /** The names the parser could not match (and those the reviewer typed in), each once. */
  names: ReconcileName[];
  unmatchedCount: number;
  onResolve: (name: string, resolution: Resolution) => void;
}

/**
 * One line per name to settle, with its select: a name used by several tasks is settled once for all of
 * them, so each select (and its accessible name) appears once.
 */
export function UnitReconcilePanel({ names, unmatchedCount, onResolve }: UnitReconcilePanelProps) {
  const t = useT();
  const alert =
    unmatchedCount > 0 ? (
      <Alert
        type="warning"
        showIcon
        title={<strong>{t(reviewText.unmatchedCount, { count: formatNumber(unmatchedCount) })}</strong>}
        description={t(reviewText.unmatchedHint)}
      />
    ) : (
      <Alert type="success" showIcon title={t(reviewText.allMatched)} />
    );
  if (names.length === 0) return alert;
  return (
    <Flex vertical gap={12}>
      {alert}
      <div className="plan-review__reconcile" role="list" aria-label={t(reviewText.reconcileTitle)}>
        {names.map(({ name, codes, resolution, suggestions }) => {
          const { value, chosen } = choiceOfResolution(resolution);
          return (
            <div key={name} role="listitem" className="plan-review__reconcile-row">
              <Flex vertical gap={4} style={{ minWidth: 0, flex: '1 1 260px' }}>
                <Typography.Text strong>{name}</Typography.Text>
                <Flex gap={8} wrap align="center">
                  <ResolutionTag resolution={resolution} />
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {t(reviewText.usedIn, { codes: codes.join(', ') })}
                  </Typography.Text>
                </Flex>
              </Flex>
              <Flex gap={8} align="center" style={{ flex: '1 1 300px' }}>
                <UnitChoiceSelect
                  aria-label={t(reviewText.chooseUnitFor, { name })}
                  value={value}
                  chosen={chosen}
                  suggestions={suggestions}
                  onChoose={(choice) => onResolve(name, resolutionFromChoice(choice))}
                  status={resolution.kind === 'unmatched' ? 'warning' : undefined}
                  style={{ flex: 1, minWidth: 0 }}
                />
                <Button
                  disabled={resolution.kind === 'skipped'}
                  onClick={() => onResolve(name, { kind: 'skipped', suggestions })}
                >
                  {t(reviewText.skip)}
                </Button>
              </Flex>
            </div>
          );
        })}
      </div>
    </Flex>
  );
}
