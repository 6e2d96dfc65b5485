// The first worksheet of an .xlsx as text cells, read straight from the ZIP and the sheet's XML. exceljs
// builds a whole object model for every cell and takes seconds on a 10,000-row list; this reads the same list
// in a fraction of that (SPEC §9: member import of 10,000 rows under 5 s). Only what a list holds is read:
// shared and inline strings, numbers, booleans, dates (numbers in a date format), formula results.
import { inflateRawSync } from 'node:zlib';

export class NotXlsxError extends Error {}

interface ZipEntry {
  method: number;
  compressedSize: number;
  localOffset: number;
}

/** The entries of a ZIP file by name, from its central directory. */
function zipEntries(data: Buffer): Map<string, ZipEntry> {
  const from = Math.max(0, data.length - 22 - 65_535);
  let eocd = -1;
  for (let i = data.length - 22; i >= from; i -= 1) {
    if (data.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new NotXlsxError('no ZIP directory');
  const count = data.readUInt16LE(eocd + 10);
  let offset = data.readUInt32LE(eocd + 16);
  const entries = new Map<string, ZipEntry>();
  for (let i = 0; i < count; i += 1) {
    if (offset + 46 > data.length || data.readUInt32LE(offset) !== 0x02014b50)
      throw new NotXlsxError('bad ZIP entry');
    const nameLength = data.readUInt16LE(offset + 28);
    const extraLength = data.readUInt16LE(offset + 30);
    const commentLength = data.readUInt16LE(offset + 32);
    const name = data.toString('utf8', offset + 46, offset + 46 + nameLength);
    entries.set(name.replace(/^\//, ''), {
      method: data.readUInt16LE(offset + 10),
      compressedSize: data.readUInt32LE(offset + 20),
      localOffset: data.readUInt32LE(offset + 42),
    });
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

function readEntry(data: Buffer, entries: Map<string, ZipEntry>, name: string): string | undefined {
  const entry = entries.get(name);
  if (!entry) return undefined;
  const local = entry.localOffset;
  if (data.readUInt32LE(local) !== 0x04034b50) throw new NotXlsxError('bad ZIP local header');
  const start = local + 30 + data.readUInt16LE(local + 26) + data.readUInt16LE(local + 28);
  const raw = data.subarray(start, start + entry.compressedSize);
  if (entry.method === 0) return raw.toString('utf8');
  if (entry.method === 8) return inflateRawSync(raw).toString('utf8');
  throw new NotXlsxError(`ZIP method ${entry.method}`);
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeXml(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, code: string) => {
    if (code.startsWith('#x') || code.startsWith('#X'))
      return String.fromCodePoint(parseInt(code.slice(2), 16));
    if (code.startsWith('#')) return String.fromCodePoint(Number(code.slice(1)));
    return ENTITIES[code] ?? whole;
  });
}

/** The text of a string item: every `<t>` run, leaving out phonetic runs (`<rPh>`). */
function itemText(xml: string): string {
  const withoutPhonetic = xml.includes('<rPh') ? xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, '') : xml;
  let text = '';
  for (const match of withoutPhonetic.matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g)) text += match[1] ?? '';
  return decodeXml(text);
}

function sharedStrings(xml: string | undefined): string[] {
  if (!xml) return [];
  return [...xml.matchAll(/<si>([\s\S]*?)<\/si>|<si\/>/g)].map((m) => itemText(m[1] ?? ''));
}

const BUILTIN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 30, 36, 45, 46, 47, 50, 57]);

/** For each cell style index: whether its number format shows a date. */
function dateStyles(xml: string | undefined): boolean[] {
  if (!xml) return [];
  const custom = new Map<number, string>();
  for (const m of xml.matchAll(/<numFmt\b[^>]*numFmtId="(\d+)"[^>]*formatCode="([^"]*)"/g))
    custom.set(Number(m[1]), decodeXml(m[2] ?? ''));
  const cellXfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(xml)?.[1] ?? '';
  return [...cellXfs.matchAll(/<xf\b([^>]*)/g)].map((m) => {
    const id = Number(/numFmtId="(\d+)"/.exec(m[1] ?? '')?.[1] ?? 0);
    if (BUILTIN_DATE_FORMATS.has(id)) return true;
    const code = custom.get(id);
    if (!code) return false;
    const bare = code.replace(/"[^"]*"|\[[^\]]*\]|\\./g, '');
    return /[dy]/i.test(bare) || /m.*[dy]|[dy].*m/i.test(bare);
  });
}

