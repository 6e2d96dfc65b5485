import type { ReportingDuty } from './plans.schemas.ts';
import { foldInPlace, trimClosing } from './parse-text.ts';
import { looksLikeUnitName, splitUnitList } from './parse-units.ts';
import { parseSchedule } from './schedule.ts';

/**
 * Assignments, deadlines and reporting duties stated inside a sentence rather than under labels:
 * "Công an tỉnh chủ trì, tổng hợp … trước ngày 20/6/2024", "Hằng năm báo cáo UBND tỉnh (qua Công an tỉnh)
 * kết quả thực hiện trước ngày 15/11".
 */

/** Sentences are read up to this length; a longer "sentence" is not one a person wrote. */
const MAX_SENTENCE = 3000;

const DATE_WORDS = [
  '\\d{1,2}\\s*[/.-]\\s*\\d{1,2}\\s*[/.-]\\s*\\d{4}',
  '\\d{1,2}\\s+thang\\s+\\d{1,2}(?:\\s*,?\\s*nam\\s+\\d{4})?',
  '\\d{1,2}\\s*/\\s*\\d{1,2}(?![\\d/])',
  'quy\\s+(?:iv|iii|ii|i|[1-4])(?![a-z0-9])(?:\\s*(?:/|-|nam)\\s*\\d{4})?',
  'thang\\s+\\d{1,2}(?:\\s*(?:[/-]|nam)\\s*\\d{4})?',
  '(?:6|sau)\\s+thang\\s+(?:dau|cuoi)\\s+nam(?:\\s+\\d{4})?',
  'nam\\s+\\d{4}',
].join('|');
const TIME_PREFIX =
  '(?:(?:hoan thanh|xong)\\s+)?(?:truoc|trong|cham nhat(?:\\s+(?:la|vao))?|han chot|den het|vao)\\s+';
const TIME_EXPRESSION = new RegExp(
  `(?<![a-z0-9])${TIME_PREFIX}(?:ngay\\s+)?(?:${DATE_WORDS})` +
    `(?:\\s*(?:,|va)\\s+(?:truoc\\s+)?(?:ngay\\s+)?(?:${DATE_WORDS}))*` +
    `(?:\\s+va\\s+(?:cac|nhung)\\s+nam\\s+tiep\\s+theo|\\s+hang\\s+nam)?`,
);
const RECURRENCE_WORDS =
  '(?<![a-z])(?:hang|moi)\\s+(?:nam|quy|thang)|dinh\\s+ky(?:\\s+\\d{1,2}\\s+thang|\\s+hang\\s+(?:nam|quy|thang))?';
const RECURRENCE = new RegExp(RECURRENCE_WORDS);
const RECURRENCE_ALL = new RegExp(RECURRENCE_WORDS, 'g');

const VERB_MARKER =
  / (?:chu tri|thuc hien|theo chuc nang|can cu|co trach nhiem|phoi hop|tham muu|to chuc|tong hop|xay dung|ra soat|bao cao|huong dan|kiem tra|trien khai|tuyen truyen|chi dao|bo tri|quan triet|dang tai|tiep tuc|khan truong|chu dong|tap trung|duy tri|ban hanh|de xuat|cap nhat|phan cong|nghien cuu|bao dam|dam bao|van dong|cung co|thanh lap|lap|gui)(?![a-z])/g;
const NOT_A_SUBJECT =
  /^(?:tổ chức(?! chính trị|, cá nhân)|ban hành|phòng(?:,| chống| ngừa| cháy)|hội (?:nghị|thi|thảo|diễn)|đoàn kết|lãnh đạo,|chỉ đạo|các nhiệm vụ|nội dung|thời gian|hằng|hàng|định kỳ)/iu;

export interface TimeExpression {
  text: string;
  start: number;
  end: number;
}

/** The first deadline or period a sentence states ("trước ngày 30/5/2024", "trong Quý II/2024"). */
export function findTimeExpression(text: string): TimeExpression | null {
  const sentence = text.slice(0, MAX_SENTENCE);
  const match = TIME_EXPRESSION.exec(foldInPlace(sentence));
  if (!match) return null;
  return {
    text: sentence.slice(match.index, match.index + match[0].length),
    start: match.index,
    end: match.index + match[0].length,
  };
}

function isSubject(subject: string): boolean {
  if (subject === '' || subject.length > 300 || NOT_A_SUBJECT.test(subject)) return false;
  const units = splitUnitList(subject);
  return units.length > 0 && units.every((unit) => looksLikeUnitName(unit) && /\s|^\p{Lu}{2,}/u.test(unit));
}

/** The lead units a sentence opens with, before its verb: "Công an tỉnh chủ trì, …" → "Công an tỉnh". */
function findSubject(sentence: string, folded: string): { lead: string[]; verbAt: number } | null {
  for (const match of folded.matchAll(VERB_MARKER)) {
    if (match.index > 300) return null;
    if (folded.charAt(match.index - 1) === ',') continue;
    const subject = trimClosing(sentence.slice(0, match.index));
    if (isSubject(subject)) return { lead: splitUnitList(subject), verbAt: match.index };
  }
  return null;
}

const COORDINATION = /(?<![a-z])phoi hop voi\s+/g;
/** Where a list of coordinators ends; read with diacritics, since "tại" (at) folds like "Tài" (chính). */
const COORDINATION_END = /[.;:]|\s(?:để|nhằm|trong|trước|theo|tại)\s/u;

