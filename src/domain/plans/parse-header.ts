import { issuerFromHeader, normalizeIssuer, startsWithLevel } from './parse-issuer.ts';
import { readMarker, type SourceLine } from './parse-lines.ts';
import {
  foldInPlace,
  isUpperCaseText,
  normalizeDocumentNumber,
  readDate,
  startsWithLowerCase,
  toIsoDate,
  trimClosing,
} from './parse-text.ts';

/**
 * The lines above the body: issuing body, number and symbol, place and date, the document type "KẾ HOẠCH"
 * and its title, and the "(Kèm theo Quyết định số …)" line of a plan issued with a decision.

 */

export interface FrontMatter {
  number: string | null;
  /** "Số:      /KH-UBND": a symbol without a number (a draft). */
  hasBlankNumber: boolean;
  issuer: string | null;
  place: string | null;
  date: string | null;
  hasBlankDate: boolean;
  attachment: { number: string; date: string | null; issuer: string | null } | null;
}

export function isMotto(text: string): boolean {
  const folded = foldInPlace(text.slice(0, 200));
  return (
    folded.includes('cong hoa xa hoi chu nghia') ||
    (folded.includes('doc lap') && folded.includes('hanh phuc'))
  );
}

/** "Số: 71 /KH-UBND" → "71/KH-UBND"; "" for a blank number; null when the line is not a number line. */
export function readNumberLine(text: string): string | null {
  const match = /^so\s*(?::|\.|\s)\s*/.exec(foldInPlace(text.slice(0, 80)));
  if (!match) return null;
  const value = normalizeDocumentNumber(text.slice(match[0].length));
  if (!/^[\p{L}\d.]*\/[\p{L}\d.&/-]+$/u.test(value)) return null;
  return value.startsWith('/') ? '' : value;
}

const PLACE_DATE =
  /^([^,]{2,60}),\s*ngay\s*(\d{0,2})\s*(?:thang\s*(\d{0,2})\s*nam\s*(\d{4})|[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4}))/;

/** "Thái Nguyên, ngày 15 tháng 4 năm 2024" → place and date (null date when the day is left blank). */
export function readPlaceDate(text: string): { place: string; date: string | null } | null {
  const match = PLACE_DATE.exec(foldInPlace(text.slice(0, 120)));
  if (!match?.[1]) return null;
  const place = trimClosing(text.slice(0, match[1].length));
  const month = Number(match[3] ?? match[5]);
  const year = Number(match[4] ?? match[6]);
  return { place, date: match[2] ? toIsoDate(Number(match[2]), month, year) : null };
}

const DATE_TEXT =
  '\\d{1,2}\\s*[/.-]\\s*\\d{1,2}\\s*[/.-]\\s*\\d{4}|\\d{1,2}\\s+thang\\s+\\d{1,2}\\s*,?\\s+nam\\s+\\d{4}';
const ATTACHMENT = new RegExp(
  `kem theo quyet dinh\\s+(?:so\\s*:?\\s*)?([^\\s,;)]+(?:\\s*/\\s*[^\\s,;)]+)?)\\s*,?\\s*ngay\\s+(${DATE_TEXT})(?:\\s+cua\\s+([^)]{2,120}))?`,
  'd',
);

/** "(Kèm theo Quyết định số 123/QĐ-UBND ngày 10/3/2025 của UBND tỉnh Quảng Ninh)". */
export function readAttachment(text: string): FrontMatter['attachment'] {
  const folded = foldInPlace(text.slice(0, 300));
  const match = ATTACHMENT.exec(folded);
  if (!match?.[1] || !match[2]) return null;
  const slice = (group: number) => {
    const span = match.indices?.[group];
    return span ? text.slice(span[0], span[1]) : null;
  };
  const number = normalizeDocumentNumber(slice(1) ?? '');
  const dateText = slice(2) ?? '';
  const issuerText = slice(3);
  return { number, date: readDate(dateText), issuer: issuerText ? normalizeIssuer(issuerText) : null };
}

function isTitleWord(text: string): boolean {
  return /^ke hoach(?![a-z])/.test(foldInPlace(text.slice(0, 12))) && isUpperCaseText(text.slice(0, 8));
}

