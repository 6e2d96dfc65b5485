/**
 * Mẫu 08 (Thông tư 14/2024/TT-BCA): the commune chairman's decision, in the layout of a decision under
 * Nghị định 30/2020 (authority line, "Căn cứ …", "QUYẾT ĐỊNH:", Điều 1–3), with the persons in an annex.
 * - `renderMau08Recognition(data): Promise<Buffer>` recognises members of the security teams;
 * - `renderMau08Leaving(data): Promise<Buffer>` lets members leave the force (Luật 30/2023/QH15, Điều 17(3)).
 */
import { AlignmentType, Paragraph, TextRun, type FileChild } from 'docx';
import { formatDate, inSentence } from '../../reports/consolidation-format.ts';
import {
  birthColumn,
  cccdColumn,
  nameColumn,
  numberColumn,
  reasonColumn,
  residenceColumn,
  roleColumn,
  villageColumn,
} from './form-columns.ts';
import { communeCommittee, formFrame, listTable, packForm, paragraph, type Column } from './form-layout.ts';
import type {
  DocumentReference,
  FormIssuer,
  FormPerson,
  LeavingPerson,
  Mau08LeavingData,
  Mau08RecognitionData,
} from './forms.types.ts';

const DEFAULT_BASES = [
  'Căn cứ Luật Lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở ngày 28 tháng 11 năm 2023;',
  'Căn cứ Thông tư số 14/2024/TT-BCA ngày 22 tháng 4 năm 2024 của Bộ trưởng Bộ Công an quy định chi tiết một số điều của Luật Lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở;',
];

const centredLine = (text: string, style: { bold?: boolean; italics?: boolean }, before = 0): Paragraph =>
  new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before, after: 120 },
    children: [new TextRun({ text, ...style })],
  });

const numberOnly = (issuer: FormIssuer): string => issuer.documentNumber.replace(/^số:?\s*/i, '');

function proposalLine(
  issuer: FormIssuer,
  kind: string,
  reference: DocumentReference | null | undefined,
): string {
  const commune = inSentence(issuer.communeName);
  const of = reference ? ` tại ${kind} số ${reference.number} ngày ${formatDate(reference.date)}` : '';
  return `Theo đề nghị của Trưởng Công an ${commune}${of}.`;
}

/** Authority line, the grounds in italics, "QUYẾT ĐỊNH:" and the articles. */
function decisionBody(
  issuer: FormIssuer,
  grounds: readonly string[],
  articles: readonly string[],
): FileChild[] {
  return [
    centredLine(`CHỦ TỊCH ỦY BAN NHÂN DÂN ${issuer.communeName.toUpperCase()}`, { bold: true }),
    ...grounds.map((ground) => paragraph([{ text: ground, isItalic: true }])),
    centredLine('QUYẾT ĐỊNH:', { bold: true }, 120),
    ...articles.map((article, index) =>
      paragraph([{ text: `Điều ${index + 1}. `, isBold: true }, { text: article }]),
    ),
  ];
}

function annex<Row extends FormPerson>(
  issuer: FormIssuer,
  title: string,
  columns: readonly Column<Row>[],
  persons: readonly Row[],
): FileChild[] {
  const commune = inSentence(issuer.communeName);
  return [
    new Paragraph({
      pageBreakBefore: true,
      alignment: AlignmentType.CENTER,
      children: [new TextRun({ text: title, bold: true })],
    }),
    centredLine(
      `(Kèm theo Quyết định số ${numberOnly(issuer)} ngày ${formatDate(issuer.date)} của Chủ tịch Ủy ban nhân dân ${commune})`,
      { italics: true },
    ),
    listTable(columns, persons),
    paragraph(`Danh sách gồm ${persons.length} người.`, { isAfterTable: true }),
  ];
}

function decisionRecipients(issuer: FormIssuer): string[] {
  return (
    issuer.recipients ?? [
      'Như Điều 3',
      `Công an ${inSentence(issuer.district ?? issuer.province)}`,
      'Lưu: VT',
    ]
  );
}

