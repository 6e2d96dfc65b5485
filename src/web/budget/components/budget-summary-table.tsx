import { WarningOutlined } from '@ant-design/icons';
import { Empty, Table, Tag, Tooltip, Typography, type TableColumnsType } from 'antd';
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

  const columns: TableColumnsType<Line> = [
    {
      title: t(budgetText.unit),
      key: 'unit',
      width: 200,
      onCell: (line) => ({ rowSpan: line.span }),
      render: (_v, line) => <Typography.Text strong>{line.unit?.name}</Typography.Text>,
    },
    {
      title: t(budgetText.source),
      key: 'source',
      width: 190,
      render: (_v, line) => bold(line, sourceText(line)),
    },
    {
      title: t(budgetText.estimate),
      key: 'estimate',
      align: 'right',
      render: (_v, l) => bold(l, money(l.estimate)),
    },
    {
      title: t(budgetText.allocation),
      key: 'allocation',
      align: 'right',
      render: (_v, l) => bold(l, money(l.allocation)),
    },
    {
      title: t(budgetText.spending),
      key: 'spending',
      align: 'right',
      render: (_v, l) => bold(l, money(l.spending)),
    },
    {
      title: t(budgetText.settlement),
      key: 'settlement',
      align: 'right',
      render: (_v, l) => bold(l, money(l.settlement)),
    },
    {
      title: t(budgetText.allocatedOfEstimate),
      key: 'ae',
      align: 'right',
      width: 105,
      render: (_v, l) => percent(l.allocatedOfEstimate),
    },
    {
      title: t(budgetText.spentOfAllocation),
      key: 'sa',
      align: 'right',
      width: 90,
      render: (_v, l) => percent(l.spentOfAllocation),
    },
    {
      title: t(budgetText.settledOfSpending),
      key: 'ss',
      align: 'right',
      width: 110,
      render: (_v, l) => percent(l.settledOfSpending),
    },
    {
      title: t(budgetText.warnings),
      key: 'warnings',
      width: 90,
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
      scroll={{ x: 1400 }}
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
                  <Typography.Text strong>{money(line.allocation)}</Typography.Text>
                </Table.Summary.Cell>
                <Table.Summary.Cell index={4} align="right">
                  <Typography.Text strong>{money(line.spending)}</Typography.Text>
                </Table.Summary.Cell>
                <Table.Summary.Cell index={5} align="right">
                  <Typography.Text strong>{money(line.settlement)}</Typography.Text>
                </Table.Summary.Cell>
                <Table.Summary.Cell index={6} align="right">
                  {percent(line.allocatedOfEstimate)}
                </Table.Summary.Cell>
                <Table.Summary.Cell index={7} align="right">
                  {percent(line.spentOfAllocation)}
                </Table.Summary.Cell>
                <Table.Summary.Cell index={8} align="right">
                  {percent(line.settledOfSpending)}
                </Table.Summary.Cell>
                <Table.Summary.Cell index={9} />
              </Table.Summary.Row>
            ))}
          </Table.Summary>
        )
      }
    />
  );
}
