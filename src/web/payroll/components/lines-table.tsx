import { useMemo, useState } from 'react';
import { Button, Flex, Input, Select, Switch, Table, Tag, Typography, type TableColumnsType } from 'antd';
import {
  PAYROLL_ROLE_LABELS,
  RATE_KIND_LABELS,
  RATE_KINDS,
  type RateKind,
} from '../../../domain/payroll/constants.ts';
import { formatNumber } from '../../lib/format.ts';
import { common, useT } from '../../lib/i18n.ts';
import { formatMonth, vnd } from '../format.ts';
import { lineText, payrollPageText, payrollText } from '../messages.ts';
import type { CorrectionLineView, PayrollDetail, PayrollLineView } from '../types.ts';
import { CorrectionExplanation, LineExplanation, lineFlags } from './line-explanation.tsx';

/**
 * One row of the table: a line of the month, or a correction of an earlier month. As in the treasury list, STT
 * numbers the members (a member's further lines have none and show the name lighter).
 */
type Row = ({ type: 'line'; line: PayrollLineView } | { type: 'correction'; line: CorrectionLineView }) & {
  key: string;
  stt: number | null;
  order: number;
};

const byText = (a: string, b: string) => a.localeCompare(b, 'vi');

function rowsOf(payroll: PayrollDetail): Row[] {
  const rows: Row[] = [
    ...payroll.lines.map((line, index) => ({ key: `l${index}`, type: 'line' as const, line })),
    ...payroll.corrections.map((line, index) => ({ key: `c${index}`, type: 'correction' as const, line })),
  ].map((row, order) => ({ ...row, stt: null, order }));
  let stt = 0;
  let previous: string | null = null;
  for (const row of rows) {
    const member = `${row.type}|${row.line.memberId}`;
    if (member !== previous) row.stt = ++stt;
    previous = member;
  }
  return rows;
}

