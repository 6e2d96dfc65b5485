import { HEAD_LENGTH } from './parse-lines.ts';
import { foldInPlace, trimClosing } from './parse-text.ts';

/**
 * Field labels of a task, bulleted or not, bold or not, at the start of a line or inside it after ".", ";"
 * or "(": "Cơ quan chủ trì:", "Đơn vị thực hiện:", "Chủ trì:", "Phối hợp:", "Hình thức:", "Thời gian thực
 * hiện:", "Thời hạn hoàn thành:", "Tiến độ:" …
 */
export type FieldKind = 'lead' | 'coordinators' | 'form' | 'time';

export interface FieldValue {
  kind: FieldKind;
  value: string;
}

const LABEL_WORDS = [
  '(?:(?:co quan|don vi|bo phan|luc luong)\\s+)?(?:chu tri(?:\\s+thuc hien)?|thuc hien|tham muu|phoi hop(?:\\s+thuc hien)?)',
  'hinh thuc(?:\\s+(?:thuc hien|to chuc))?',
  'thoi gian(?:\\s+(?:thuc hien|hoan thanh|trien khai))?',
  'thoi han(?:\\s+(?:hoan thanh|thuc hien))?',
  'tien do(?:\\s+(?:thuc hien|hoan thanh))?',
].join('|');
const LABEL_AT_START = new RegExp(`^(?:${LABEL_WORDS})\\s*:`);
const LABEL_ANYWHERE = new RegExp(`(^|[.;(]\\s*)(${LABEL_WORDS})\\s*:`, 'g');

function fieldKind(label: string): FieldKind {
  if (/^(?:thoi gian|thoi han|tien do)/.test(label)) return 'time';
  if (label.startsWith('hinh thuc')) return 'form';
  if (label.includes('phoi hop')) return 'coordinators';
  return 'lead';
}

/** Whether a line opens with a field label. */
export function startsWithFieldLabel(text: string): boolean {
  return LABEL_AT_START.test(foldInPlace(text.slice(0, 60)));
}

/** "(Chủ trì: Công an tỉnh)" → the value without the parenthesis that closes it. */
function cleanValue(value: string, isInParentheses: boolean): string {
  let clean = value.trim();
  if (isInParentheses) clean = clean.replace(/\)\s*[.;,]?\s*$/, '');
  return trimClosing(clean);
}

/**
 * The text before any label (a title or a sentence) and the labelled values of one line; `fields` is empty
 * when the line holds no label. Values run to the next label or the end of the line.
 */
export function readFields(text: string): { head: string; fields: FieldValue[] } {
  const folded = foldInPlace(text.length > HEAD_LENGTH * 4 ? text.slice(0, HEAD_LENGTH * 4) : text);
  const labels: { start: number; valueStart: number; kind: FieldKind; isInParentheses: boolean }[] = [];
  for (const match of folded.matchAll(LABEL_ANYWHERE)) {
    const prefix = match[1] ?? '';
    const label = match[2] ?? '';
    labels.push({
      start: match.index + prefix.length,
      valueStart: match.index + match[0].length,
      kind: fieldKind(label),
      isInParentheses:
        prefix.startsWith('(') ||
        text.slice(0, match.index + 1).lastIndexOf('(') > text.slice(0, match.index + 1).lastIndexOf(')'),
    });
  }
  if (labels.length === 0) return { head: text, fields: [] };
  const fields = labels.map((label, index) => ({
    kind: label.kind,
    value: cleanValue(
      text.slice(label.valueStart, labels[index + 1]?.start ?? text.length),
      label.isInParentheses,
    ),
  }));
  const head = trimClosing(
    (labels[0]?.start === 0 ? '' : text.slice(0, labels[0]?.start)).replace(/[\s(]+$/, ''),
  );
  return { head, fields: fields.filter((field) => field.value !== '') };
}
