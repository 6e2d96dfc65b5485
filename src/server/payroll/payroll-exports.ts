// The payroll's files: the treasury .xlsx (streamed), the .docx cover in the layout of Nghị định 30/2020, and
// the month's totals by district and commune.
import { vietnamToday } from '../../domain/common/dates.ts';
import { PassThrough, Readable } from 'node:stream';
import {
  Document,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  AlignmentType,
} from 'docx';
import ExcelJS from 'exceljs';
import type { FastifyReply } from 'fastify';
import { formatVnd } from '../../domain/payroll/money.ts';
import {
  PAYROLL_ROLE_LABELS,
  RATE_KIND_LABELS,
  RATE_KINDS,
  ROUNDING_RULE_LABELS,
} from '../../domain/payroll/constants.ts';
import {
  PAYROLL_STATUS_LABELS,
  type PayrollDetail,
  type PayrollMonthSummary,
} from '../../domain/payroll/payroll-api.schemas.ts';
import {
  BODY_STYLE,
  closingBlock,
  documentStyles,
  FONT,
  headerBlock,
  pt,
  sectionFrame,
  TABLE_STYLE,
  TEXT_WIDTH,
  titleBlock,
} from '../reports/consolidation-docx-layout.ts';
import { monthText } from './payroll-compute.ts';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export function attachment(reply: FastifyReply, filename: string, type: string) {
  return reply
    .header('content-type', type)
    .header(
      'content-disposition',
      `attachment; filename="${filename.replace(/[^\x20-\x7e]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(filename)}`,
    );
}

const slug = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase();

export const payrollFilename = (p: Pick<PayrollDetail, 'unit' | 'month'>, ext: string) =>
  `bang-ho-tro-${slug(p.unit.name)}-${p.month}.${ext}`;

/** Headers of the treasury layout, in order. */
export const TREASURY_HEADERS = [
  'STT',
  'Họ và tên',
  'Chức danh',
  'Tổ',
  'Khoản hỗ trợ',
  'Số ngày',
  'Mức (đồng)',
  'Thành tiền (đồng)',
  'Ký nhận',
] as const;

/**
 * The payroll as the treasury reads it: title rows, then STT, họ tên, chức danh, tổ, khoản, số ngày, mức,
 * thành tiền, ký nhận; one row per line, members numbered, a subtotal per team, the correction lines, and the
 * total ("Tổng cộng"), which equals the payroll's total. Written row by row to the response.
 */
