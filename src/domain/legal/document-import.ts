/**
 * Reading a register of legal documents from a spreadsheet, row by row: the columns are found by their
 * headings (case and diacritics ignored), each cell is read the way officials write it (dates dd/mm/yyyy,
 * "Nghị quyết", "HĐND tỉnh", "Còn hiệu lực"), and every problem is named with its column. Pure: the server
 * reads the .xlsx and writes the rows.
 */
import { foldText } from '../common/text.ts';
import type { LegalDocumentKind, LegalIssuer, LegalValidity } from './constants.ts';
import { legalDocumentInputSchema, type LegalDocumentInput } from './documents.schemas.ts';

export const IMPORT_COLUMN_KEYS = [
  'number',
  'kind',
  'issuer',
  'issuedOn',
  'title',
  'field',
  'validity',
  'note',
] as const;
export type ImportColumnKey = (typeof IMPORT_COLUMN_KEYS)[number];

/** The headings the export writes (and a template would carry); `aliases` are other usual wordings, folded. */
export const IMPORT_COLUMNS: Record<
  ImportColumnKey,
  { heading: string; aliases: string[]; required: boolean }
> = {
  number: {
    heading: 'Số, ký hiệu',
    aliases: ['so ky hieu', 'so hieu', 'so van ban', 'ky hieu'],
    required: true,
  },
  kind: { heading: 'Loại văn bản', aliases: ['loai van ban', 'loai', 'hinh thuc van ban'], required: false },
  issuer: {
    heading: 'Cơ quan ban hành',
    aliases: ['co quan ban hanh', 'noi ban hanh', 'cap ban hanh'],
    required: false,
  },
  issuedOn: { heading: 'Ngày ban hành', aliases: ['ngay ban hanh', 'ngay ky'], required: true },
  title: {
    heading: 'Trích yếu',
    aliases: ['trich yeu', 'trich yeu noi dung', 'ten van ban', 'noi dung'],
    required: true,
  },
  field: { heading: 'Lĩnh vực', aliases: ['linh vuc'], required: false },
  validity: {
    heading: 'Tình trạng hiệu lực',
    aliases: ['tinh trang hieu luc', 'hieu luc', 'tinh trang'],
    required: false,
  },
  note: { heading: 'Ghi chú', aliases: ['ghi chu'], required: false },
};

const headingKey = (text: string) =>
  foldText(text)
    .replace(/[^a-z0-9 ]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** Which sheet column (0-based) holds each field; required columns that no heading names are `missing`. */
export function mapImportHeadings(headings: readonly string[]): {
  columns: Partial<Record<ImportColumnKey, number>>;
  missing: string[];
} {
  const columns: Partial<Record<ImportColumnKey, number>> = {};
  headings.forEach((heading, index) => {
    const key = headingKey(heading);
    if (!key) return;
    const match = IMPORT_COLUMN_KEYS.find((column) => {
      const spec = IMPORT_COLUMNS[column];
      return columns[column] === undefined && [headingKey(spec.heading), ...spec.aliases].includes(key);
    });
    if (match) columns[match] = index;
  });
  const missing = IMPORT_COLUMN_KEYS.filter(
    (key) => IMPORT_COLUMNS[key].required && columns[key] === undefined,
  ).map((key) => IMPORT_COLUMNS[key].heading);
  return { columns, missing };
}

/** "12/2019/NQ-HĐND" → what its symbol says: Nghị quyết of HĐND. Either part is undefined when it says nothing. */
export function readDocumentNumber(number: string): { kind?: LegalDocumentKind; issuer?: LegalIssuer } {
  const symbol = foldText(number).toUpperCase().split('/').pop() ?? '';
  const [typeCode = '', issuerCode = ''] = symbol.split('-').map((part) => part.trim());
  const kind = ({ NQ: 'resolution', QD: 'decision', CT: 'directive' } as const)[
    typeCode as 'NQ' | 'QD' | 'CT'
  ];
  const issuer = issuerCode.startsWith('HDND') ? 'hdnd' : issuerCode.startsWith('UBND') ? 'ubnd' : undefined;
  return { ...(kind ? { kind } : {}), ...(issuer ? { issuer } : {}) };
}

/** The key two numbers are the same document by: "12/2019/NQ-HĐND" and "12/2019/nq-hdnd " agree. */
export function documentNumberKey(number: string): string {
  return foldText(number).replace(/\s+/g, '').toUpperCase();
}

/** dd/mm/yyyy (also d/m/yyyy, dd-mm-yyyy, dd.mm.yyyy) or yyyy-mm-dd → "YYYY-MM-DD"; undefined if not a real day. */
export function readVietnameseDate(text: string): string | undefined {
  const value = text.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value);
  const vietnamese = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(value);
  const [year, month, day] = iso
    ? [Number(iso[1]), Number(iso[2]), Number(iso[3])]
    : vietnamese
      ? [Number(vietnamese[3]), Number(vietnamese[2]), Number(vietnamese[1])]
      : [NaN, NaN, NaN];
  if (!Number.isInteger(year) || year < 1945 || year > 2100) return undefined;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    return undefined;
  return date.toISOString().slice(0, 10);
}