/** The payroll's lines: filter by name, team, kind; sort; open a line to see how it was computed. */
export function LinesTable({ payroll }: { payroll: PayrollDetail }) {
  const t = useT();
  const [q, setQ] = useState('');
  const [teamId, setTeamId] = useState<string | undefined>();
  const [kind, setKind] = useState<RateKind | undefined>();
  const [onlyCorrections, setOnlyCorrections] = useState(false);
  const [expanded, setExpanded] = useState<readonly React.Key[]>([]);
  const all = useMemo(() => rowsOf(payroll), [payroll]);
  const needle = q.trim().toLocaleLowerCase('vi');
  const rows = all.filter(
    (row) =>
      (!needle || row.line.fullName.toLocaleLowerCase('vi').includes(needle)) &&
      (!teamId || row.line.teamId === teamId) &&
      (!kind || row.line.kind === kind) &&
      (!onlyCorrections || row.type === 'correction'),
  );
  const shownTotal = rows.reduce((sum, row) => sum + row.line.amount, 0);
  const kinds = RATE_KINDS.filter((k) => all.some((row) => row.line.kind === k));

  const columns: TableColumnsType<Row> = [
    {
      title: 'STT',
      key: 'stt',
      width: 64,
      align: 'right',
      render: (_v, row) => row.stt,
      sorter: (a, b) => a.order - b.order,
    },
    {
      title: t(payrollText.member),
      key: 'member',
      width: 280,
      sorter: (a, b) => byText(a.line.fullName, b.line.fullName),
      render: (_v, row) =>
        row.stt === null ? (
          <Typography.Text type="secondary">{row.line.fullName}</Typography.Text>
        ) : (
          <Flex vertical>
            <Typography.Text strong>{row.line.fullName}</Typography.Text>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {row.line.teamName}
            </Typography.Text>
          </Flex>
        ),
    },
    {
      title: t(payrollText.role),
      key: 'role',
      width: 120,
      sorter: (a, b) => byText(a.line.role, b.line.role),
      render: (_v, row) => t(PAYROLL_ROLE_LABELS[row.line.role]),
    },
    {
      title: t(payrollText.kind),
      key: 'kind',
      sorter: (a, b) => RATE_KINDS.indexOf(a.line.kind) - RATE_KINDS.indexOf(b.line.kind),
      render: (_v, row) => {
        if (row.type === 'correction')
          return (
            <Flex vertical gap={2} align="flex-start">
              <Tag color="orange">
                {t(lineText.correction, { month: formatMonth(row.line.originalMonth) })}
              </Tag>
              <span>{t(RATE_KIND_LABELS[row.line.kind])}</span>
            </Flex>
          );
        const flags = lineFlags(row.line);
        return (
          <Flex vertical gap={2} align="flex-start">
            <span>{t(RATE_KIND_LABELS[row.line.kind])}</span>
            <Flex gap={4} wrap>
              {flags.proRata ? <Tag color="blue">{t(lineText.proRata)}</Tag> : null}
              {flags.rateChange ? <Tag color="purple">{t(lineText.rateChange)}</Tag> : null}
              {row.line.missing ? <Tag color="red">{t(lineText.missingContribution)}</Tag> : null}
            </Flex>
          </Flex>
        );
      },
    },
    {
      title: t(payrollText.days),
      key: 'days',
      width: 110,
      align: 'right',
      sorter: (a, b) => (a.type === 'line' ? a.line.days : 0) - (b.type === 'line' ? b.line.days : 0),
      render: (_v, row) =>
        row.type === 'correction'
          ? t(common.none)
          : row.line.unit === 'month'
            ? t(lineText.daysOfMonth, { days: row.line.days, dim: row.line.daysInMonth })
            : t(lineText.dayCount, { days: row.line.days }),
    },
    {
      title: t(payrollText.rate),
      key: 'rate',
      width: 150,
      align: 'right',
      render: (_v, row) =>
        row.type === 'correction'
          ? t(common.none)
          : t(row.line.unit === 'month' ? lineText.perMonth : lineText.perDay, {
              amount: vnd(Math.round(row.line.rate)),
            }),
    },
    {
      title: t(payrollText.amount),
      key: 'amount',
      width: 150,
      align: 'right',
      sorter: (a, b) => a.line.amount - b.line.amount,
      render: (_v, row) => (
        <Typography.Text strong type={row.line.amount < 0 ? 'danger' : undefined}>
          {vnd(row.line.amount)}
        </Typography.Text>
      ),
    },
  ];

  return (
    <>
      <Flex gap={8} wrap align="center" style={{ marginBottom: 12 }}>
        <Input.Search
          allowClear
          aria-label={t(payrollPageText.searchMember)}
          placeholder={t(payrollPageText.searchMember)}
          value={q}
          onChange={(event) => setQ(event.target.value)}
          style={{ width: 260 }}
        />
        <Select<string>
          allowClear
          aria-label={t(payrollText.team)}
          placeholder={t(payrollPageText.allTeams)}
          value={teamId}
          onChange={setTeamId}
          options={payroll.totals.byTeam.map((team) => ({ value: team.teamId, label: team.teamName }))}
          style={{ width: 240 }}
          popupMatchSelectWidth={false}
        />
        <Select<RateKind>
          allowClear
          aria-label={t(payrollText.kind)}
          placeholder={t(payrollPageText.allKinds)}
          value={kind}
          onChange={setKind}
          options={kinds.map((k) => ({ value: k, label: t(RATE_KIND_LABELS[k]) }))}
          style={{ width: 260 }}
          popupMatchSelectWidth={false}
        />
        {payroll.corrections.length > 0 ? (
          <Flex gap={6} align="center">
            <Switch
              size="small"
              checked={onlyCorrections}
              onChange={setOnlyCorrections}
              aria-label={t(payrollPageText.onlyCorrections)}
            />
            <span>{t(payrollPageText.onlyCorrections)}</span>
          </Flex>
        ) : null}
        <Button
          type="link"
          onClick={() => setExpanded(expanded.length > 0 ? [] : rows.map((row) => row.key))}
        >
          {expanded.length > 0 ? t(payrollPageText.collapseAll) : t(payrollPageText.expandAll)}
        </Button>
      </Flex>
      <Table<Row>
        rowKey="key"
        size="small"
        columns={columns}
        dataSource={rows}
        scroll={{ x: 960 }}
        rowClassName={(row) => (row.type === 'correction' ? 'payroll-correction-row' : '')}
        expandable={{
          expandedRowKeys: expanded,
          onExpandedRowsChange: setExpanded,
          expandRowByClick: true,
          expandedRowRender: (row) =>
            row.type === 'line' ? (
              <LineExplanation line={row.line} />
            ) : (
              <CorrectionExplanation line={row.line} />
            ),
        }}
        pagination={{
          defaultPageSize: 50,
          showSizeChanger: true,
          pageSizeOptions: [50, 100, 500],
          showTotal: (total, range) =>
            t(payrollPageText.linesRange, {
              from: formatNumber(range[0]),
              to: formatNumber(range[1]),
              total: formatNumber(total),
            }),
        }}
        summary={() => (
          <Table.Summary fixed>
            <Table.Summary.Row>
              <Table.Summary.Cell index={0} colSpan={7}>
                <Typography.Text strong>
                  {rows.length === all.length
                    ? t(payrollText.total)
                    : t(payrollPageText.shownTotal, {
                        count: formatNumber(rows.length),
                      })}
                </Typography.Text>
              </Table.Summary.Cell>
              <Table.Summary.Cell index={1} align="right">
                <Typography.Text strong data-testid="lines-total">
                  {vnd(shownTotal)}
                </Typography.Text>
              </Table.Summary.Cell>
            </Table.Summary.Row>
          </Table.Summary>
        )}
      />
    </>
  );
}
