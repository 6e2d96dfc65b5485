import { Alert, Flex, Table, Tag, Typography } from 'antd';
import { PAYROLL_ROLE_LABELS, RATE_BASIS_LABELS } from '../../../domain/payroll/constants.ts';
import type { PayrollSegment } from '../../../domain/payroll/compute-payroll.ts';
import { formatDate } from '../../lib/format.ts';
import { useT } from '../../lib/i18n.ts';
import { coefficient, formatMonth, vnd } from '../format.ts';
import { lineText, payrollText } from '../messages.ts';
import type { CorrectionLineView, PayrollLineView } from '../types.ts';

/** A stretch's value as the resolution writes it: "0,80 × 2.340.000 đ", "100.000 đ", "50 % × 320.000 đ". */
function valueText(segment: PayrollSegment): string {
  switch (segment.basis) {
    case 'coefficient':
      return `${coefficient(segment.value)} × ${vnd(segment.baseSalary ?? 0)}`;
    case 'percent_of_contribution':
      return `${coefficient(segment.value).replace(/,00$/, '')} % × ${vnd(segment.contribution ?? 0)}`;
    default:
      return vnd(segment.value);
  }
}

/** Was the line paid for part of the month, or at two rates? The reviewer checks these first. */
export function lineFlags(line: PayrollLineView): { proRata: boolean; rateChange: boolean } {
  const rates = new Set(line.segments.map((s) => `${s.rate}|${s.role}`));
  return {
    proRata: line.unit === 'month' && line.days < line.daysInMonth,
    rateChange: rates.size > 1,
  };
}

export function LineExplanation({ line }: { line: PayrollLineView }) {
  const t = useT();
  const flags = lineFlags(line);
  const unitText = line.unit === 'month' ? lineText.perMonth : lineText.perDay;
  return (
    <Flex vertical gap={8} style={{ padding: '4px 8px' }}>
      <Typography.Text>
        <Typography.Text strong>{t(lineText.explanation)}: </Typography.Text>
        {line.explanation}
      </Typography.Text>
      {flags.proRata || flags.rateChange ? (
        <Flex gap={8} wrap>
          {flags.proRata ? <Tag color="blue">{t(lineText.proRataHint)}</Tag> : null}
          {flags.rateChange ? <Tag color="purple">{t(lineText.rateChangeHint)}</Tag> : null}
        </Flex>
      ) : null}
      {line.missing === 'contribution' ? (
        <Alert type="warning" showIcon title={t(lineText.missingContributionHint)} />
      ) : null}
      {line.segments.length > 0 ? (
        <Table<PayrollSegment>
          size="small"
          rowKey={(s) => `${s.from}-${s.to}-${s.rateSetId}`}
          pagination={false}
          dataSource={[...line.segments]}
          aria-label={t(lineText.segments)}
          columns={[
            {
              title: t(lineText.period),
              key: 'period',
              render: (_v, s) => `${formatDate(s.from)} – ${formatDate(s.to)}`,
            },
            {
              title: t(payrollText.days),
              key: 'days',
              align: 'right',
              render: (_v, s) =>
                line.unit === 'month'
                  ? t(lineText.daysOfMonth, { days: s.days, dim: line.daysInMonth })
                  : t(lineText.dayCount, { days: s.days }),
            },
            { title: t(payrollText.role), key: 'role', render: (_v, s) => t(PAYROLL_ROLE_LABELS[s.role]) },
            { title: t(lineText.basis), key: 'basis', render: (_v, s) => t(RATE_BASIS_LABELS[s.basis]) },
            { title: t(lineText.value), key: 'value', render: (_v, s) => valueText(s) },
            {
              title: t(lineText.ratePerUnit),
              key: 'rate',
              align: 'right',
              render: (_v, s) => t(unitText, { amount: vnd(Math.round(s.rate * 100) / 100) }),
            },
          ]}
        />
      ) : null}
    </Flex>
  );
}

export function CorrectionExplanation({ line }: { line: CorrectionLineView }) {
  const t = useT();
  const month = formatMonth(line.originalMonth);
  return (
    <Flex vertical gap={8} style={{ padding: '4px 8px' }}>
      <Alert type="warning" showIcon title={t(lineText.correctionHint, { month })} />
      <Typography.Text>
        <Typography.Text strong>{t(lineText.explanation)}: </Typography.Text>
        {line.explanation}
      </Typography.Text>
      <Typography.Text type="secondary">
        {t(lineText.correctionFigures, {
          previous: vnd(line.previousAmount),
          recomputed: vnd(line.recomputedAmount),
          amount: vnd(line.amount),
        })}
      </Typography.Text>
    </Flex>
  );
}
