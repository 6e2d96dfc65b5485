import { isRecipientsLabel, isAuthorityLine } from './parse-footer.ts';
import { readMarker, type SourceLine } from './parse-lines.ts';
import { foldInPlace, isUpperCaseText } from './parse-text.ts';

/**
 * The parts of a plan's body. Roman headings ("I. MỤC ĐÍCH, YÊU CẦU", "II. NỘI DUNG") and capitalised
 * keyword headings without a number ("NỘI DUNG, NHIỆM VỤ CỤ THỂ") open sections; a plan with no Roman
 * heading may number its sections in Arabic ("2. NỘI DUNG"). Only content sections yield tasks.
 */

export type SectionKind = 'purpose' | 'content' | 'funding' | 'organization' | 'other';

export interface SectionHeading {
  kind: SectionKind;
  /** The heading as written, without markup. */
  text: string;
}

export interface Section extends SectionHeading {
  lineNumber: number;
  lines: SourceLine[];
}

export function classifySection(title: string): SectionKind {
  const folded = foldInPlace(title.slice(0, 120)).replace(/^[\s\d.)-]+/, '');
  if (/^kinh phi/.test(folded)) return 'funding';
  if (
    /^(?:to chuc (?:trien khai )?thuc hien|trach nhiem|phan cong (?:trach nhiem|thuc hien|to chuc)|che do (?:thong tin, )?bao cao|dieu khoan)/.test(
      folded,
    )
  ) {
    return 'organization';
  }
  if (/^(?:muc dich|yeu cau|muc tieu|quan diem)/.test(folded)) return 'purpose';
  if (/(?:noi dung|nhiem vu|giai phap|hoat dong|cong viec)/.test(folded)) return 'content';
  return 'other';
}

/** The section a line opens, if it is a section heading. */
export function readSectionHeading(line: SourceLine, isArabicAllowed: boolean): SectionHeading | null {
  if (line.isBlank || line.isNoise || line.text.length > 200) return null;
  const marker = readMarker(line.text);
  if (marker?.kind === 'roman' && marker.rest !== '') {
    const isHeading = isUpperCaseText(marker.rest) || line.headingLevel > 0 || line.emphasis === 'bold';
    return isHeading ? { kind: classifySection(marker.rest), text: line.text } : null;
  }
  if (!isUpperCaseText(line.text)) return null;
  if (marker && !(isArabicAllowed && marker.kind === 'number')) return null;
  const kind = classifySection(marker ? marker.rest : line.text);
  return kind === 'other' ? null : { kind, text: line.text };
}

export interface Layout {
  /** Index of the first section heading (lines.length when none). */
  firstSectionAt: number;
  /** Where the body ends: "Trên đây là …", "Nơi nhận:" or the signature. */
  bodyEnd: number;
  /** Where the footer starts. */
  footerAt: number;
  isArabicAllowed: boolean;
}

function headingIndexes(lines: SourceLine[], isArabicAllowed: boolean): number[] {
  const indexes: number[] = [];
  lines.forEach((line, index) => {
    if (readSectionHeading(line, isArabicAllowed)) indexes.push(index);
  });
  return indexes;
}

/** Finds sections, the closing sentence and the footer in the physical lines. */
export function findLayout(lines: SourceLine[]): Layout {
  let isArabicAllowed = false;
  let headings = headingIndexes(lines, false);
  if (headings.length === 0) {
    isArabicAllowed = true;
    headings = headingIndexes(lines, true);
  }
  const firstSectionAt = headings[0] ?? lines.length;
  const lastSectionAt = headings.at(-1) ?? 0;
  let footerAt = lines.length;
  let closingAt: number | null = null;
  for (let index = lastSectionAt + 1; index < lines.length; index += 1) {
    const line = lines[index];
    if (!line || line.isBlank || line.isNoise) continue;
    if (isRecipientsLabel(line.text) || isAuthorityLine(line.text)) {
      footerAt = index;
      break;
    }
    if (closingAt === null && /^tren day la(?![a-z])/.test(foldInPlace(line.text.slice(0, 20))))
      closingAt = index;
  }
  return { firstSectionAt, bodyEnd: closingAt ?? footerAt, footerAt, isArabicAllowed };
}

/** Splits joined body lines into the lines before the first section and the sections. */
export function splitSections(
  lines: SourceLine[],
  isArabicAllowed: boolean,
): { preamble: SourceLine[]; sections: Section[] } {
  const preamble: SourceLine[] = [];
  const sections: Section[] = [];
  for (const line of lines) {
    const heading = readSectionHeading(line, isArabicAllowed);
    if (heading) {
      sections.push({ ...heading, lineNumber: line.lineNumber, lines: [] });
      continue;
    }
    const current = sections.at(-1);
    if (current) current.lines.push(line);
    else preamble.push(line);
  }
  return { preamble, sections };
}

/** A section's text as the draft keeps it: one line per paragraph, bullets as "- ". */
export function sectionText(lines: SourceLine[]): string | null {
  const text = lines.map((line) => (line.isBullet ? `- ${line.text}` : line.text)).join('\n');
  return text === '' ? null : text;
}
