/**
 * Mẫu 01 (Thông tư 14/2024/TT-BCA): a citizen's application to join the force, filed at the commune
 * committee with the personal history, the health certificate and the education certificate.
 * `renderMau01(data): Promise<Buffer>` (.docx bytes). A citizen's paper has no issuing body: the national
 * title and motto stand centred, the place and date under them on the right, the applicant signs.
 */
import { AlignmentType, Document, Packer, Paragraph, TextRun } from 'docx';
import { EDUCATION_LEVEL_LABELS, SEX_LABELS } from '../../../domain/force/force.labels.ts';
import {
  MOTTO,
  NATIONAL_TITLE,
  TEXT_WIDTH,
  centred,
  documentStyles,
  pt,
  rule,
  sectionFrame,
} from '../../reports/consolidation-docx-layout.ts';
import { formatDate, formatPlaceAndDate, inSentence } from '../../reports/consolidation-format.ts';
import { paragraph, placeOf } from './form-layout.ts';
import type { Mau01Data } from './forms.types.ts';

function heading(data: Mau01Data): Paragraph[] {
  return [
    centred([NATIONAL_TITLE], { size: pt(13), bold: true }),
    centred([MOTTO], { size: pt(14), bold: true }),
    rule(3200, TEXT_WIDTH),
    new Paragraph({
      alignment: AlignmentType.RIGHT,
      spacing: { before: 240, after: 240 },
      children: [new TextRun({ text: formatPlaceAndDate(placeOf(data), data.date), italics: true })],
    }),
    centred(['ĐƠN ĐỀ NGHỊ'], { size: pt(14), bold: true }, 120),
    centred(['Tham gia lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở'], { size: pt(14), bold: true }),
    rule(2200, TEXT_WIDTH),
    centred([`Kính gửi: Ủy ban nhân dân ${inSentence(data.communeName)}`], { size: pt(14) }, 240),
  ];
}

function particulars(data: Mau01Data): Paragraph[] {
  const person = data.applicant;
  const field = (label: string, value: string) =>
    paragraph([{ text: `${label}: ` }, { text: value, isBold: true }]);
  return [
    new Paragraph({ spacing: { before: 120, after: 0 }, children: [] }),
    field('Họ và tên', person.fullName.toUpperCase()),
    field('Ngày, tháng, năm sinh', formatDate(person.dateOfBirth)),
    field('Giới tính', SEX_LABELS[person.sex].vi),
    field('Dân tộc', person.ethnicity),
    field('Số căn cước công dân', person.cccd),
    field('Nơi cư trú', `${person.residence} (từ ngày ${formatDate(person.residenceSince)})`),
    field('Số điện thoại', person.phone ?? ''),
    field('Trình độ học vấn', EDUCATION_LEVEL_LABELS[person.education].vi),
  ];
}

function statement(data: Mau01Data): Paragraph[] {
  return [
    paragraph(
      `Sau khi nghiên cứu tiêu chuẩn, điều kiện tham gia lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở theo Điều 13 Luật Lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở, tôi tự nguyện làm đơn này đề nghị được tham gia Tổ bảo vệ an ninh, trật tự tại ${data.applicant.village}, ${inSentence(data.communeName)}.`,
    ),
    paragraph(
      'Nếu được công nhận, tôi xin chấp hành nghiêm chủ trương, đường lối của Đảng, chính sách, pháp luật của Nhà nước, hoàn thành tốt nhiệm vụ được giao. Tôi xin cam đoan những thông tin trên là đúng sự thật./.',
    ),
  ];
}

function signature(data: Mau01Data): Paragraph[] {
  const right = { indent: { left: Math.round(TEXT_WIDTH / 2) } };
  return [
    new Paragraph({
      ...right,
      alignment: AlignmentType.CENTER,
      spacing: { before: 240, after: 0 },
      children: [new TextRun({ text: 'NGƯỜI LÀM ĐƠN', bold: true })],
    }),
    new Paragraph({
      ...right,
      alignment: AlignmentType.CENTER,
      children: [new TextRun({ text: '(Ký, ghi rõ họ tên)', italics: true })],
    }),
    new Paragraph({
      ...right,
      alignment: AlignmentType.CENTER,
      spacing: { before: 1400, after: 0 },
      children: [new TextRun({ text: data.applicant.fullName, bold: true })],
    }),
  ];
}

export async function renderMau01(data: Mau01Data): Promise<Buffer> {
  const { properties, headers } = sectionFrame();
  const document = new Document({
    creator: data.applicant.fullName,
    title: 'Đơn đề nghị tham gia lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở',
    styles: documentStyles(),
    sections: [
      {
        properties,
        headers,
        children: [...heading(data), ...particulars(data), ...statement(data), ...signature(data)],
      },
    ],
  });
  return Packer.toBuffer(document);
}
