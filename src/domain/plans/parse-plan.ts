import { planDraftSchema, type DraftTask, type PlanDraft } from './plans.schemas.ts';
import { startsWithFieldLabel } from './parse-fields.ts';
import { readFooter, type Footer } from './parse-footer.ts';
import { findTitleLine, isHeaderLine, readFrontMatter, readTitle, type FrontMatter } from './parse-header.ts';
import { deriveIssuer } from './parse-issuer.ts';
import { joinContinuations, meaningfulLines, readLines, readMarker, type SourceLine } from './parse-lines.ts';
import { findLayout, sectionText, splitSections, type Layout, type Section } from './parse-sections.ts';
import { readReportingDuties } from './parse-sentence.ts';
import { finishTasks } from './parse-task-finish.ts';
import { buildTaskTree } from './parse-tasks.ts';
import { isUpperCaseText, quote } from './parse-text.ts';

/**
 * Reads a plan written the way Vietnamese administrative plans are (Markdown, plain text, or the raw text
 * that mammoth gives for a .docx) into a draft that a person reviews: metadata, the task tree of the
 * content sections, the other sections as text, recipients, signer, reporting duties, and a warning (in
 * Vietnamese, naming the line or task) for everything the parser was unsure of. Pure; never throws.
 */

/** Longer input is cut (a plan is a few pages; 2 MB is what the API accepts). */
const MAX_INPUT = 2_000_000;
const MAX_WARNINGS = 300;

function emptyDraft(warnings: string[]): PlanDraft {
  return {
    number: null,
    issuer: null,
    place: null,
    date: null,
    title: null,
    legalBasis: null,
    purpose: null,
    funding: null,
    organization: null,
    recipients: [],
    signer: { authority: null, name: null },
    tasks: [],
    reportingDuties: [],
    warnings,
  };
}

function joinTexts(texts: (string | null)[]): string | null {
  const present = texts.filter((text): text is string => text !== null && text !== '');
  return present.length === 0 ? null : present.join('\n');
}

/** Lines above the title, or (without a "KẾ HOẠCH" line) the header-like lines at the top. */
function headerZone(
  lines: SourceLine[],
  titleAt: number | null,
  firstSectionAt: number,
): { issuerLines: SourceLine[]; bodyStart: number } {
  if (titleAt !== null) return { issuerLines: lines.slice(0, titleAt), bodyStart: titleAt };
  let index = 0;
  for (; index < firstSectionAt; index += 1) {
    const line = lines[index];
    if (!line || line.isBlank || line.isNoise) continue;
    if (!isHeaderLine(line.text) && !isUpperCaseText(line.text)) break;
  }
  return { issuerLines: lines.slice(0, index), bodyStart: index };
}

function readTasks(sections: Section[], preambleTail: SourceLine[], warnings: string[]): DraftTask[] {
  const contents = sections.filter((section) => section.kind === 'content');
  if (sections.length === 0 && preambleTail.length > 0) {
    warnings.push('Không thấy các mục I, II… của kế hoạch: đọc nhiệm vụ từ toàn bộ nội dung.');
    return finishTasks(buildTaskTree(preambleTail, warnings), warnings);
  }
  if (contents.length === 0) warnings.push('Không tìm thấy mục nội dung, nhiệm vụ (ví dụ «II. NỘI DUNG»).');
  for (const section of sections.filter((item) => item.kind === 'other')) {
    warnings.push(
      `Dòng ${section.lineNumber}: mục ${quote(section.text)} không rõ là mục gì, không lấy nhiệm vụ từ đó.`,
    );
  }
  return contents.flatMap((section, index) => {
    const prefix = contents.length > 1 ? `${readMarker(section.text)?.label ?? String(index + 1)}.` : '';
    const marker = readMarker(section.text);
    const sectionLabel = marker?.kind === 'number' ? marker.label : null;
    return finishTasks(buildTaskTree(section.lines, warnings, sectionLabel), warnings, prefix);
  });
}

/** Without sections, the preamble runs to the first numbered item; the rest holds the tasks. */
function cutPreamble(
  preamble: SourceLine[],
  hasSections: boolean,
): { basis: SourceLine[]; rest: SourceLine[] } {
  if (hasSections) return { basis: preamble, rest: [] };
  const firstItem = preamble.findIndex((line) => {
    const marker = readMarker(line.text);
    return marker !== null && marker.kind !== 'roman';
  });
  if (firstItem < 0) return { basis: preamble, rest: [] };
  return { basis: preamble.slice(0, firstItem), rest: preamble.slice(firstItem) };
}

function settleMetadata(draft: PlanDraft, front: FrontMatter, allText: string[], warnings: string[]): void {
  const { attachment } = front;
  if (attachment) {
    warnings.push(
      `Kế hoạch ban hành kèm theo Quyết định số ${attachment.number}: số, ký hiệu và ngày lấy theo Quyết định, cần kiểm tra.`,
    );
  }
  draft.number = front.number ?? attachment?.number ?? null;
  draft.date = front.date ?? attachment?.date ?? null;
  draft.place = front.place;
  draft.issuer = front.issuer ?? attachment?.issuer ?? null;
  if (draft.issuer === null) {
    draft.issuer = deriveIssuer(draft.number, draft.place, allText);
    if (draft.issuer !== null) {
      warnings.push(
        `Không thấy cơ quan ban hành ở đầu văn bản: suy ra ${quote(draft.issuer)} từ ký hiệu và nội dung, cần kiểm tra.`,
      );
    }
  }
  if (front.hasBlankNumber) warnings.push('Số của kế hoạch để trống (bản dự thảo?).');
  if (draft.number === null && !front.hasBlankNumber)
    warnings.push('Không tìm thấy số, ký hiệu của kế hoạch.');
  if (front.hasBlankDate) warnings.push('Ngày ban hành để trống (bản dự thảo?).');
  if (draft.date === null && !front.hasBlankDate) warnings.push('Không tìm thấy ngày ban hành.');
  if (draft.issuer === null) warnings.push('Không xác định được cơ quan ban hành.');
  if (draft.place === null) warnings.push('Không tìm thấy địa danh ban hành.');
  if (draft.title === null) warnings.push('Không tìm thấy tên (trích yếu) của kế hoạch.');
}

