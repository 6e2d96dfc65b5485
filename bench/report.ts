// Plain-text tables and the final summary. MISS and ERROR are printed loudly (red when on a terminal).
import { formatTarget, formatValue, meetsTarget } from './stats.ts';
import type { Engine, Figure } from './types.ts';

export type Status = 'OK' | 'MISS' | 'info' | 'ERROR' | 'skipped';

export interface SummaryRow {
  name: string;
  engine: Engine;
  figure: string;
  target: string;
  status: Status;
}

const colour = process.stdout.isTTY && !process.env.NO_COLOR;
const paint = (code: string, text: string) => (colour ? `\u001b[${code}m${text}\u001b[0m` : text);
export const red = (text: string) => paint('1;31', text);
export const green = (text: string) => paint('32', text);
export const bold = (text: string) => paint('1', text);

const width = (text: string) => [...text].length;

/** A left-aligned table with a header rule; `decorate` may colour a cell after padding. */
export function table(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  decorate: (cell: string, column: number) => string = (cell) => cell,
): string {
  const widths = header.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i] ?? ''))));
  const line = (cells: readonly string[], paintCells: boolean) =>
    cells
      .map((cell, i) => {
        const padded = cell + ' '.repeat(Math.max(0, (widths[i] ?? 0) - width(cell)));
        return paintCells ? decorate(padded, i) : padded;
      })
      .join(' | ')
      .trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('-+-');
  return [line(header, false), rule, ...rows.map((r) => line(r, true))].join('\n');
}

export function figureRow(benchmark: string, engine: Engine, figure: Figure): SummaryRow {
  const name = figure.label ? `${benchmark} ${figure.label}` : benchmark;
  return {
    name,
    engine,
    figure: formatValue(figure.value, figure.unit),
    target: formatTarget(figure.target, figure.unit),
    status: figure.target ? (meetsTarget(figure.value, figure.target) ? 'OK' : 'MISS') : 'info',
  };
}

const STATUS_TEXT: Record<Status, string> = {
  OK: 'OK',
  MISS: '*** MISS ***',
  info: 'info',
  ERROR: '*** ERROR ***',
  skipped: 'skipped',
};

export function printSummary(rows: readonly SummaryRow[]): void {
  console.log(`\n${bold('Summary')}\n`);
  console.log(
    table(
      ['name', 'engine', 'figure', 'target', 'OK/MISS'],
      rows.map((r) => [r.name, r.engine, r.figure, r.target, STATUS_TEXT[r.status]]),
      (cell, column) => {
        if (column !== 4) return cell;
        if (cell.includes('MISS') || cell.includes('ERROR')) return red(cell);
        return cell.startsWith('OK') ? green(cell) : cell;
      },
    ),
  );
  const missed = rows.filter((r) => r.status === 'MISS');
  const failed = rows.filter((r) => r.status === 'ERROR');
  const met = rows.filter((r) => r.status === 'OK').length;
  console.log('');
  if (missed.length === 0 && failed.length === 0) {
    console.log(green(`All ${met} targets met.`));
    return;
  }
  const banner = '!'.repeat(72);
  console.log(red(banner));
  for (const r of missed)
    console.log(red(`!!! MISS  ${r.name} on ${r.engine}: ${r.figure}, target ${r.target}`));
  for (const r of failed) console.log(red(`!!! ERROR ${r.name} on ${r.engine}: ${r.figure}`));
  console.log(red(`!!! ${missed.length} target(s) missed, ${failed.length} benchmark(s) failed, ${met} met`));
  console.log(red(banner));
}