/** Index of the "KẾ HOẠCH" line, looked for only above the first section. */
export function findTitleLine(lines: SourceLine[], before: number): number | null {
  for (let index = 0; index < Math.min(before, lines.length); index += 1) {
    const line = lines[index];
    if (line && !line.isBlank && isTitleWord(line.text)) return index;
  }
  return null;
}

/** Whether a line belongs to the header rather than to prose. */
export function isHeaderLine(text: string): boolean {
  return (
    isMotto(text) ||
    readNumberLine(text) !== null ||
    readPlaceDate(text) !== null ||
    readAttachment(text) !== null
  );
}

const LEGAL_BASIS_START =
  /^(?:thuc hien|can cu|nham|de |xet |theo |(?:uy ban nhan dan|ubnd) .{0,40}ban hanh)/;

/** The title: the rest of the "KẾ HOẠCH" line and the summary lines under it, up to a blank or a prose line. */
export function readTitle(
  lines: SourceLine[],
  titleAt: number,
  before: number,
): { title: string | null; end: number } {
  const parts: string[] = [];
  const first =
    lines[titleAt]?.text
      .slice(8)
      .trim()
      .replace(/^[:\-–]\s*/, '') ?? '';
  if (first !== '') parts.push(first);
  let index = titleAt + 1;
  for (; index < Math.min(lines.length, before) && parts.length < 6; index += 1) {
    const line = lines[index];
    if (!line || line.isBlank || line.isNoise) {
      if (parts.length > 0 && !continuesAfterBlank(lines, index)) break;
      continue;
    }
    if (!isTitleLine(line)) break;
    parts.push(line.text);
  }
  const title = trimClosing(parts.join(' '));
  return { title: title === '' ? null : title, end: index };
}

function isTitleLine(line: SourceLine): boolean {
  if (readMarker(line.text)) return false;
  const folded = foldInPlace(line.text.slice(0, 80));
  if (isHeaderLine(line.text) || LEGAL_BASIS_START.test(folded) || /^[([]/.test(line.text)) return false;
  return line.text.length <= 300 && !line.isBullet;
}

/** A title split into paragraphs (a .docx read as text) goes on in lower case after the blank line. */
function continuesAfterBlank(lines: SourceLine[], blankAt: number): boolean {
  const next = lines.slice(blankAt + 1, blankAt + 4).find((line) => !line.isBlank && !line.isNoise);
  return next !== undefined && startsWithLowerCase(next.text) && isTitleLine(next);
}

/** Stamps above the title that name no body: "DỰ THẢO", "MẬT", "KHẨN", "HỎA TỐC". */
const STAMP = /^(?:du thao|(?:toi |tuyet )?mat|(?:thuong |thuong )?khan|hoa toc(?: hen gio)?)[.!]?$/;

/** Issuer lines: capitals above the title, not the motto nor a stamp; "ỦY BAN NHÂN DÂN" / "TỈNH ĐẮK LẮK" join. */
function readIssuerLines(lines: SourceLine[]): string | null {
  const names: string[] = [];
  for (const line of lines) {
    if (line.isBlank || line.isNoise || !isUpperCaseText(line.text) || isHeaderLine(line.text)) continue;
    const folded = foldInPlace(line.text);
    if (isTitleWord(line.text) || STAMP.test(folded)) continue;
    const previous = names.at(-1);
    if (previous !== undefined && startsWithLevel(folded))
      names[names.length - 1] = `${previous} ${line.text}`;
    else names.push(line.text);
  }
  return issuerFromHeader(names);
}

/** Reads number, place and date and attachment anywhere above the body, the issuer above the title. */
export function readFrontMatter(lines: SourceLine[], issuerLines: SourceLine[]): FrontMatter {
  const front: FrontMatter = {
    number: null,
    hasBlankNumber: false,
    issuer: readIssuerLines(issuerLines),
    place: null,
    date: null,
    hasBlankDate: false,
    attachment: null,
  };
  for (const line of lines) {
    if (line.isBlank || line.isNoise) continue;
    const number = readNumberLine(line.text);
    if (number !== null && front.number === null) {
      front.number = number === '' ? null : number;
      front.hasBlankNumber = number === '';
    }
    const placeDate = front.place === null ? readPlaceDate(line.text) : null;
    if (placeDate) {
      front.place = placeDate.place;
      front.date = placeDate.date;
      front.hasBlankDate = placeDate.date === null;
    }
    front.attachment ??= readAttachment(line.text);
  }
  return front;
}