export function sendPayrollXlsx(reply: FastifyReply, payroll: PayrollDetail) {
  const stream = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true });
  const sheet = workbook.addWorksheet(`Tháng ${monthText(payroll.month).replace('/', '-')}`, {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  sheet.columns = [6, 28, 12, 30, 40, 9, 14, 16, 14].map((width) => ({ width }));
  const money = '#,##0';
  const write = async () => {
    const title = sheet.addRow([
      'BẢNG THANH TOÁN TIỀN HỖ TRỢ LỰC LƯỢNG THAM GIA BẢO VỆ AN NINH, TRẬT TỰ Ở CƠ SỞ',
    ]);
    title.font = { bold: true, size: 13 };
    title.commit();
    sheet
      .addRow([
        `Tháng ${monthText(payroll.month)} — ${payroll.unit.name}${payroll.district ? `, ${payroll.district.name}` : ''}`,
      ])
      .commit();
    sheet
      .addRow([
        `Trạng thái: ${PAYROLL_STATUS_LABELS[payroll.status].vi}. ${ROUNDING_RULE_LABELS[payroll.roundingRule].vi}, mỗi dòng một lần.`,
      ])
      .commit();
    sheet.addRow([]).commit();
    const header = sheet.addRow([...TREASURY_HEADERS]);
    header.font = { bold: true };
    header.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    header.commit();

    let stt = 0;
    const teams = new Map<string, typeof payroll.lines>();
    for (const line of payroll.lines) {
      teams.set(line.teamId, [...(teams.get(line.teamId) ?? []), line]);
    }
    for (const team of payroll.totals.byTeam) {
      const lines = teams.get(team.teamId) ?? [];
      let lastMember = '';
      let teamLines = 0;
      for (const line of lines) {
        const first = line.memberId !== lastMember;
        if (first) stt += 1;
        lastMember = line.memberId;
        const row = sheet.addRow([
          first ? stt : null,
          line.fullName,
          PAYROLL_ROLE_LABELS[line.role].vi,
          line.teamName,
          RATE_KIND_LABELS[line.kind].vi,
          line.unit === 'month' ? `${line.days}/${line.daysInMonth}` : line.days,
          Math.round(line.rate),
          line.amount,
          null,
        ]);
        row.getCell(7).numFmt = money;
        row.getCell(8).numFmt = money;
        row.commit();
        teamLines += line.amount;
      }
      const correctionOfTeam = payroll.corrections.filter((c) => c.teamId === team.teamId);
      const subtotal = sheet.addRow([
        null,
        `Cộng ${team.teamName}${correctionOfTeam.length > 0 ? ' (chưa gồm điều chỉnh)' : ''}`,
        null,
        null,
        null,
        null,
        null,
        teamLines,
        null,
      ]);
      subtotal.font = { bold: true };
      subtotal.getCell(8).numFmt = money;
      subtotal.commit();
    }
    if (payroll.corrections.length > 0) {
      const heading = sheet.addRow([null, 'Điều chỉnh các tháng đã duyệt']);
      heading.font = { bold: true, italic: true };
      heading.commit();
      for (const c of payroll.corrections) {
        const row = sheet.addRow([
          null,
          c.fullName,
          PAYROLL_ROLE_LABELS[c.role].vi,
          c.teamName,
          `Điều chỉnh tháng ${monthText(c.originalMonth)} — ${RATE_KIND_LABELS[c.kind].vi}`,
          null,
          null,
          c.amount,
          null,
        ]);
        row.getCell(8).numFmt = money;
        row.commit();
      }
      const subtotal = sheet.addRow([
        null,
        'Cộng điều chỉnh',
        null,
        null,
        null,
        null,
        null,
        payroll.totals.corrections,
      ]);
      subtotal.font = { bold: true };
      subtotal.getCell(8).numFmt = money;
      subtotal.commit();
    }
    const total = sheet.addRow([
      null,
      'Tổng cộng',
      null,
      null,
      `${stt} thành viên`,
      null,
      null,
      payroll.totals.commune,
    ]);
    total.font = { bold: true };
    total.getCell(8).numFmt = money;
    total.commit();
    sheet.addRow([]).commit();
    sheet
      .addRow([
        null,
        'Người lập biểu',
        null,
        null,
        'Trưởng Công an xã',
        null,
        null,
        'Thủ trưởng đơn vị duyệt',
      ])
      .commit();
    sheet.commit();
    await workbook.commit();
  };
  write().catch((err: unknown) => {
    reply.log.error({ err }, 'payroll xlsx export failed');
    stream.destroy(err instanceof Error ? err : new Error(String(err)));
  });
  return attachment(reply, payrollFilename(payroll, 'xlsx'), XLSX_TYPE).send(stream);
}

// ---- .docx cover ----

const body = (text: string, options: { bold?: boolean } = {}) =>
  new Paragraph({ style: BODY_STYLE, children: [new TextRun({ text, font: FONT, bold: options.bold })] });

function cell(text: string, width: number, options: { bold?: boolean; right?: boolean } = {}) {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    children: [
      new Paragraph({
        style: TABLE_STYLE,
        alignment: options.right ? AlignmentType.RIGHT : AlignmentType.LEFT,
        children: [new TextRun({ text, font: FONT, size: pt(12), bold: options.bold })],
      }),
    ],
  });
}

function amountsTable(rows: [string, string, string][], header: [string, string, string]) {
  const widths = [Math.round(TEXT_WIDTH * 0.55), Math.round(TEXT_WIDTH * 0.15), 0];
  widths[2] = TEXT_WIDTH - widths[0]! - widths[1]!;
  const row = (cells: [string, string, string], bold = false) =>
    new TableRow({
      cantSplit: true,
      children: cells.map((text, i) => cell(text, widths[i]!, { bold, right: i > 0 })),
    });
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    rows: [row(header, true), ...rows.map((r, i) => row(r, i === rows.length - 1))],
  });
}

const placeOf = (name: string) => name.replace(/^(Xã|Phường|Thị trấn)\s+/i, '');

/**
 * The cover (tờ trình) of the payroll, from the commune police to the approver, in the official layout: the
 * frame helpers are the consolidated report's (src/server/reports/consolidation-docx-layout.ts).
 */
