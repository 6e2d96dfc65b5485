import { physicalLines } from './parse-tables.ts';
import { isUpperCaseText, startsWithLowerCase, stripInlineMarkup } from './parse-text.ts';

/** One line of the plan, its Markdown read and removed. */
export interface SourceLine {
  /** 1-based, in the input (a table cell keeps its row's number). */
  lineNumber: number;
  /** The words, without heading marks, bullet, emphasis or escapes. */
  text: string;
  isBlank: boolean;
  isBullet: boolean;
  /** Markdown heading level (1–6), 0 when none. */
  headingLevel: number;
  /** The line opened with bold or italic: headings are often marked so instead of with `#`. */
  emphasis: 'bold' | 'italic' | null;
  /** The line ended with closing emphasis: the writer finished it, so the next line is not its tail. */
  isClosed: boolean;
  /** A separator, page number, "(Đã ký)" … */
  isNoise: boolean;
  /** One short capitalised token ("TH.", "BT", "Huandn"): typist's initials, unless it ends a broken line. */
  isMaybeInitials: boolean;
}

export type Marker =
  | { kind: 'roman'; label: string; value: number; rest: string }
  | { kind: 'number'; label: string; value: number; rest: string }
  | { kind: 'decimal'; label: string; parts: number[]; rest: string }
  | { kind: 'letter'; label: string; rest: string };

/** Longest line that regexes look at whole; longer lines are prose and only their start is read. */
export const HEAD_LENGTH = 400;

const ROMAN_VALUES: Record<string, number> = { I: 1, V: 5, X: 10 };
const VALID_ROMAN = /^X{0,2}(?:IX|IV|V?I{0,3})$/;
const ROMAN_MARKER = /^([IVX]{1,5})\s*[.):–-]\s*(.*)$/s;
const DECIMAL_MARKER = /^(\d{1,3}(?:\.\d{1,3}){1,3})\s*[.):]?(?:\s+|(?=\p{Lu}))(.*)$/su;
const NUMBER_MARKER = /^(\d{1,3})\s*[.)](?:\s+|(?=\p{L})|$)(.*)$/su;
const LETTER_MARKER = /^([a-zđ])(?:\s*\)|\.(?=\s))\s*(.*)$/s;

function romanValue(label: string): number {
  let total = 0;
  for (let index = 0; index < label.length; index += 1) {
    const value = ROMAN_VALUES[label.charAt(index)] ?? 0;
    const next = ROMAN_VALUES[label.charAt(index + 1)] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
}

/** The numbering that opens a line: "II.", "3.", "1.2.", "a)". */
export function readMarker(text: string): Marker | null {
  const head = text.length > HEAD_LENGTH ? text.slice(0, HEAD_LENGTH) : text;
  const roman = ROMAN_MARKER.exec(head);
  if (roman?.[1] && VALID_ROMAN.test(roman[1])) {
    return {
      kind: 'roman',
      label: roman[1],
      value: romanValue(roman[1]),
      rest: restOf(text, head, roman[2]),
    };
  }
  const decimal = DECIMAL_MARKER.exec(head);
  if (decimal?.[1] && !/\.0\d/.test(decimal[1])) {
    const parts = decimal[1].split('.').map(Number);
    return { kind: 'decimal', label: decimal[1], parts, rest: restOf(text, head, decimal[2]) };
  }
  const number = NUMBER_MARKER.exec(head);
  if (number?.[1]) {
    return {
      kind: 'number',
      label: number[1],
      value: Number(number[1]),
      rest: restOf(text, head, number[2]),
    };
  }
  const letter = LETTER_MARKER.exec(head);
  if (letter?.[1]) return { kind: 'letter', label: letter[1], rest: restOf(text, head, letter[2]) };
  return null;
}

function restOf(text: string, head: string, rest: string | undefined): string {
  const restOfHead = rest ?? '';
  return (restOfHead + text.slice(head.length)).trim();
}

const SEPARATOR = /^[\s\-_=~*.·•]*(?:o0o|0o0|\*\s*\*\s*\*)?[\s\-_=~*.·•]*$/;
const PAGE_NUMBER = /^[-–]?\s*(?:trang\s+)?\d{1,3}(?:\s*\/\s*\d{1,3})?\s*[-–]?$/i;
const SIGNATURE_MARK = /^\(?\s*(?:đã ký|ký tên[^)]{0,30}|ký,[^)]{0,30}|chữ ký|đã ký và đóng dấu)\s*\)?$/i;
const END_MARK = /^\.?\/\.?$/;
const INITIALS = /^\p{Lu}[\p{L}.]{0,9}$/u;

function isNoiseText(text: string): boolean {
  if (text === '') return true;
  if (SEPARATOR.test(text) && /[-_=~*.]{3,}|o0o|0o0/.test(text.replace(/\s/g, ''))) return true;
  return PAGE_NUMBER.test(text) || SIGNATURE_MARK.test(text) || END_MARK.test(text);
}

function isMaybeInitials(text: string): boolean {
  return INITIALS.test(text) && !VALID_ROMAN.test(text.replace(/\.$/, '')) && !/:$/.test(text);
}