function findCoordinators(sentence: string, folded: string, from: number): string[] {
  COORDINATION.lastIndex = from;
  const match = COORDINATION.exec(folded);
  if (!match) return [];
  const start = match.index + match[0].length;
  let end = sentence.length;
  const stop = COORDINATION_END.exec(sentence.slice(start).toLowerCase());
  if (stop) end = start + stop.index;
  for (const verb of folded.slice(start, end).matchAll(VERB_MARKER)) {
    if (folded.charAt(start + verb.index - 1) === ',') continue;
    end = start + verb.index;
    break;
  }
  const units = splitUnitList(sentence.slice(start, end).replace(/,\s*$/, ''));
  return units.length > 0 && units.every(looksLikeUnitName) ? units : [];
}

export interface SentenceAssignment {
  lead: string[];
  coordinators: string[];
  timeText: string | null;
}

/** Who leads, who coordinates and by when, as one sentence says it; null when it names no lead. */
export function readSentenceAssignment(text: string): SentenceAssignment | null {
  const sentence = text.slice(0, MAX_SENTENCE);
  const folded = foldInPlace(sentence);
  const subject = findSubject(sentence, folded);
  if (!subject) return null;
  const time = findTimeExpression(sentence);
  return {
    lead: subject.lead,
    coordinators: findCoordinators(sentence, folded, subject.verbAt),
    timeText: time ? trimClosing(time.text) : null,
  };
}

const WHAT_STARTS = /\s(?:ket qua|tinh hinh|viec|tien do|noi dung|so lieu|nhung kho khan)(?![a-z])/;
const TO_STARTS = /\s(?:ve|gui|len|cho)\s+(?=\S)/;

/** "… báo cáo UBND tỉnh (qua Công an tỉnh) kết quả thực hiện …" → to, then what; or what, then "về" to. */
function readWhatAndTo(rest: string, foldedRest: string): { what: string; to: string } | null {
  const head = ` ${foldedRest}`;
  if (looksLikeUnitName(rest)) {
    const whatAt = WHAT_STARTS.exec(head);
    if (!whatAt) return null;
    return { to: trimClosing(rest.slice(0, whatAt.index)), what: trimClosing(rest.slice(whatAt.index)) };
  }
  const toAt = TO_STARTS.exec(head);
  if (!toAt) return null;
  const to = rest.slice(toAt.index - 1 + toAt[0].length);
  return looksLikeUnitName(to)
    ? { what: trimClosing(rest.slice(0, toAt.index - 1)), to: trimClosing(to) }
    : null;
}

/** The last recurrence ("Hằng năm", "định kỳ 6 tháng") before the time words, or the first after them. */
function findRecurrence(folded: string, time: TimeExpression): { index: number; length: number } | null {
  let before: { index: number; length: number } | null = null;
  for (const match of folded.slice(0, time.start).matchAll(RECURRENCE_ALL)) {
    before = { index: match.index, length: match[0].length };
  }
  if (before) return before;
  const after = RECURRENCE.exec(folded.slice(time.end));
  return after ? { index: time.end + after.index, length: after[0].length } : null;
}

function composeDeadline(sentence: string, folded: string, time: TimeExpression): string {
  const timeText = trimClosing(time.text);
  const recurrence = findRecurrence(folded, time);
  if (!recurrence) return timeText;
  const words = sentence.slice(recurrence.index, recurrence.index + recurrence.length);
  if (recurrence.index > time.end) return `${timeText} ${words}`;
  return recurrence.index + words.length + 1 >= time.start
    ? `${words} ${timeText}`
    : `${words} … ${timeText}`;
}

/** Duties to report stated in one sentence; only those with a deadline or period count. */
function readDutiesOfSentence(sentence: string): ReportingDuty[] {
  const folded = foldInPlace(sentence);
  const duties: ReportingDuty[] = [];
  for (const report of folded.matchAll(/(?<![a-z])bao cao\s+/g)) {
    const restStart = report.index + report[0].length;
    const time = findTimeExpression(sentence.slice(restStart));
    if (!time) continue;
    const timeAt = { ...time, start: time.start + restStart, end: time.end + restStart };
    const subject = readWhatAndTo(
      sentence.slice(restStart, timeAt.start),
      folded.slice(restStart, timeAt.start),
    );
    if (!subject || subject.what === '' || subject.to === '') continue;
    const deadlineText = composeDeadline(sentence, folded, timeAt);
    duties.push({ ...subject, deadlineText, schedule: parseSchedule(deadlineText) });
  }
  return duties;
}

/** Reporting duties stated in prose (sections such as "Tổ chức thực hiện"), in order, without repeats. */
export function readReportingDuties(paragraphs: string[]): ReportingDuty[] {
  const duties: ReportingDuty[] = [];
  const seen = new Set<string>();
  for (const paragraph of paragraphs) {
    for (const sentence of paragraph.slice(0, MAX_SENTENCE * 4).split(/(?<=[.;])\s+(?=\p{Lu})/u)) {
      for (const duty of readDutiesOfSentence(sentence)) {
        const key = `${duty.what}|${duty.to}|${duty.deadlineText}`;
        if (seen.has(key)) continue;
        seen.add(key);
        duties.push(duty);
      }
    }
  }
  return duties;
}