export async function payrollCoverDocx(payroll: PayrollDetail, now: string): Promise<Buffer> {
  const month = monthText(payroll.month);
  const approverName =
    payroll.approver === 'district' && payroll.district
      ? `Ủy ban nhân dân ${payroll.district.name}`
      : 'Công an tỉnh';
  const frame = {
    parentBody: payroll.district ? `Công an ${payroll.district.name}` : '',
    issuingBody: `Công an ${payroll.unit.name}`,
    documentNumber: 'Số:       /TTr-CAX',
    place: placeOf(payroll.unit.name),
    date: vietnamToday(now),
    documentType: 'Tờ trình',
    summaryLine: `Về việc đề nghị duyệt chi hỗ trợ lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở tháng ${month}`,
    recipients: [approverName, `UBND ${payroll.unit.name}`, 'Lưu: CAX'],
    signer: { authority: `Trưởng Công an ${payroll.unit.name}`, name: '' },
  };
  const members = payroll.memberCount;
  const byKind = RATE_KINDS.filter((k) => payroll.totals.byKind[k] !== 0).map(
    (k): [string, string, string] => [RATE_KIND_LABELS[k].vi, '', formatVnd(payroll.totals.byKind[k])],
  );
  const byTeam = payroll.totals.byTeam.map((t): [string, string, string] => [
    t.teamName,
    String(t.members),
    formatVnd(t.amount),
  ]);
  const children = [
    headerBlock(frame),
    ...titleBlock(frame),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: 0, after: 240 },
      children: [new TextRun({ text: `Kính gửi: ${approverName}.`, font: FONT, size: pt(14) })],
    }),
    body(
      'Căn cứ Luật Lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở số 30/2023/QH15 (Điều 23) và Nghị quyết ' +
        'của Hội đồng nhân dân tỉnh quy định mức hỗ trợ, bồi dưỡng đối với lực lượng tham gia bảo vệ an ninh, ' +
        'trật tự ở cơ sở;',
    ),
    body(
      `Công an ${payroll.unit.name} lập bảng thanh toán tiền hỗ trợ tháng ${month} cho ${members} thành viên ` +
        `các Tổ bảo vệ an ninh, trật tự, tổng số tiền ${formatVnd(payroll.totals.commune)}` +
        (payroll.totals.corrections !== 0
          ? `, trong đó điều chỉnh các tháng đã duyệt ${formatVnd(payroll.totals.corrections)}`
          : '') +
        `. Số tiền mỗi dòng được làm tròn một lần (${ROUNDING_RULE_LABELS[payroll.roundingRule].vi.toLowerCase()}).`,
    ),
    body('1. Theo khoản hỗ trợ:', { bold: true }),
    amountsTable(
      [...byKind, ['Tổng cộng', '', formatVnd(payroll.totals.commune)]],
      ['Khoản hỗ trợ', '', 'Số tiền'],
    ),
    body('2. Theo Tổ bảo vệ an ninh, trật tự:', { bold: true }),
    amountsTable(
      [...byTeam, ['Tổng cộng', String(members), formatVnd(payroll.totals.commune)]],
      ['Tổ', 'Số người', 'Số tiền'],
    ),
    ...(payroll.warnings.length > 0
      ? [
          body('3. Những điểm cần lưu ý khi duyệt:', { bold: true }),
          ...payroll.warnings.slice(0, 20).map((w) => body(`- ${w.message}`)),
        ]
      : []),
    body(
      `Kính đề nghị ${approverName} xem xét, phê duyệt để chi trả cho lực lượng tham gia bảo vệ an ninh, ` +
        'trật tự ở cơ sở theo quy định. (Kèm theo bảng thanh toán chi tiết.)',
    ),
    closingBlock(frame),
  ];
  const { properties, headers } = sectionFrame();
  const document = new Document({
    creator: frame.issuingBody,
    title: `${frame.documentType} ${frame.summaryLine}`,
    styles: documentStyles(),
    sections: [{ properties, headers, children }],
  });
  return Packer.toBuffer(document);
}

export function sendPayrollDocx(reply: FastifyReply, payroll: PayrollDetail, now: string) {
  const stream = Readable.from(
    (async function* generate() {
      yield await payrollCoverDocx(payroll, now);
    })(),
  );
  return attachment(
    reply,
    payrollFilename(payroll, 'docx').replace('bang-ho-tro', 'to-trinh'),
    DOCX_TYPE,
  ).send(stream);
}

/** Rows of the month summary .xlsx: each commune, then its district's subtotal, then the total. */
export function* summaryRows(summary: PayrollMonthSummary) {
  let stt = 0;
  for (const d of summary.districts) {
    for (const c of d.communes) {
      stt += 1;
      yield {
        stt,
        district: d.name,
        commune: c.name,
        status: c.status ? PAYROLL_STATUS_LABELS[c.status].vi : 'Chưa lập',
        members: c.memberCount,
        total: c.total,
        bold: false,
      };
    }
    yield {
      stt: null,
      district: d.name,
      commune: `Cộng ${d.name}`,
      status: '',
      members: null,
      total: d.total,
      bold: true,
    };
  }
  yield {
    stt: null,
    district: '',
    commune: `Tổng cộng ${summary.unit.name}`,
    status: '',
    members: null,
    total: summary.totals.total,
    bold: true,
  };
}