const pad = (n: number) => String(n).padStart(2, '0');

/** An Excel serial day as dd/mm/yyyy (1900 system: day 1 is 01/01/1900, with Excel's 29/02/1900). */
function serialDate(serial: number, is1904: boolean): string {
  const days = Math.floor(serial) + (is1904 ? 1462 : 0);
  const date = new Date(Date.UTC(1899, 11, 30) + days * 86_400_000);
  return `${pad(date.getUTCDate())}/${pad(date.getUTCMonth() + 1)}/${date.getUTCFullYear()}`;
}

function numberText(raw: string): string {
  const value = Number(raw);
  if (!Number.isFinite(value)) return raw;
  return Number.isInteger(value) ? value.toFixed(0) : String(Number(value.toPrecision(15)));
}

function columnIndex(ref: string): number {
  let index = 0;
  for (const char of ref) {
    const code = char.charCodeAt(0);
    if (code < 65 || code > 90) break;
    index = index * 26 + (code - 64);
  }
  return index;
}

/** The first worksheet: row number → cells by column number (1-based), as the text a user sees. */
export function readFirstSheet(data: Buffer): Map<number, Map<number, string>> {
  if (data.length < 22 || data.readUInt32LE(0) !== 0x04034b50) throw new NotXlsxError('not a ZIP file');
  const entries = zipEntries(data);
  const workbook = readEntry(data, entries, 'xl/workbook.xml');
  if (!workbook) throw new NotXlsxError('no workbook');
  const relId = /<sheet\b[^>]*\br:id="([^"]+)"/.exec(workbook)?.[1];
  const rels = readEntry(data, entries, 'xl/_rels/workbook.xml.rels') ?? '';
  const target = relId
    ? new RegExp(
        `<Relationship\\b[^>]*Id="${relId}"[^>]*Target="([^"]+)"|<Relationship\\b[^>]*Target="([^"]+)"[^>]*Id="${relId}"`,
      ).exec(rels)
    : null;
  const path = target ? (target[1] ?? target[2] ?? '') : 'worksheets/sheet1.xml';
  const sheetXml = readEntry(data, entries, path.startsWith('/') ? path.slice(1) : `xl/${path}`);
  if (!sheetXml) throw new NotXlsxError('no worksheet');
  const strings = sharedStrings(readEntry(data, entries, 'xl/sharedStrings.xml'));
  const dates = dateStyles(readEntry(data, entries, 'xl/styles.xml'));
  const is1904 = /<workbookPr\b[^>]*date1904="(1|true)"/.test(workbook);

  const rows = new Map<number, Map<number, string>>();
  let nextRow = 1;
  for (const rowMatch of sheetXml.matchAll(/<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g)) {
    const rowNumber = Number(/\br="(\d+)"/.exec(rowMatch[1] ?? '')?.[1] ?? nextRow);
    nextRow = rowNumber + 1;
    const body = rowMatch[2];
    if (!body) continue;
    const cells = new Map<number, string>();
    let nextColumn = 1;
    for (const cell of body.matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const attributes = cell[1] ?? '';
      const ref = /\br="([A-Z]+)\d*"/.exec(attributes)?.[1];
      const column = ref ? columnIndex(ref) : nextColumn;
      nextColumn = column + 1;
      const inner = cell[2];
      if (!inner) continue;
      const type = /\bt="(\w+)"/.exec(attributes)?.[1] ?? 'n';
      const raw = /<v>([\s\S]*?)<\/v>/.exec(inner)?.[1];
      let text = '';
      if (type === 's') text = strings[Number(raw)] ?? '';
      else if (type === 'inlineStr') text = itemText(/<is>([\s\S]*?)<\/is>/.exec(inner)?.[1] ?? '');
      else if (type === 'str') text = decodeXml(raw ?? '');
      else if (type === 'b') text = raw === '1' ? 'Có' : '';
      else if (type === 'e') text = '';
      else if (type === 'd') text = raw ? raw.slice(0, 10).split('-').reverse().join('/') : '';
      else if (raw !== undefined) {
        const style = Number(/\bs="(\d+)"/.exec(attributes)?.[1] ?? 0);
        text = dates[style] ? serialDate(Number(raw), is1904) : numberText(raw);
      }
      text = text.trim();
      if (text) cells.set(column, text);
    }
    if (cells.size > 0) rows.set(rowNumber, cells);
  }
  return rows;
}
