/**
 * The consolidated result of a review campaign as a report of Công an tỉnh to Bộ Công an, in the layout of
 * Nghị định 30/2020/NĐ-CP: the frame (header, title, recipients, signer) is the consolidated report's own
 * (reports/consolidation-docx-layout.ts); the findings table is a GridTable like its unit tables.
 */
import { Document, Packer, Paragraph, TextRun } from 'docx';
import { formatVietnameseDate } from '../../domain/common/dates.ts';
import {
  CHANGE_OUTCOMES,
  LEGAL_DOCUMENT_KIND_LABELS,
  REVIEW_OUTCOME_LABELS,
} from '../../domain/legal/constants.ts';
import {
  countOutcomes,
  countReviewedDocuments,
  type ReviewConsolidation,
  type ReviewConsolidationFinding,
} from '../../domain/legal/review-consolidation.ts';
import { GridTable, fillGridTables, type GridRow } from '../reports/consolidation-docx-grid.ts';
import {
  BODY_STYLE,
  closingBlock,
  documentStyles,
  headerBlock,
  sectionFrame,
  TABLE_STYLE,
  TEXT_WIDTH,
  titleBlock,
} from '../reports/consolidation-docx-layout.ts';
import { readZipEntry, replaceZipEntry } from '../reports/consolidation-docx-zip.ts';
import { formatNumber, inSentence } from '../reports/consolidation-format.ts';

const DOCUMENT_PART = 'word/document.xml';
/** STT, Văn bản, Đơn vị rà soát, Kết quả, Điều, khoản; the rest for the reason and proposal. */
const FINDING_COLUMNS = [600, 2500, 1450, 1150, 1150] as const;
const MAX_NAMED_UNITS = 12;

type Block = Paragraph | GridTable;

function body(text: string, options: { isBold?: boolean; keepNext?: boolean } = {}): Paragraph {
  return new Paragraph({
    style: BODY_STYLE,
    ...(options.keepNext ? { keepNext: true } : {}),
    children: [new TextRun({ text, ...(options.isBold ? { bold: true } : {}) })],
  });
}

const heading = (text: string) => body(text, { isBold: true, keepNext: true });

/** "Nghị quyết số 08/2019/NQ-HĐND ngày 12/7/2019" */
function documentName(document: NonNullable<ReviewConsolidationFinding['document']>): string {
  return `${LEGAL_DOCUMENT_KIND_LABELS[document.kind].vi} số ${document.number} ngày ${formatVietnameseDate(document.issuedOn)}`;
}

function nameList(names: readonly string[]): string {
  if (names.length <= MAX_NAMED_UNITS) return names.join(', ');
  return `${names.slice(0, MAX_NAMED_UNITS).join(', ')} và ${formatNumber(names.length - MAX_NAMED_UNITS)} đơn vị khác`;
}

function opening(report: ReviewConsolidation): Paragraph {
  const plan = report.campaign.plan;
  const basis = plan
    ? `Thực hiện Kế hoạch${plan.number ? ` số ${plan.number}` : ''}${plan.date ? ` ngày ${formatVietnameseDate(plan.date)}` : ''}${plan.issuer ? ` của ${plan.issuer}` : ''} về ${inSentence(plan.title)}${report.campaign.taskCode ? ` (nhiệm vụ ${report.campaign.taskCode.replace(/\.[a-z]$/, '')})` : ''}`
    : `Thực hiện ${inSentence(report.campaign.title)}`;
  return body(
    `${basis}; trên cơ sở kết quả rà soát của các cơ quan, đơn vị, ${report.issuerName} tổng hợp, báo cáo như sau:`,
  );
}

function progressSection(report: ReviewConsolidation): Paragraph[] {
  const byStatus = (status: string) => report.units.filter((unit) => unit.status === status);
  const answered = byStatus('answered');
  const nothing = byStatus('nothing_found');
  const pending = byStatus('pending');
  const paragraphs = [
    heading('I. TÌNH HÌNH TRIỂN KHAI RÀ SOÁT'),
    body(
      `Phạm vi rà soát: ${report.campaign.scope}. Số văn bản thuộc phạm vi rà soát: ${formatNumber(report.documentCount)} văn bản.`,
    ),
    body(
      `Có ${formatNumber(report.units.length)} cơ quan, đơn vị được giao rà soát, thời hạn báo cáo trước ngày ` +
        `${formatVietnameseDate(report.campaign.unitDeadline)}; đã có ${formatNumber(answered.length + nothing.length)} ` +
        `đơn vị báo cáo, trong đó ${formatNumber(answered.length)} đơn vị có kết quả rà soát cụ thể, ` +
        `${formatNumber(nothing.length)} đơn vị không phát hiện văn bản cần kiến nghị; ` +
        `${formatNumber(pending.length)} đơn vị chưa báo cáo.`,
    ),
  ];
  if (answered.length > 0)
    paragraphs.push(body(`- Đơn vị có kết quả rà soát: ${nameList(answered.map((u) => u.name))}.`));
  if (nothing.length > 0)
    paragraphs.push(
      body(`- Đơn vị không phát hiện văn bản cần kiến nghị: ${nameList(nothing.map((u) => u.name))}.`),
    );
  if (pending.length > 0)
    paragraphs.push(body(`- Đơn vị chưa báo cáo: ${nameList(pending.map((u) => u.name))}.`));
  return paragraphs;
}

