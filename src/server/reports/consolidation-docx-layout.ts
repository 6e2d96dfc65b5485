/**
 * The frame of an administrative document as Nghị định 30/2020/NĐ-CP, Phụ lục I sets it out: A4 portrait,
 * the margins, Times New Roman, the header block (issuing body | national title and motto), number and
 * symbol, place and date, type and summary line, and at the end the recipients and the signer.
 * Used by the consolidated report and by the force's forms (src/server/force/forms): the blocks take only
 * the fields of `DocumentFrame` they need.
 */
import {
  AlignmentType,
  BorderStyle,
  Header,
  LineRuleType,
  PageNumber,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type IParagraphOptions,
  type IStylesOptions,
  type ISectionPropertiesOptions,
} from 'docx';
import { formatPlaceAndDate } from './consolidation-format.ts';

export const FONT = 'Times New Roman';
/** docx sizes are half-points. */
export const pt = (points: number): number => points * 2;
/** 20 twips to the point, 56.7 to the millimetre. */
const mm = (millimetres: number): number => Math.round(millimetres * 56.7);

// NĐ 30/2020 Phụ lục I, I.1: A4 (210 × 297 mm) portrait; top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm.
const PAGE = { width: 11906, height: 16838 };
const MARGIN = { top: mm(20), bottom: mm(20), left: mm(30), right: mm(15), header: mm(10), footer: mm(10) };
/** The width between the margins, in twips: what every table is fitted into. */
export const TEXT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;

export const BODY_SIZE = pt(14);
/** Paragraph styles, so that the thousands of body and table paragraphs need no properties of their own. */
export const BODY_STYLE = 'ReportBody';
export const TABLE_STYLE = 'ReportTable';
export const NATIONAL_TITLE = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const MOTTO = 'Độc lập - Tự do - Hạnh phúc';
/** The header block's columns: issuing body left, national title right (the title at 12 pt needs ~5,300). */
const HEADER_COLUMNS = [3855, TEXT_WIDTH - 3855] as const;

/** What the frame of a document shows (the consolidated report carries all of it). */
export interface DocumentFrame {
  /** Line 1 of the issuing-body block, upper case ("UBND TỈNH THÁI NGUYÊN"); empty when there is none. */
  parentBody: string;
  /** The issuing body, upper case bold; "\n" breaks it into lines ("ỦY BAN NHÂN DÂN\nXÃ HÙNG SƠN"). */
  issuingBody: string;
  documentNumber: string;
  place: string;
  /** YYYY-MM-DD */
  date: string;
  documentType: string;
  summaryLine: string;
  recipients: readonly string[];
  signer: { authority: string; name: string };
}

export interface RunStyle {
  bold?: boolean;
  italics?: boolean;
  size?: number;
}

/** A paragraph of lines (one run each, broken between). */
export function lines(
  texts: readonly string[],
  style: RunStyle,
  paragraph: Omit<IParagraphOptions, 'children'> = {},
): Paragraph {
  const children = texts.map(
    (text, index) => new TextRun({ text, font: FONT, ...style, break: index === 0 ? 0 : 1 }),
  );
  return new Paragraph({ spacing: { before: 0, after: 0 }, ...paragraph, children });
}

export function centred(texts: readonly string[], style: RunStyle, spacingBefore = 0): Paragraph {
  return lines(texts, style, {
    alignment: AlignmentType.CENTER,
    spacing: { before: spacingBefore, after: 0 },
  });
}

/**
 * A short horizontal rule, centred in a space `within` twips wide: the line under the issuing body, the
 * motto and the summary line (Phụ lục I: "có đường kẻ ngang, nét liền").
 */
export function rule(width: number, within: number): Paragraph {
  const side = Math.max(0, Math.round((within - width) / 2));
  return new Paragraph({
    indent: { left: side, right: side },
    // Space above, or the rule runs through the descenders of the line it underlines.
    spacing: { before: 60, after: 0, line: 40, lineRule: LineRuleType.EXACT },
    border: { top: { style: BorderStyle.SINGLE, size: 6, color: '000000', space: 1 } },
    run: { size: 2 },
    children: [],
  });
}

function borderlessCell(width: number, children: Paragraph[]): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    margins: { left: 0, right: 0, top: 0, bottom: 0 },
    children,
  });
}

/** A table without borders, for laying out blocks side by side; its rows never split across pages. */
export function borderlessTable(widths: readonly number[], rows: Paragraph[][][]): Table {
  return new Table({
    width: { size: widths.reduce((sum, width) => sum + width, 0), type: WidthType.DXA },
    columnWidths: [...widths],
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    rows: rows.map(
      (cells) =>
        new TableRow({
          cantSplit: true,
          children: cells.map((children, index) => borderlessCell(widths[index] ?? 0, children)),
        }),
    ),
  });
}

