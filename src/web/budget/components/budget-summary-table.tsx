import { WarningOutlined } from '@ant-design/icons';
import { Empty, Flex, Table, Tag, Tooltip, Typography, type TableColumnsType } from 'antd';
import {
  BUDGET_SOURCE_LABELS,
  type BudgetSummary,
  type BudgetSummaryRow,
} from '../../../domain/budget/budget.schemas.ts';
import { BUDGET_WARNING_TEXT } from '../../../domain/budget/budget-rules.ts';
import { useT } from '../../lib/i18n.ts';
import { percent, vnd } from '../format.ts';
import { budgetText } from '../messages.ts';

type Line = Omit<BudgetSummaryRow, 'unit'> & {
  unit: BudgetSummaryRow['unit'] | null;
  key: string;
  span: number;
};

const money = (value: number) => (
  <span style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>{vnd(value)}</span>
);

/** The province table: unit by unit, a line per source and the unit's total; the scope's totals below. */
export function BudgetSummaryTable({
  summary,
  isLoading,
}: {
  summary: BudgetSummary | undefined;
  isLoading: boolean;
}) {
  const t = useT();
  const rows = summary?.rows ?? [];
  const lines: Line[] = rows.map((row, index) => {
    const first = index === 0 || rows[index - 1]?.unit.id !== row.unit.id;
    let span = 0;
    if (first) {
      span = 1;
      while (rows[index + span]?.unit.id === row.unit.id) span += 1;
    }
    return { ...row, key: `${row.unit.id}:${row.source ?? 'all'}`, span };
  });
  const totals: Line[] = (summary?.totals ?? []).map((row) => ({
    ...row,
    unit: null,
    key: `total:${row.source ?? 'all'}`,
    span: 0,
  }));
  const isTotal = (line: Line) => line.source === null;
  const sourceText = (line: Line) =>
    line.source ? t(BUDGET_SOURCE_LABELS[line.source]) : t(budgetText.allSources);
  const bold = (line: Line, content: React.ReactNode) =>
    isTotal(line) ? <Typography.Text strong>{content}</Typography.Text> : content;
  /** The scope's totals are all bold, whatever their source. */
  const strong = (line: Line): Line => ({ ...line, source: null });
  /** An amount with, below it, its share of the column before ("93,3% dự toán"). */
  const withRatio = (line: Line, amount: number, ratio: number | null, of: { vi: string; en: string }) => (
    <Flex vertical align="flex-end">
      {bold(line, money(amount))}
      {ratio === null ? null : (
        <Typography.Text type="secondary" style={{ fontSize: 12, whiteSpace: 'nowrap' }}>
          {t(of, { percent: percent(ratio) })}
        </Typography.Text>
      )}
    </Flex>
  );

  const columns: TableColumnsType<Line> = [
    {
      title: t(budgetText.unit),
      key: 'unit',
      width: 180,
      onCell: (line) => ({ rowSpan: line.span }),
      render: (_v, line) => <Typography.Text strong>{line.unit?.name}</Typography.Text>,
    },
    {
      title: t(budgetText.source),
      key: 'source',
      width: 180,
      render: (_v, line) => bold(line, sourceText(line)),
    },
    {
      title: t(budgetText.estimate),
      key: 'estimate',
      align: 'right',
      width: 150,
      render: (_v, l) => bold(l, money(l.estimate)),
    },
    {
      title: t(budgetText.allocation),
      key: 'allocation',
      align: 'right',
      width: 150,
      render: (_v, l) => withRatio(l, l.allocation, l.allocatedOfEstimate, budgetText.ofEstimate),
    },
    {
      title: t(budgetText.spending),
      key: 'spending',
      align: 'right',
      width: 150,
      render: (_v, l) => withRatio(l, l.spending, l.spentOfAllocation, budgetText.ofAllocation),
    },
    {
      title: t(budgetText.settlement),
      key: 'settlement',
      align: 'right',
      width: 150,
      render: (_v, l) => withRatio(l, l.settlement, l.settledOfSpending, budgetText.ofSpending),
    },
    {
      title: t(budgetText.warnings),
      key: 'warnings',
      width: 80,
      align: 'center',
      render: (_v, line) =>
        line.warnings.length > 0 ? (
          <Tooltip title={line.warnings.map((w) => t(BUDGET_WARNING_TEXT[w])).join('; ')}>
            <Tag color="warning" icon={<WarningOutlined />}>
              {line.warnings.length}
            </Tag>
          </Tooltip>
        ) : null,
    },
  ];

  return (
    <Table<Line>
      rowKey="key"
      size="small"
      bordered
      columns={columns}
      dataSource={lines}
      loading={isLoading}
      pagination={false}
      scroll={{ x: 960 }}
      rowClassName={(line) => (isTotal(line) ? 'budget-unit-total' : '')}
      onRow={(line) => (isTotal(line) ? { style: { background: 'rgba(0,0,0,0.02)' } } : {})}
      locale={{
        emptyText: <Empty description={t(budgetText.summaryEmpty, { year: summary?.fiscalYear ?? '' })} />,
      }}
      summary={() =>
        lines.length === 0 ? null : (
          <Table.Summary fixed>
            {totals.map((line, index) => (
              <Table.Summary.Row key={line.key} style={{ background: '#fafafa' }}>
                <Table.Summary.Cell index={0}>
                  {index === 0 ? <Typography.Text strong>{t(budgetText.grandTotal)}</Typography.Text> : null}
                </Table.Summary.Cell>
                <Table.Summary.Cell index={1}>{bold(line, sourceText(line))}</Table.Summary.Cell>
                <Table.Summary.Cell index={2} align="right">
                  <Typography.Text strong>{money(line.estimate)}</Typography.Text>
                </Table.Summary.Cell>
                <Table.Summary.Cell index={3} align="right">
                  {withRatio(strong(line), line.allocation, line.allocatedOfEstimate, budgetText.ofEstimate)}
                </Table.Summary.Cell>
                <Table.Summary.Cell index={4} align="right">
                  {withRatio(strong(line), line.spending, line.spentOfAllocation, budgetText.ofAllocation)}
                </Table.Summary.Cell>
                <Table.Summary.Cell index={5} align="right">
                  {withRatio(strong(line), line.settlement, line.settledOfSpending, budgetText.ofSpending)}
                </Table.Summary.Cell>
                <Table.Summary.Cell index={6} />
              </Table.Summary.Row>
            ))}
          </Table.Summary>
        )
      }
    />
  );
}