/** The header and title above the body, and where the body starts. */
function readHead(
  lines: SourceLine[],
  layout: Layout,
): { title: string | null; front: FrontMatter; bodyStart: number } {
  const titleAt = findTitleLine(lines, layout.firstSectionAt);
  const { issuerLines, bodyStart } = headerZone(lines, titleAt, layout.firstSectionAt);
  const title =
    titleAt === null ? { title: null, end: bodyStart } : readTitle(lines, titleAt, layout.firstSectionAt);
  const front = readFrontMatter(lines.slice(0, Math.max(layout.firstSectionAt, title.end)), issuerLines);
  return { title: title.title, front, bodyStart: title.end };
}

/** Legal basis, the text sections, the tasks and the reporting duties of the body. */
function readBody(draft: PlanDraft, body: SourceLine[], isArabicAllowed: boolean, warnings: string[]): void {
  const { preamble, sections } = splitSections(body, isArabicAllowed);
  const { basis, rest } = cutPreamble(preamble, sections.length > 0);
  draft.legalBasis = sectionText(basis.filter((line) => !isHeaderLine(line.text)));
  const ofKind = (kind: Section['kind']) => sections.filter((section) => section.kind === kind);
  const textOf = (kind: Section['kind']) =>
    joinTexts(ofKind(kind).map((section) => sectionText(section.lines)));
  draft.purpose = textOf('purpose');
  draft.funding = textOf('funding');
  draft.organization = textOf('organization');
  draft.tasks = readTasks(sections, rest, warnings);
  if (draft.tasks.length === 0) warnings.push('Không tìm thấy nhiệm vụ nào.');
  const organizationLines = ofKind('organization').flatMap((section) =>
    section.lines.map((line) => line.text),
  );
  draft.reportingDuties = readReportingDuties(organizationLines);
}

function readPlan(text: string, warnings: string[]): PlanDraft {
  const draft = emptyDraft(warnings);
  if (text.length > MAX_INPUT) warnings.push(`Văn bản dài hơn ${MAX_INPUT} ký tự: chỉ đọc phần đầu.`);
  const lines = readLines(text.slice(0, MAX_INPUT));
  const layout = findLayout(lines);
  const head = readHead(lines, layout);
  draft.title = head.title;
  const bodyLines = lines.slice(head.bodyStart, Math.max(head.bodyStart, layout.bodyEnd));
  const body = joinContinuations(bodyLines, startsWithFieldLabel);
  settleMetadata(
    draft,
    head.front,
    body.map((line) => line.text),
    warnings,
  );
  readBody(draft, body, layout.isArabicAllowed, warnings);
  const footer = readFooter(meaningfulLines(lines.slice(layout.footerAt)));
  draft.recipients = footer.recipients;
  draft.signer = { authority: footer.authority, name: footer.name };
  warnAboutFooter(footer, head.front.attachment !== null, warnings);
  return draft;
}

function warnAboutFooter(footer: Footer, isAttachment: boolean, warnings: string[]): void {
  const isMissing = footer.recipients.length === 0 && footer.authority === null && footer.name === null;
  if (isAttachment && isMissing) {
    warnings.push(
      'Kế hoạch kèm theo Quyết định: nơi nhận và người ký ở Quyết định, không có trong văn bản này.',
    );
    return;
  }
  if (footer.recipients.length === 0) warnings.push('Không tìm thấy danh sách «Nơi nhận».');
  if (footer.authority === null) warnings.push('Không tìm thấy chức vụ người ký.');
  if (footer.name === null) warnings.push('Không tìm thấy họ tên người ký.');
}

/** A draft the schema accepts, whatever went wrong: limits applied, or an empty draft with the reason. */
function ensureValid(draft: PlanDraft): PlanDraft {
  const warnings = draft.warnings.slice(0, MAX_WARNINGS);
  if (draft.warnings.length > MAX_WARNINGS)
    warnings.push(`… và ${draft.warnings.length - MAX_WARNINGS} cảnh báo khác.`);
  const bounded = { ...draft, warnings };
  if (planDraftSchema.safeParse(bounded).success) return bounded;
  return emptyDraft([...warnings, 'Kết quả đọc không hợp lệ; hãy nhập kế hoạch bằng tay.']);
}

/** The draft a plan's text proposes, with warnings; never throws. */
export function parsePlan(text: string): PlanDraft {
  const warnings: string[] = [];
  try {
    return ensureValid(readPlan(typeof text === 'string' ? text : '', warnings));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return emptyDraft([
      ...warnings.slice(0, MAX_WARNINGS),
      `Lỗi khi đọc kế hoạch (${reason}); hãy kiểm tra văn bản.`,
    ]);
  }
}
