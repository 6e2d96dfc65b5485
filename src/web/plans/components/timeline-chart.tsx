import { useMemo } from 'react';
import { CustomChart, type CustomSeriesOption } from 'echarts/charts';
import {
  GridComponent,
  TooltipComponent,
  type GridComponentOption,
  type TooltipComponentOption,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import ReactEChartsCore from 'echarts-for-react/esm/core';
import { formatDate } from '../../lib/format.ts';
import type { TimelineRow } from '../utils/timeline-rows.ts';

// Only what this chart draws: bars, diamonds and the today line are all custom series, which keeps
// the chunk to ECharts' core, one chart type, the grid and the tooltip.
echarts.use([CustomChart, GridComponent, TooltipComponent, CanvasRenderer]);

type Option = echarts.ComposeOption<CustomSeriesOption | GridComponentOption | TooltipComponentOption>;
type RenderItem = NonNullable<CustomSeriesOption['renderItem']>;

const DAY = 86_400_000;
const ROW_HEIGHT = 34;
const COLORS = {
  active: '#1f4e9c',
  past: '#9aaccc',
  parent: '#0b1f3a',
  due: '#fa8c16',
  dueDone: '#8c8c8c',
  today: '#cf1322',
};

interface TimelineChartProps {
  rows: TimelineRow[];
  planDate: string | null;
  today: string;
  labels: { today: string; dueDates: string; ongoing: string };
}

function time(date: string): number {
  return Date.parse(`${date}T00:00:00Z`);
}

function isoDay(value: number): string {
  return new Date(value).toISOString().slice(0, 10);
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

function shorten(text: string, length: number): string {
  return text.length > length ? `${text.slice(0, length - 1)}…` : text;
}

/** The span of each row: its own due dates, or for a parent those of its sub-tasks. */
function spans(rows: TimelineRow[], start: number): { start: number; end: number }[] {
  return rows.map((row, index) => {
    let dates = row.dueDates;
    if (row.isParent) {
      const below: string[] = [...row.dueDates];
      for (let next = index + 1; next < rows.length && (rows[next]?.depth ?? 0) > row.depth; next += 1)
        below.push(...(rows[next]?.dueDates ?? []));
      dates = below.sort();
    }
    const last = dates.at(-1);
    return { start, end: last ? time(last) : start };
  });
}

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The plotting area, which custom series receive untyped. */
function plotArea(params: Parameters<RenderItem>[0]): Box {
  const area: unknown = params.coordSys;
  const read = (key: string) =>
    typeof area === 'object' && area !== null && key in area
      ? Number((area as Record<string, unknown>)[key])
      : 0;
  return { x: read('x'), y: read('y'), width: read('width'), height: read('height') };
}

const renderBar: RenderItem = (params, api) => {
  const index = Number(api.value(0));
  const from = api.coord([api.value(1), index]);
  const to = api.coord([api.value(2), index]);
  const isParent = api.value(3) === 1;
  const isPast = api.value(4) === 1;
  const size = api.size?.([0, 1]);
  const band = Array.isArray(size) ? (size[1] ?? ROW_HEIGHT) : ROW_HEIGHT;
  const height = band * (isParent ? 0.22 : 0.42);
  const x = from[0] ?? 0;
  const shape = echarts.graphic.clipRectByRect(
    { x, y: (from[1] ?? 0) - height / 2, width: Math.max((to[0] ?? 0) - x, 3), height },
    plotArea(params),
  );
  if (!shape) return null;
  return {
    type: 'rect',
    shape: { ...shape, r: isParent ? 1 : 3 },
    style: { fill: isParent ? COLORS.parent : isPast ? COLORS.past : COLORS.active, opacity: 0.85 },
  };
};

const renderDue: RenderItem = (_params, api) => {
  const [x = 0, y = 0] = api.coord([api.value(0), api.value(1)]);
  return {
    type: 'rect',
    x,
    y,
    rotation: Math.PI / 4,
    shape: { x: -4.5, y: -4.5, width: 9, height: 9 },
    style: { fill: api.value(2) === 1 ? COLORS.dueDone : COLORS.due, stroke: '#fff', lineWidth: 1 },
  };
};

function renderToday(label: string): RenderItem {
  return (params, api) => {
    const area = plotArea(params);
    const [x = 0] = api.coord([api.value(0), 0]);
    if (x < area.x || x > area.x + area.width) return null;
    return {
      type: 'group',
      silent: true,
      children: [
        {
          type: 'line',
          shape: { x1: x, y1: area.y, x2: x, y2: area.y + area.height },
          style: { stroke: COLORS.today, lineWidth: 1.5, lineDash: [5, 4] },
        },
        {
          type: 'text',
          x: x + 4,
          y: area.y + 4,
          style: { text: label, fill: COLORS.today, font: '600 12px sans-serif' },
        },
      ],
    };
  };
}

function buildOption({ rows, planDate, today, labels }: TimelineChartProps): Option {
  const todayTime = time(today);
  const allDates = rows.flatMap((row) => row.dueDates).sort();
  // A due date before the plan's own date (a recurring one counted from January) widens the span.
  const first = time(allDates[0] ?? today);
  const start = planDate ? Math.min(time(planDate), first) : first;
  const end = Math.max(time(allDates.at(-1) ?? today), todayTime);
  const rowSpans = spans(rows, start);
  const bars = rows.map((row, index) => {
    const span = rowSpans[index] ?? { start, end: start };
    return { value: [index, span.start, span.end, row.isParent ? 1 : 0, span.end < todayTime ? 1 : 0] };
  });
  const markers = rows.flatMap((row, index) =>
    row.dueDates.map((date) => ({ value: [time(date), index, time(date) < todayTime ? 1 : 0] })),
  );

  const tooltipFor = (index: number, date?: number) => {
    const row = rows[index];
    if (!row) return '';
    const dates = row.dueDates.map(formatDate).join(', ');
    return [
      `<strong>${escapeHtml(row.code)}. ${escapeHtml(shorten(row.title, 90))}</strong>`,
      date ? `${escapeHtml(labels.dueDates)}: <strong>${formatDate(isoDay(date))}</strong>` : '',
      row.scheduleLabel ? escapeHtml(row.scheduleLabel) : '',
      row.timeText && row.timeText !== row.scheduleLabel ? `<em>${escapeHtml(row.timeText)}</em>` : '',
      !date && dates ? `${escapeHtml(labels.dueDates)}: ${dates}` : '',
    ]
      .filter(Boolean)
      .join('<br/>');
  };

  return {
    animation: false,
    grid: { left: 12, right: 36, top: 36, bottom: 16, containLabel: true },
    tooltip: {
      trigger: 'item',
      confine: true,
      borderColor: '#d9d9d9',
      extraCssText: 'max-width: 420px; white-space: normal;',
      formatter: (params) => {
        const item = Array.isArray(params) ? params[0] : params;
        if (!item) return '';
        const value = item.value;
        if (!Array.isArray(value)) return '';
        return item.seriesName === 'due'
          ? tooltipFor(Number(value[1]), Number(value[0]))
          : tooltipFor(Number(value[0]));
      },
    },
    xAxis: {
      type: 'time',
      position: 'top',
      min: start - 15 * DAY,
      max: end + 45 * DAY,
      splitLine: { show: true, lineStyle: { color: '#eef1f6' } },
      axisLabel: {
        formatter: (value: number) => {
          const date = new Date(value);
          return `${String(date.getUTCMonth() + 1).padStart(2, '0')}/${date.getUTCFullYear()}`;
        },
      },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: rows.map((row) => ({
        value: `${row.code}  ${shorten(row.title, 38)}`,
        textStyle: { fontWeight: row.depth === 0 ? 'bold' : 'normal' },
      })),
      axisTick: { show: false },
      axisLabel: { fontSize: 12, color: '#1f2a3a' },
      splitLine: { show: true, lineStyle: { color: '#f5f6f8' } },
    },
    series: [
      { type: 'custom', name: 'tasks', renderItem: renderBar, encode: { x: [1, 2], y: 0 }, data: bars },
      { type: 'custom', name: 'due', renderItem: renderDue, encode: { x: 0, y: 1 }, data: markers, z: 3 },
      {
        type: 'custom',
        name: 'today',
        renderItem: renderToday(labels.today),
        encode: { x: 0 },
        data: [[todayTime]],
        silent: true,
        tooltip: { show: false },
        z: 4,
      },
    ],
  };
}

/** The chart itself; loaded lazily with ECharts. */
export default function TimelineChart(props: TimelineChartProps) {
  const option = useMemo(() => buildOption(props), [props]);
  const height = Math.max(260, props.rows.length * ROW_HEIGHT + 110);
  return (
    <div className="plan-timeline" role="img" aria-label={props.labels.dueDates}>
      <ReactEChartsCore echarts={echarts} option={option} notMerge style={{ height, width: '100%' }} />
    </div>
  );
}
