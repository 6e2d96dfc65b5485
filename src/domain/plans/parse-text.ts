/** Small text helpers shared by the plan parser's modules. */

const COMBINING_MARKS = /[\u0300-\u036f]/g;

/**
 * Folds like `foldText` (lower case, no diacritics, đ → d) but keeps every character in its place, so that a
 * match found in the folded text can be cut out of the original with the same indexes. Input must be NFC.
 */
export function foldInPlace(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower.replace(NON_ASCII, foldChar);
  let folded = '';
  for (let index = 0; index < text.length; index += 1) folded += foldChar(text.charAt(index));
  return folded;
}

const NON_ASCII = /[^ -~\n\r\t]/g;

const foldedChars = new Map<string, string>();

function foldChar(char: string): string {
  const known = foldedChars.get(char);
  if (known !== undefined) return known;
  let folded =
    char === 'đ' || char === 'Đ' ? 'd' : char.normalize('NFD').replace(COMBINING_MARKS, '').toLowerCase();
  if (folded.length !== 1) folded = char;
  if (foldedChars.size < 4096) foldedChars.set(char, folded);
  return folded;
}

/** Whole input clean-up: one kind of line break, no tabs, no non-breaking or zero-width spaces, NFC. */
export function normalizeInput(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/[\t\u00a0\u2000-\u200a\u202f\u3000]/g, ' ')
    .replace(/[\u200b-\u200d\ufeff\u00ad]/g, '')
    .replace(/\u2028|\u2029/g, '\n');
}

const ESCAPED = /\\([\\`*_{}[\]()#+\-.!|>~])/g;
const ESCAPE_STAND_IN = '\ue000';

/** Removes Markdown emphasis, escapes, inline HTML and link syntax from one line; keeps the words. */
export function stripInlineMarkup(text: string): string {
  const escapedChars: string[] = [];
  const protectedText = text.replace(ESCAPED, (_match, char: string) => {
    escapedChars.push(char);
    return ESCAPE_STAND_IN;
  });
  const stripped = protectedText
    .replace(/<[^<>]{0,40}>/g, ' ')
    .replace(/!?\[([^\]]{0,500})\]\([^)]{0,500}\)/g, '$1')
    .replace(/\*+/g, '')
    .replace(/(^|[\s(["'])_+|_+(?=$|[\s)\]"'.,;:!?])/g, '$1')
    .replace(/`+/g, '')
    .replace(/~~/g, '');
  let restored = stripped;
  if (escapedChars.length > 0) {
    let next = 0;
    restored = stripped.replace(/\ue000/g, () => escapedChars[next++] ?? '');
  }
  return collapseSpaces(restored);
}

export function collapseSpaces(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Drops closing punctuation and spaces: "Sở Tư pháp." → "Sở Tư pháp". */
export function trimClosing(text: string): string {
  return text.replace(/[\s.;,:/]+$/, '').trim();
}

/** Drops opening list punctuation: "- Sở Tư pháp" → "Sở Tư pháp". */
export function trimOpening(text: string): string {
  return text.replace(/^[\s\-–+•·:;,]+/, '').trim();
}

/** Letters of the text are all capitals (and there are at least three): a heading or an issuing body. */
export function isUpperCaseText(text: string): boolean {
  const head = text.length > 400 ? text.slice(0, 400) : text;
  if (head.toUpperCase() !== head) return false;
  const letters = head.replace(/[^\p{L}]/gu, '');
  if (letters.length < 3) return false;
  return letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

export function startsWithLowerCase(text: string): boolean {
  const first = /\p{L}/u.exec(text)?.[0];
  return first !== undefined && first === first.toLowerCase() && first !== first.toUpperCase();
}

/** "THÁI NGUYÊN" → "Thái Nguyên". */
export function toTitleCase(text: string): string {
  return text
    .toLowerCase()
    .split(' ')
    .map((word) => (word.length > 0 ? (word[0] ?? '').toUpperCase() + word.slice(1) : word))
    .join(' ');
}

/** "TRIỂN KHAI LUẬT" → "Triển khai luật". */
export function toSentenceCase(text: string): string {
  const lower = text.toLowerCase();
  return (lower[0] ?? '').toUpperCase() + lower.slice(1);
}

/** Cuts a long text for a warning: «Tổ chức quán triệt, tuyên truyền…». */
export function quote(text: string, length = 60): string {
  const short = text.length > length ? `${text.slice(0, length).trimEnd()}…` : text;
  return `«${short}»`;
}

const NUMERIC_DATE = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})$/;
const WORDED_DATE = /^ngay\s+(\d{1,2})\s+thang\s+(\d{1,2})\s*,?\s+nam\s+(\d{4})$/;

/** "10/3/2025" or "ngày 10 tháng 3 năm 2025" → "2025-03-10"; null for anything else or an impossible date. */
export function readDate(text: string): string | null {
  const folded = foldInPlace(text.trim());
  const match = NUMERIC_DATE.exec(folded) ?? WORDED_DATE.exec(folded);
  if (!match) return null;
  return toIsoDate(Number(match[1]), Number(match[2]), Number(match[3]));
}

export function toIsoDate(day: number, month: number, year: number): string | null {
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1) return null;
  if (day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** "71 /KH-UBND" → "71/KH-UBND": no spaces around the slash and hyphens of a number and symbol. */
export function normalizeDocumentNumber(text: string): string {
  return collapseSpaces(text)
    .replace(/\s*([/-])\s*/g, '$1')
    .replace(/[.,;:]+$/, '');
}