function findingsTable(report: ReviewConsolidation): GridTable {
  const widths = [...FINDING_COLUMNS, TEXT_WIDTH - FINDING_COLUMNS.reduce((sum, width) => sum + width, 0)];
  const headings = [
    'STT',
    'Văn bản được rà soát',
    'Đơn vị rà soát',
    'Kết quả',
    'Điều, khoản',
    'Lý do, đề xuất',
  ];
  const rows: GridRow[] = report.findings.map((finding, index) => ({
    cells: [
      { text: String(index + 1), align: 'center' },
      {
        text: finding.document
          ? `${documentName(finding.document)}\n${finding.document.title}`
          : '(Văn bản mới)',
      },
      { text: finding.unitName },
      { text: REVIEW_OUTCOME_LABELS[finding.outcome].vi, align: 'center' },
      { text: finding.provisions ?? '' },
      {
        text: [finding.reason, finding.proposal ? `Đề xuất: ${finding.proposal}` : '']
          .filter(Boolean)
          .join('\n'),
      },
    ],
  }));
  return new GridTable(
    widths,
    [{ isHeading: true, cells: headings.map((text) => ({ text, align: 'center', isBold: true })) }, ...rows],
    TABLE_STYLE,
  );
}

function resultsSection(report: ReviewConsolidation): Block[] {
  const counts = countOutcomes(report.findings)
    .filter((item) => item.count > 0)
    .map((item) => `${inSentence(REVIEW_OUTCOME_LABELS[item.outcome].vi)} ${formatNumber(item.count)}`);
  const blocks: Block[] = [heading('II. KẾT QUẢ RÀ SOÁT')];
  if (report.findings.length === 0) {
    blocks.push(
      body(
        'Các đơn vị đã báo cáo không phát hiện văn bản cần sửa đổi, bổ sung, thay thế, bãi bỏ hoặc ban hành mới.',
      ),
    );
    return blocks;
  }
  blocks.push(
    body(
      `Các đơn vị đã ghi ${formatNumber(report.findings.length)} kết quả rà soát đối với ` +
        `${formatNumber(countReviewedDocuments(report.findings))} văn bản, gồm: ${counts.join('; ')}. Chi tiết như sau:`,
      { keepNext: true },
    ),
    findingsTable(report),
    new Paragraph({ spacing: { before: 0, after: 120 }, children: [] }),
  );
  return blocks;
}

function proposalsSection(report: ReviewConsolidation): Paragraph[] {
  const paragraphs = [heading('III. ĐỀ XUẤT, KIẾN NGHỊ')];
  const changes = report.findings.filter((finding) => CHANGE_OUTCOMES.includes(finding.outcome));
  if (changes.length === 0) {
    paragraphs.push(body('Chưa có đề xuất sửa đổi, bổ sung, thay thế, bãi bỏ hoặc ban hành mới văn bản.'));
    return paragraphs;
  }
  for (const outcome of CHANGE_OUTCOMES) {
    const items = changes.filter((finding) => finding.outcome === outcome);
    if (items.length === 0) continue;
    paragraphs.push(body(`${REVIEW_OUTCOME_LABELS[outcome].vi}:`, { isBold: true, keepNext: true }));
    for (const item of items) {
      const what = item.document
        ? `${documentName(item.document)} (${item.document.title})`
        : (item.proposal ?? '');
      const where = item.provisions ? `, ${item.provisions}` : '';
      paragraphs.push(body(`- ${what}${where}: ${item.reason} (${item.unitName} đề xuất).`));
    }
  }
  return paragraphs;
}

function buildDocument(report: ReviewConsolidation): { document: Document; tables: GridTable[] } {
  const { properties, headers } = sectionFrame();
  const closing = body(
    `Trên đây là ${inSentence(report.summaryLine)}, ${report.issuerName} báo cáo Bộ Công an./.`,
    {
      keepNext: true,
    },
  );
  const blocks: Block[] = [
    opening(report),
    ...progressSection(report),
    ...resultsSection(report),
    ...proposalsSection(report),
    closing,
  ];
  const document = new Document({
    creator: report.issuingBody,
    title: `${report.documentType} ${report.summaryLine}`,
    styles: documentStyles(),
    sections: [
      {
        properties,
        headers,
        children: [headerBlock(report), ...titleBlock(report), ...blocks, closingBlock(report)],
      },
    ],
  });
  return { document, tables: blocks.filter((block) => block instanceof GridTable) };
}

/** The report as the bytes of a .docx file. */
export async function writeReviewDocx(report: ReviewConsolidation): Promise<Buffer> {
  const { document, tables } = buildDocument(report);
  const packed = await Packer.toBuffer(document);
  if (tables.length === 0) return packed;
  const xml = fillGridTables(readZipEntry(packed, DOCUMENT_PART).toString('utf8'), tables);
  return replaceZipEntry(packed, DOCUMENT_PART, Buffer.from(xml, 'utf8'));
}