function readChoice<T extends string>(text: string, choices: Record<string, T>): T | undefined {
  const key = headingKey(text);
  return Object.entries(choices).find(([label]) => key === label || key.startsWith(`${label} `))?.[1];
}

const KIND_WORDS: Record<string, LegalDocumentKind> = {
  'nghi quyet': 'resolution',
  nq: 'resolution',
  'quyet dinh': 'decision',
  qd: 'decision',
  'chi thi': 'directive',
  ct: 'directive',
};
const ISSUER_WORDS: Record<string, LegalIssuer> = {
  hdnd: 'hdnd',
  'hoi dong nhan dan': 'hdnd',
  ubnd: 'ubnd',
  'uy ban nhan dan': 'ubnd',
};
// Longest first: "hết hiệu lực một phần" must not be read as "hết hiệu lực".
const VALIDITY_WORDS: Record<string, LegalValidity> = {
  'het hieu luc mot phan': 'partly_expired',
  'con hieu luc': 'in_force',
  'het hieu luc': 'expired',
  'dang co hieu luc': 'in_force',
};

export interface ImportRowError {
  column: string;
  message: string;
}

/** One data row, its cells as text by field: the document, or the errors that stop it. */
export function checkImportRow(cells: Partial<Record<ImportColumnKey, string>>): {
  input?: LegalDocumentInput;
  errors: ImportRowError[];
} {
  const errors: ImportRowError[] = [];
  const text = (key: ImportColumnKey) => (cells[key] ?? '').trim();
  const fail = (key: ImportColumnKey, message: string) =>
    errors.push({ column: IMPORT_COLUMNS[key].heading, message });
  const fromNumber = readDocumentNumber(text('number'));
  const kind = text('kind') ? readChoice(text('kind'), KIND_WORDS) : fromNumber.kind;
  if (!kind)
    fail(
      'kind',
      text('kind')
        ? `"${text('kind')}" không phải Nghị quyết, Quyết định hay Chỉ thị`
        : 'Chưa ghi loại văn bản',
    );
  const issuer = text('issuer') ? readChoice(text('issuer'), ISSUER_WORDS) : fromNumber.issuer;
  if (!issuer)
    fail(
      'issuer',
      text('issuer') ? `"${text('issuer')}" không phải HĐND tỉnh hay UBND tỉnh` : 'Chưa ghi cơ quan ban hành',
    );
  const issuedOn = readVietnameseDate(text('issuedOn'));
  if (!text('issuedOn')) fail('issuedOn', 'Chưa ghi ngày ban hành');
  else if (!issuedOn) fail('issuedOn', `"${text('issuedOn')}" không phải ngày hợp lệ (dd/mm/yyyy)`);
  const validity = text('validity') ? readChoice(text('validity'), VALIDITY_WORDS) : 'in_force';
  if (!validity)
    fail('validity', `"${text('validity')}" không phải Còn hiệu lực, Hết hiệu lực hay Hết hiệu lực một phần`);
  const parsed = legalDocumentInputSchema.safeParse({
    number: text('number'),
    kind: kind ?? 'resolution',
    issuer: issuer ?? 'hdnd',
    issuedOn: issuedOn ?? '2000-01-01',
    title: text('title'),
    field: text('field') || null,
    validity: validity ?? 'in_force',
    note: text('note') || null,
  });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const key = issue.path[0];
      const column = IMPORT_COLUMN_KEYS.find((candidate) => candidate === key) ?? 'number';
      const empty = text(column) === '';
      fail(column, empty ? `Chưa ghi ${IMPORT_COLUMNS[column].heading.toLowerCase()}` : issue.message);
    }
  }
  return errors.length === 0 && parsed.success ? { input: parsed.data, errors } : { errors };
}
