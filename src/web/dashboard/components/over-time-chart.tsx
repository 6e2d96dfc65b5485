import { useMemo } from 'react';
import ReactEChartsCore from 'echarts-for-react/esm/core';
import type { Dashboard } from '../../../domain/reports/dashboard.schemas.ts';
import { CHART_COLORS } from './status-colors.ts';
import { echarts, type BarOption } from './echarts-setup.ts';

interface OverTimeChartProps {
  data: Dashboard['overTime'];
  labels: { due: string; submitted: string; accepted: string };
}

/** "2026-05" → "05/2026" */
function monthLabel(month: string): string {
  const [year, number] = month.split('-');
  return `${number}/${year}`;
}

export default function OverTimeChart({ data, labels }: OverTimeChartProps) {
  const option = useMemo<BarOption>(
    () => ({
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 40, right: 16, top: 36, bottom: 28 },
      xAxis: { type: 'category', data: data.map((row) => monthLabel(row.month)) },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        { name: labels.due, type: 'bar', data: data.map((row) => row.due), color: CHART_COLORS.due },
        {
          name: labels.submitted,
          type: 'bar',
          data: data.map((row) => row.submitted),
          color: CHART_COLORS.submitted,
        },
        {
          name: labels.accepted,
          type: 'bar',
          data: data.map((row) => row.accepted),
          color: CHART_COLORS.accepted,
        },
      ],
    }),
    [data, labels],
  );
  return <ReactEChartsCore echarts={echarts} option={option} notMerge style={{ height: 300 }} />;
}