/** Reads one physical line. */
export function readLine(raw: string, lineNumber: number): SourceLine {
  let rest = raw.trim();
  const heading = /^(#{1,6})\s+(.*?)(?:\s+#+)?$/s.exec(rest);
  const headingLevel = heading?.[1]?.length ?? 0;
  if (heading) rest = heading[2] ?? '';
  rest = rest.replace(/^(?:>\s?)+/, '');
  const bullet = /^(?:[-+•·–]|\*(?=\s))\s+/.exec(rest);
  if (bullet) rest = rest.slice(bullet[0].length);
  const emphasis = /^(?:\*\*|__)/.test(rest) ? 'bold' : /^[*_](?=\S)/.test(rest) ? 'italic' : null;
  const isClosed = /(?:\*|(?<=\S)_)\s*$/.test(rest);
  const text = stripInlineMarkup(rest);
  const isBlank = text === '' && !bullet;
  const isNoise = !isBlank && isNoiseText(text);
  return {
    lineNumber,
    text,
    isBlank,
    isBullet: bullet !== null,
    headingLevel,
    emphasis,
    isClosed,
    isNoise,
    isMaybeInitials: !isNoise && isMaybeInitials(text),
  };
}

/** Every line of the input, read; noise is kept (flagged) so that zones can still be found by position. */
export function readLines(text: string): SourceLine[] {
  return physicalLines(text).map((line) => readLine(line.text, line.lineNumber));
}

/** The lines worth reading: no blanks and no noise; initials only where they finish a broken line. */
export function meaningfulLines(lines: SourceLine[]): SourceLine[] {
  return lines.filter((line) => !line.isBlank && !line.isNoise && !line.isMaybeInitials);
}

function endsSentence(tail: string, startsWithParenthesis: boolean): boolean {
  return /[.:;!?]["”)]?$/.test(tail) || (startsWithParenthesis && tail.endsWith(')'));
}

function parenthesisDepth(text: string): number {
  let depth = 0;
  for (const char of text) depth += char === '(' ? 1 : char === ')' ? -1 : 0;
  return depth;
}

/** Words and marks that cannot end a heading or a sentence: the line must go on. */
const OPEN_ENDING =
  /(?:[,(–-]|(?<![\p{L}\p{M}])(?:và|của|các|cho|với|tại|trên|về|theo|đến|từ|những|được|do|để|trong|là|hoặc|cùng|như|thuộc|bằng|ở|gồm|qua|sở|ủy ban|uỷ ban))$/iu;

/** A paragraph being joined; what is known of it is kept so that each new line costs the same. */
interface OpenParagraph {
  line: SourceLine;
  parts: string[];
  length: number;
  /** The paragraph's last characters, for the checks on how it ends. */
  tail: string;
  depth: number;
  isHeading: boolean;
  startsWithParenthesis: boolean;
  isLastUpperCase: boolean;
}

/** Longer than any paragraph a person writes: joining stops there, so no line grows without bound. */
const MAX_PARAGRAPH = 10_000;

function openParagraph(line: SourceLine): OpenParagraph {
  return {
    line: { ...line },
    parts: [line.text],
    length: line.text.length,
    tail: line.text.slice(-24),
    depth: parenthesisDepth(line.text),
    isHeading: line.headingLevel > 0 || line.emphasis !== null || readMarker(line.text) !== null,
    startsWithParenthesis: line.text.startsWith('('),
    isLastUpperCase: isUpperCaseText(line.text),
  };
}

/** Whether `line` carries on the sentence of `open` (a line broken in mid-phrase). */
function isContinuation(
  open: OpenParagraph,
  line: SourceLine,
  startsField: (text: string) => boolean,
): boolean {
  if (line.headingLevel > 0 || line.isBullet || open.line.isClosed) return false;
  if (open.length + line.text.length > MAX_PARAGRAPH) return false;
  if (readMarker(line.text) || startsField(line.text)) return false;
  if (line.emphasis && !open.line.emphasis) return false;
  if (open.depth > 0) return true;
  if (endsSentence(open.tail, open.startsWithParenthesis)) return false;
  if (isUpperCaseText(line.text) !== open.isLastUpperCase) return false;
  if (startsWithLowerCase(line.text) || /^\d/.test(line.text) || OPEN_ENDING.test(open.tail)) return true;
  return !open.isHeading;
}

function appendLine(open: OpenParagraph, line: SourceLine): void {
  open.parts.push(line.text);
  open.length += line.text.length + 1;
  open.tail = `${open.tail} ${line.text}`.slice(-24);
  open.line.isClosed = line.isClosed;
  open.depth += parenthesisDepth(line.text);
  open.isLastUpperCase = isUpperCaseText(line.text);
}

/**
 * Joins lines broken in mid-phrase, drops blanks and noise. `startsField` tells a field label ("Chủ trì:"),
 * which always starts a line of its own.
 */
export function joinContinuations(lines: SourceLine[], startsField: (text: string) => boolean): SourceLine[] {
  const paragraphs: OpenParagraph[] = [];
  let open: OpenParagraph | undefined;
  for (const line of lines) {
    if (line.isBlank || line.isNoise) {
      open = undefined;
      continue;
    }
    if (open && isContinuation(open, line, startsField)) {
      appendLine(open, line);
      continue;
    }
    if (line.isMaybeInitials) continue;
    open = openParagraph(line);
    paragraphs.push(open);
  }
  return paragraphs.map((paragraph) => ({ ...paragraph.line, text: paragraph.parts.join(' ') }));
}
