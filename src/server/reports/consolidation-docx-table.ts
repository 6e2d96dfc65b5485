/**
 * The per-task table of the consolidated report: one row per unit, one column per indicator, a bold total
 * row. The decree keeps the main text portrait, so the columns are fitted into the 165 mm between the
 * margins; when the indicators leave too little room for "Kết quả thực hiện", they move to a second table.
 */
import type { ConsolidatedTask, ConsolidatedUnitPart } from '../../domain/reports/consolidation.ts';
import { GridTable, type GridCell, type GridRow } from './consolidation-docx-grid.ts';
import { TABLE_STYLE, TEXT_WIDTH } from './consolidation-docx-layout.ts';
import {
  ROLE_LABELS,
  STATUS_LABELS,
  countTask,
  findIndicator,
  formatIndicatorCell,
  formatNumber,
  indicatorHeading,
  taskIndicators,
} from './consolidation-format.ts';

/** STT, Đơn vị, Vai trò, Trạng thái, Tiến độ (%). */
const FIXED_COLUMNS = [560, 1600, 850, 1000, 720] as const;
const FIXED_WIDTH = FIXED_COLUMNS.reduce((sum, width) => sum + width, 0);
const MIN_RESULT_WIDTH = 1500;
/** An 11 pt Times digit is 110 twips wide; cells keep 70 twips of padding each side. */
const CHARACTER_WIDTH = 110;
const CELL_PADDING = 140;
/** The second table's STT and Đơn vị columns. */
const FIGURES_TABLE_COLUMNS = [560, 2400] as const;

function headingRow(headings: readonly string[]): GridRow {
  return { isHeading: true, cells: headings.map((text) => ({ text, align: 'center', isBold: true })) };
}

/**
 * Wide enough for the longest figure, for the longest word of the heading, and for the heading in at most
 * five lines; 800 twips at least.
 */
function indicatorWidths(task: ConsolidatedTask): number[] {
  const values = [...task.units.flatMap((part) => part.indicators), ...task.indicatorTotals];
  return taskIndicators(task).map((indicator) => {
    const figures = values
      .filter((value) => value.name === indicator.name)
      .map((value) => formatIndicatorCell(value).length);
    const heading = indicatorHeading(indicator);
    const words = heading.split(/\s+/).map((word) => word.length);
    const characters = Math.max(0, ...figures, ...words, Math.ceil(heading.length / 5));
    return Math.max(800, characters * CHARACTER_WIDTH + CELL_PADDING);
  });
}

function statusText(part: ConsolidatedUnitPart): string {
  return part.isLate ? `${STATUS_LABELS[part.status]} (chậm)` : STATUS_LABELS[part.status];
}

function figureCells(task: ConsolidatedTask, part: ConsolidatedUnitPart): GridCell[] {
  return taskIndicators(task).map((indicator) => {
    const value = findIndicator(part, indicator.name);
    return { text: value ? formatIndicatorCell(value) : '-', align: 'right' };
  });
}

function totalCells(task: ConsolidatedTask): GridCell[] {
  return taskIndicators(task).map((indicator) => {
    const total = task.indicatorTotals.find((value) => value.name === indicator.name);
    return { text: total ? formatIndicatorCell(total) : '-', align: 'right', isBold: true };
  });
}

function unitRow(
  task: ConsolidatedTask,
  part: ConsolidatedUnitPart,
  index: number,
  withFigures: boolean,
): GridRow {
  const cells: GridCell[] = [
    { text: String(index + 1), align: 'center' },
    { text: part.unitName },
    { text: ROLE_LABELS[part.role], align: 'center' },
    { text: statusText(part), align: 'center' },
    { text: part.progress === null ? '-' : formatNumber(part.progress), align: 'center' },
    { text: part.done ?? '' },
  ];
  return { cells: withFigures ? [...cells, ...figureCells(task, part)] : cells };
}

function totalRow(task: ConsolidatedTask, withFigures: boolean): GridRow {
  const average = countTask(task).averageProgress;
  const cells: GridCell[] = [
    { text: 'Tổng cộng', span: 4, align: 'center', isBold: true },
    { text: average === null ? '-' : formatNumber(average), align: 'center', isBold: true },
    { text: '' },
  ];
  return { cells: withFigures ? [...cells, ...totalCells(task)] : cells };
}

/** The second table, when the figures do not fit beside the results: STT | Đơn vị | one column each. */
function figuresTable(task: ConsolidatedTask): GridTable {
  const indicators = taskIndicators(task);
  const [stt, unit] = FIGURES_TABLE_COLUMNS;
  const figureWidth = Math.floor((TEXT_WIDTH - stt - unit) / Math.max(1, indicators.length));
  const widths = [stt, unit, ...indicators.map(() => figureWidth)];
  const rows: GridRow[] = task.units.map((part, index) => ({
    cells: [
      { text: String(index + 1), align: 'center' },
      { text: part.unitName },
      ...figureCells(task, part),
    ],
  }));
  const total: GridRow = {
    cells: [{ text: 'Tổng cộng', span: 2, align: 'center', isBold: true }, ...totalCells(task)],
  };
  const headings = ['STT', 'Đơn vị', ...indicators.map(indicatorHeading)];
  return new GridTable(widths, [headingRow(headings), ...rows, total], TABLE_STYLE);
}

/** The table (or two) of one task. */
export function taskTables(task: ConsolidatedTask): GridTable[] {
  const indicators = taskIndicators(task);
  const figures = indicatorWidths(task);
  const figuresWidth = figures.reduce((sum, width) => sum + width, 0);
  const isSplit = TEXT_WIDTH - FIXED_WIDTH - figuresWidth < MIN_RESULT_WIDTH;
  const withFigures = !isSplit && indicators.length > 0;
  const resultWidth = TEXT_WIDTH - FIXED_WIDTH - (withFigures ? figuresWidth : 0);
  const widths = [...FIXED_COLUMNS, resultWidth, ...(withFigures ? figures : [])];
  const headings = ['STT', 'Đơn vị', 'Vai trò', 'Trạng thái', 'Tiến độ (%)', 'Kết quả thực hiện'];
  if (withFigures) headings.push(...indicators.map(indicatorHeading));
  const rows = task.units.map((part, index) => unitRow(task, part, index, withFigures));
  const main = new GridTable(
    widths,
    [headingRow(headings), ...rows, totalRow(task, withFigures)],
    TABLE_STYLE,
  );
  return isSplit && indicators.length > 0 ? [main, figuresTable(task)] : [main];
}
