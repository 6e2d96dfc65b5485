/**
 * Pieces shared by the force's forms, on top of the Nghị định 30/2020 frame of the consolidated report
 * (src/server/reports/consolidation-docx-layout.ts): who issues a form (the commune police or the commune
 * committee), body paragraphs, the bordered list of persons, and packing the document into .docx bytes.
 */
import {
  AlignmentType,
  Document,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  type FileChild,
} from 'docx';
import {
  BODY_STYLE,
  TABLE_STYLE,
  TEXT_WIDTH,
  closingBlock,
  documentStyles,
  headerBlock,
  sectionFrame,
  titleBlock,
  type DocumentFrame,
} from '../../reports/consolidation-docx-layout.ts';
import type { FormIssuer } from './forms.types.ts';

const UNIT_PREFIX = /^(xã|phường|thị trấn|huyện|quận|thị xã|thành phố|tỉnh)\s+/i;

/** "Xã Hùng Sơn" → "Hùng Sơn": the place in the date line. */
export function placeOf(issuer: Pick<FormIssuer, 'communeName' | 'place'>): string {
  return issuer.place ?? issuer.communeName.replace(UNIT_PREFIX, '');
}

/** "Công an huyện Đại Từ" over "Công an xã Hùng Sơn" (the province's police once districts are gone). */
export function communePolice(issuer: FormIssuer): Pick<DocumentFrame, 'parentBody' | 'issuingBody'> {
  return {
    parentBody: `CÔNG AN ${(issuer.district ?? issuer.province).toUpperCase()}`,
    issuingBody: `CÔNG AN ${issuer.communeName.toUpperCase()}`,
  };
}

/** "ỦY BAN NHÂN DÂN" over "XÃ HÙNG SƠN", both bold: a committee has no parent line. */
export function communeCommittee(issuer: FormIssuer): Pick<DocumentFrame, 'parentBody' | 'issuingBody'> {
  return { parentBody: '', issuingBody: `ỦY BAN NHÂN DÂN\n${issuer.communeName.toUpperCase()}` };
}

/** The whole frame of a form: its issuer's data plus who issues it and what it is. */
export function formFrame(
  issuer: FormIssuer,
  bodies: Pick<DocumentFrame, 'parentBody' | 'issuingBody'>,
  title: Pick<DocumentFrame, 'documentType' | 'summaryLine'>,
): DocumentFrame {
  const number = issuer.documentNumber.trim();
  return {
    ...bodies,
    ...title,
    documentNumber: /^số/i.test(number) ? number : `Số: ${number}`,
    place: placeOf(issuer),
    date: issuer.date,
    recipients: issuer.recipients ?? [],
    signer: issuer.signer,
  };
}

export interface Segment {
  text: string;
  isBold?: boolean;
  isItalic?: boolean;
}

/** A body paragraph: 14 pt, justified, first line indented (Phụ lục I); 6 pt above when it follows a table. */
export function paragraph(
  segments: string | readonly Segment[],
  options: { isCentred?: boolean; isAfterTable?: boolean } = {},
): Paragraph {
  const parts = typeof segments === 'string' ? [{ text: segments }] : segments;
  return new Paragraph({
    style: BODY_STYLE,
    ...(options.isCentred ? { alignment: AlignmentType.CENTER, indent: { firstLine: 0 } } : {}),
    ...(options.isAfterTable ? { spacing: { before: 120, after: 120 } } : {}),
    children: parts.map(
      ({ text, isBold, isItalic }) =>
        new TextRun({ text, ...(isBold ? { bold: true } : {}), ...(isItalic ? { italics: true } : {}) }),
    ),
  });
}

export interface Column<Row> {
  heading: string;
  /** A share of the text width; the shares of a table add up to 1. */
  share: number;
  value: (row: Row, index: number) => string;
  isCentred?: boolean;
}

function cell(text: string, width: number, options: { isBold?: boolean; isCentred?: boolean }): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlign.CENTER,
    margins: { left: 70, right: 70, top: 30, bottom: 30 },
    children: [
      new Paragraph({
        style: TABLE_STYLE,
        alignment: options.isCentred ? AlignmentType.CENTER : AlignmentType.LEFT,
        children: [new TextRun({ text, ...(options.isBold ? { bold: true } : {}) })],
      }),
    ],
  });
}

/** A bordered table, its heading row repeated on every page and no row split across two. */
export function listTable<Row>(columns: readonly Column<Row>[], rows: readonly Row[]): Table {
  const widths = columns.map((column) => Math.floor(column.share * TEXT_WIDTH));
  const heading = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: columns.map((column, index) =>
      cell(column.heading, widths[index] ?? 0, { isBold: true, isCentred: true }),
    ),
  });
  const body = rows.map(
    (row, rowIndex) =>
      new TableRow({
        cantSplit: true,
        children: columns.map((column, index) =>
          cell(column.value(row, rowIndex), widths[index] ?? 0, { isCentred: column.isCentred }),
        ),
      }),
  );
  return new Table({
    width: { size: widths.reduce((sum, width) => sum + width, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    rows: [heading, ...body],
  });
}

/** Header, title, the form's own blocks, recipients and signer; then, when given, an annex on a new page. */
export async function packForm(
  frame: DocumentFrame,
  body: readonly FileChild[],
  annex: readonly FileChild[] = [],
): Promise<Buffer> {
  const { properties, headers } = sectionFrame();
  const document = new Document({
    creator: frame.issuingBody.replace('\n', ' '),
    title: `${frame.documentType} ${frame.summaryLine}`,
    styles: documentStyles(),
    sections: [
      {
        properties,
        headers,
        children: [headerBlock(frame), ...titleBlock(frame), ...body, closingBlock(frame), ...annex],
      },
    ],
  });
  return Packer.toBuffer(document);
}
