/**
 * Mẫu 05 (Thông tư 14/2024/TT-BCA): the list of persons the commune police propose to the commune chairman
 * for recognition as members of the security teams. `renderMau05(data): Promise<Buffer>` (.docx bytes).
 */
import { formatDate, inSentence } from '../../reports/consolidation-format.ts';
import {
  birthColumn,
  cccdColumn,
  nameColumn,
  numberColumn,
  residenceColumn,
  roleColumn,
  villageColumn,
} from './form-columns.ts';
import { communePolice, formFrame, listTable, packForm, paragraph } from './form-layout.ts';
import type { Mau05Data } from './forms.types.ts';

export async function renderMau05(data: Mau05Data): Promise<Buffer> {
  const commune = inSentence(data.communeName);
  const recipients = data.recipients ?? [`Chủ tịch Ủy ban nhân dân ${commune}`, 'Lưu: CAX'];
  const frame = formFrame({ ...data, recipients }, communePolice(data), {
    documentType: 'DANH SÁCH',
    summaryLine: `Đề nghị công nhận thành viên Tổ bảo vệ an ninh, trật tự ${commune}`,
  });
  const minutes = data.selectionMinutesDate
    ? `; Biên bản họp Hội đồng xét tuyển ngày ${formatDate(data.selectionMinutesDate)}`
    : '';
  const body = [
    paragraph(
      `Căn cứ Luật Lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở; Thông tư số 14/2024/TT-BCA ngày 22/4/2024 của Bộ trưởng Bộ Công an${minutes}, Công an ${commune} đề nghị Chủ tịch Ủy ban nhân dân ${commune} công nhận những người có tên sau đây là thành viên Tổ bảo vệ an ninh, trật tự:`,
    ),
    listTable(
      [
        numberColumn(),
        nameColumn(0.19),
        birthColumn(),
        cccdColumn(),
        residenceColumn(0.18),
        villageColumn(0.14),
        roleColumn(0.13),
      ],
      data.persons,
    ),
    paragraph(`Danh sách gồm ${data.persons.length} người./.`, { isAfterTable: true }),
  ];
  return packForm(frame, body);
}
