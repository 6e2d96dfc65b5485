import { foldInPlace, normalizeInput, stripInlineMarkup } from './parse-text.ts';

/**
 * Markdown tables (`| … | … |`), turned into the lines the rest of the parser reads:
 * - a layout table (issuer | motto, "Nơi nhận" | signer) is read column by column, each cell's `<br>` a line;
 * - a table of tasks (a header with "Nội dung"/"Nhiệm vụ" and "Chủ trì"/"Thực hiện" columns, as in a
 *   "Phụ lục" of tasks) is read row by row, each row becoming a numbered item with labelled fields
 *   ("1.2. <nội dung>", "Chủ trì: …", "Phối hợp: …", "Thời gian: …"); a row numbered in Roman groups the rows
 *   under it (group II, row 3 → "2.3").
 */

export interface PhysicalLine {
  text: string;
  lineNumber: number;
}

type Column = 'code' | 'title' | 'lead' | 'coordinators' | 'form' | 'time' | 'product';

const TABLE_SEPARATOR_ROW = /^\|?[\s:|-]*-[\s:|-]*\|?$/;
const LINE_BREAK_TAG = /<br\s*\/?>/gi;
const MAX_COLUMNS = 12;
const ROMAN_GROUP = /^(?:X{0,2})(?:IX|IV|V?I{0,3})$/;
const LABELS: Partial<Record<Column, string>> = {
  lead: 'Chủ trì',
  coordinators: 'Phối hợp',
  form: 'Hình thức',
  time: 'Thời gian',
  product: 'Sản phẩm',
};

function splitRow(line: string): string[] {
  const inner = line
    .trim()
    .replace(/^\|/, '')
    .replace(/(?<!\\)\|$/, '');
  return inner.split(/(?<!\\)\|/).slice(0, MAX_COLUMNS);
}

function columnOf(header: string): Column | null {
  const folded = foldInPlace(stripInlineMarkup(header));
  if (/^(?:stt|tt|so tt|so thu tu)$/.test(folded)) return 'code';
  if (/thoi gian|thoi han|tien do/.test(folded)) return 'time';
  if (/phoi hop/.test(folded)) return 'coordinators';
  if (/chu tri|thuc hien/.test(folded)) return 'lead';
  if (/hinh thuc/.test(folded)) return 'form';
  if (/san pham|ket qua/.test(folded)) return 'product';
  if (/noi dung|nhiem vu|cong viec|hoat dong/.test(folded)) return 'title';
  return null;
}

/** The role of each column when the first row heads a table of tasks; null for any other table. */
function taskColumns(header: string[]): (Column | null)[] | null {
  const columns = header.map(columnOf);
  return columns.includes('title') && columns.includes('lead') ? columns : null;
}

function cellText(cell: string | undefined): string {
  return stripInlineMarkup((cell ?? '').replace(LINE_BREAK_TAG, ' '));
}

/** "2.3" for row 3 of group II; the code as written when there is no group or it already has one. */
function rowCode(code: string, group: number | null): string {
  const clean = code.replace(/[.)]+$/, '');
  return group !== null && /^\d{1,3}$/.test(clean) ? `${group}.${clean}` : clean;
}

function taskRowLines(columns: (Column | null)[], cells: string[], group: number | null): string[] {
  const valueOf = (column: Column) => cellText(cells[columns.indexOf(column)]);
  const code = rowCode(valueOf('code'), group);
  const title = valueOf('title');
  const lines = [code === '' ? `- ${title}` : `${code}. ${title}`];
  for (const [column, label] of Object.entries(LABELS) as [Column, string][]) {
    const value = columns.includes(column) ? valueOf(column) : '';
    if (value !== '') lines.push(`${label}: ${value}`);
  }
  return lines;
}

function readTaskTable(
  columns: (Column | null)[],
  rows: { cells: string[]; lineNumber: number }[],
): PhysicalLine[] {
  const lines: PhysicalLine[] = [];
  let group: number | null = null;
  for (const row of rows) {
    const code = cellText(row.cells[columns.indexOf('code')]).replace(/[.)]+$/, '');
    if (code !== '' && ROMAN_GROUP.test(code)) {
      group = (group ?? 0) + 1;
      lines.push({
        text: `${group}. ${cellText(row.cells[columns.indexOf('title')])}`,
        lineNumber: row.lineNumber,
      });
      continue;
    }
    for (const text of taskRowLines(columns, row.cells, group))
      lines.push({ text, lineNumber: row.lineNumber });
  }
  lines.push({ text: '', lineNumber: rows.at(-1)?.lineNumber ?? 0 });
  return lines;
}

function readLayoutTable(rows: { cells: string[]; lineNumber: number }[]): PhysicalLine[] {
  const columns = rows.reduce((widest, row) => Math.max(widest, row.cells.length), 0);
  const lines: PhysicalLine[] = [];
  for (let column = 0; column < columns; column += 1) {
    for (const row of rows) {
      for (const part of (row.cells[column] ?? '').split(LINE_BREAK_TAG)) {
        lines.push({ text: part, lineNumber: row.lineNumber });
      }
    }
    lines.push({ text: '', lineNumber: rows.at(-1)?.lineNumber ?? 0 });
  }
  return lines;
}

function readTable(rows: PhysicalLine[]): PhysicalLine[] {
  const cells = rows
    .filter((row) => !TABLE_SEPARATOR_ROW.test(row.text.trim()))
    .map((row) => ({ lineNumber: row.lineNumber, cells: splitRow(row.text) }));
  const columns = taskColumns(cells[0]?.cells ?? []);
  return columns ? readTaskTable(columns, cells.slice(1)) : readLayoutTable(cells);
}

/** Physical lines with tables read and `<br>` split, numbered as in the input. */
export function physicalLines(text: string): PhysicalLine[] {
  const raw = normalizeInput(text).split('\n');
  const lines: PhysicalLine[] = [];
  let index = 0;
  while (index < raw.length) {
    const line = raw[index] ?? '';
    if (line.trimStart().startsWith('|')) {
      const rows: PhysicalLine[] = [];
      while (index < raw.length && (raw[index] ?? '').trimStart().startsWith('|')) {
        rows.push({ text: raw[index] ?? '', lineNumber: index + 1 });
        index += 1;
      }
      for (const tableLine of readTable(rows)) lines.push(tableLine);
      continue;
    }
    for (const part of line.split(LINE_BREAK_TAG)) lines.push({ text: part, lineNumber: index + 1 });
    index += 1;
  }
  return lines;
}