/** Issuing body and national title side by side; under them the number and the place and date. */
export function headerBlock(
  report: Pick<DocumentFrame, 'parentBody' | 'issuingBody' | 'documentNumber' | 'place' | 'date'>,
): Table {
  const [left, right] = HEADER_COLUMNS;
  const issuingLines = report.issuingBody.split('\n').map((line) => line.trim().toUpperCase());
  const longestLine = Math.max(...issuingLines.map((line) => line.length));
  const issuing = [
    ...(report.parentBody ? [centred([report.parentBody.toUpperCase()], { size: pt(13) })] : []),
    centred(issuingLines, { size: pt(13), bold: true }),
    // Phụ lục I: under the issuing body, a rule 1/3 to 1/2 as long as its line (a 13 pt capital ≈ 180 twips).
    rule(Math.min(left, Math.max(700, longestLine * 180 * 0.45)), left),
  ];
  const national = [
    centred([NATIONAL_TITLE], { size: pt(12), bold: true }),
    centred([MOTTO], { size: pt(13), bold: true }),
    // Under the motto, a rule as long as the motto.
    rule(3200, right),
  ];
  const number = [centred([report.documentNumber], { size: pt(13) }, 120)];
  const placeAndDate = [
    centred([formatPlaceAndDate(report.place, report.date)], { size: pt(14), italics: true }, 120),
  ];
  return borderlessTable(HEADER_COLUMNS, [
    [issuing, national],
    [number, placeAndDate],
  ]);
}

/** "BÁO CÁO", the summary line under it in bold, and a short rule. */
export function titleBlock(report: Pick<DocumentFrame, 'documentType' | 'summaryLine'>): Paragraph[] {
  return [
    centred([report.documentType.toUpperCase()], { size: BODY_SIZE, bold: true }, 360),
    centred([report.summaryLine], { size: BODY_SIZE, bold: true }),
    rule(2200, TEXT_WIDTH),
    new Paragraph({ spacing: { before: 0, after: 120 }, children: [] }),
  ];
}

/** Strip the list marks the data may already carry, then write "- X;" lines ending with "- Y.". */
function recipientLines(recipients: readonly string[]): string[] {
  return recipients.map((recipient, index) => {
    const name = recipient.replace(/^\s*[-–+•]\s*/, '').replace(/[;.,\s]+$/, '');
    return `- ${name}${index === recipients.length - 1 ? '.' : ';'}`;
  });
}

/** "Nơi nhận:" bottom left (12 pt bold italic, the list 11 pt); the signer bottom right, room to sign. */
export function closingBlock(report: Pick<DocumentFrame, 'recipients' | 'signer'>): Table {
  const widths = [4300, TEXT_WIDTH - 4300];
  const recipients = [
    lines(['Nơi nhận:'], { size: pt(12), bold: true, italics: true }, { spacing: { before: 120, after: 0 } }),
    lines(recipientLines(report.recipients), { size: pt(11) }),
  ];
  const authority = report.signer.authority.split(/\n/).map((line) => line.trim().toUpperCase());
  const signer = [
    centred(authority, { size: pt(14), bold: true }, 120),
    // Room for the signature and the seal: about 3 cm.
    centred([report.signer.name], { size: pt(14), bold: true }, 1700),
  ];
  return borderlessTable(widths, [[recipients, signer]]);
}

/**
 * Times New Roman throughout (NĐ 30/2020: "phông chữ tiếng Việt Times New Roman, bộ mã Unicode"); body text
 * 14 pt justified with the first line indented 1 cm and 6 pt after; table text 11 pt.
 */
export function documentStyles(): IStylesOptions {
  return {
    default: {
      document: {
        run: { font: FONT, size: BODY_SIZE, language: { value: 'vi-VN' } },
        paragraph: { spacing: { before: 0, after: 0 } },
      },
    },
    paragraphStyles: [
      {
        id: BODY_STYLE,
        name: 'Report body',
        basedOn: 'Normal',
        quickFormat: true,
        paragraph: {
          alignment: AlignmentType.JUSTIFIED,
          indent: { firstLine: 567 },
          spacing: { before: 0, after: 120, line: 276 },
        },
      },
      {
        id: TABLE_STYLE,
        name: 'Report table',
        basedOn: 'Normal',
        run: { size: pt(11) },
        paragraph: { spacing: { before: 0, after: 0 } },
      },
    ],
  };
}

/** Page number centred in the top margin, from page 2 on (Phụ lục I: "không hiển thị số trang thứ nhất"). */
export function sectionFrame(): {
  properties: ISectionPropertiesOptions;
  headers: { default: Header; first: Header };
} {
  const pageNumber = new Paragraph({
    alignment: AlignmentType.CENTER,
    children: [new TextRun({ font: FONT, size: pt(13), children: [PageNumber.CURRENT] })],
  });
  return {
    properties: { page: { size: PAGE, margin: MARGIN }, titlePage: true },
    headers: { default: new Header({ children: [pageNumber] }), first: new Header({ children: [] }) },
  };
}
