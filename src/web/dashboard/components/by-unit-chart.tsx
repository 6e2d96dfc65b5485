import { useMemo } from 'react';
import ReactEChartsCore from 'echarts-for-react/esm/core';
import type { Dashboard } from '../../../domain/reports/dashboard.schemas.ts';
import { CHART_COLORS } from './status-colors.ts';
import { echarts, type BarOption } from './echarts-setup.ts';

interface ByUnitChartProps {
  data: Dashboard['byUnit'];
  label: string;
}

const TOP = 15;

/** The 15 units with most periods, by the share of their periods accepted. */
export default function ByUnitChart({ data, label }: ByUnitChartProps) {
  const option = useMemo<BarOption>(() => {
    const rows = [...data]
      .sort((a, b) => b.periods - a.periods)
      .slice(0, TOP)
      .map((unit) => ({
        name: unit.name,
        value: unit.periods ? Math.round((unit.accepted / unit.periods) * 100) : 0,
      }))
      .sort((a, b) => a.value - b.value);
    return {
      tooltip: { trigger: 'axis', valueFormatter: (value) => `${String(value)}%` },
      grid: { left: 8, right: 32, top: 8, bottom: 24, containLabel: true },
      xAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } },
      yAxis: {
        type: 'category',
        data: rows.map((row) => row.name),
        axisLabel: { width: 180, overflow: 'truncate' },
      },
      series: [
        {
          name: label,
          type: 'bar',
          data: rows.map((row) => row.value),
          color: CHART_COLORS.accepted,
          label: { show: true, position: 'right', formatter: '{c}%' },
        },
      ],
    };
  }, [data, label]);
  const height = Math.max(200, Math.min(data.length, TOP) * 26 + 40);
  return <ReactEChartsCore echarts={echarts} option={option} notMerge style={{ height }} />;
}