export async function renderMau08Recognition(data: Mau08RecognitionData): Promise<Buffer> {
  const commune = inSentence(data.communeName);
  const frame = formFrame({ ...data, recipients: decisionRecipients(data) }, communeCommittee(data), {
    documentType: 'QUYẾT ĐỊNH',
    summaryLine: 'Về việc công nhận thành viên Tổ bảo vệ an ninh, trật tự',
  });
  const grounds = [...(data.legalBases ?? DEFAULT_BASES), proposalLine(data, 'Tờ trình', data.proposal)];
  const articles = [
    `Công nhận ${data.persons.length} ông (bà) có tên trong danh sách kèm theo Quyết định này là thành viên Tổ bảo vệ an ninh, trật tự ${commune}, với chức danh ghi tại danh sách.`,
    'Các ông (bà) có tên tại Điều 1 thực hiện nhiệm vụ, quyền hạn và được hưởng chế độ, chính sách theo quy định của Luật Lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở. Quyết định này có hiệu lực kể từ ngày ký.',
    `Trưởng Công an ${commune}, Văn phòng Hội đồng nhân dân và Ủy ban nhân dân ${commune}, Trưởng thôn, Tổ trưởng tổ dân phố có liên quan và các ông (bà) có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.`,
  ];
  const columns = [
    numberColumn(),
    nameColumn(0.19),
    birthColumn(),
    cccdColumn(),
    residenceColumn(0.18),
    villageColumn(0.14),
    roleColumn(0.13),
  ];
  const title = 'DANH SÁCH THÀNH VIÊN TỔ BẢO VỆ AN NINH, TRẬT TỰ ĐƯỢC CÔNG NHẬN';
  return packForm(frame, decisionBody(data, grounds, articles), annex(data, title, columns, data.persons));
}

const leftOnColumn: Column<LeavingPerson> = {
  heading: 'Thôi tham gia từ ngày',
  share: 0.135,
  value: (person) => formatDate(person.leftOn ?? null),
  isCentred: true,
};

export async function renderMau08Leaving(data: Mau08LeavingData): Promise<Buffer> {
  const commune = inSentence(data.communeName);
  const frame = formFrame({ ...data, recipients: decisionRecipients(data) }, communeCommittee(data), {
    documentType: 'QUYẾT ĐỊNH',
    summaryLine: 'Về việc cho thôi tham gia lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở',
  });
  const persons = data.persons.map((person) => ({ ...person, leftOn: person.leftOn ?? data.date }));
  const grounds = [...(data.legalBases ?? DEFAULT_BASES), proposalLine(data, 'Tờ trình', data.submission)];
  const articles = [
    `Cho thôi tham gia lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở đối với ${persons.length} ông (bà) có tên trong danh sách kèm theo Quyết định này, vì lý do quy định tại khoản 3 Điều 17 Luật Lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở ghi tại danh sách.`,
    `Các ông (bà) có tên tại Điều 1 bàn giao biển hiệu, giấy chứng nhận và công cụ hỗ trợ đã được cấp (nếu có) cho Công an ${commune}; thôi hưởng chế độ, chính sách từ ngày thôi tham gia. Quyết định này có hiệu lực kể từ ngày ký.`,
    `Trưởng Công an ${commune}, Văn phòng Hội đồng nhân dân và Ủy ban nhân dân ${commune}, Trưởng thôn, Tổ trưởng tổ dân phố có liên quan và các ông (bà) có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.`,
  ];
  const columns = [
    numberColumn(),
    nameColumn(0.19),
    birthColumn(),
    villageColumn(0.14),
    roleColumn(0.1),
    reasonColumn(0.24),
    leftOnColumn,
  ];
  const title = 'DANH SÁCH NGƯỜI THÔI THAM GIA LỰC LƯỢNG THAM GIA BẢO VỆ AN NINH, TRẬT TỰ Ở CƠ SỞ';
  return packForm(frame, decisionBody(data, grounds, articles), annex(data, title, columns, persons));
}
