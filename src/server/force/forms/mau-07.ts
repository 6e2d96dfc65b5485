/**
 * Mẫu 07 (Thông tư 14/2024/TT-BCA): the commune police's submission (tờ trình) asking the commune chairman
 * to let members leave the force, with the reason of Luật 30/2023/QH15, Điều 17(3) for each and what the
 * review found. `renderMau07(data): Promise<Buffer>` (.docx bytes).
 */
import { inSentence } from '../../reports/consolidation-format.ts';
import {
  birthColumn,
  nameColumn,
  numberColumn,
  reasonColumn,
  roleColumn,
  villageColumn,
} from './form-columns.ts';
import { communePolice, formFrame, listTable, packForm, paragraph } from './form-layout.ts';
import type { Mau07Data } from './forms.types.ts';

export async function renderMau07(data: Mau07Data): Promise<Buffer> {
  const commune = inSentence(data.communeName);
  const frame = formFrame(
    { ...data, recipients: data.recipients ?? ['Như trên', 'Lưu: CAX'] },
    communePolice(data),
    {
      documentType: 'TỜ TRÌNH',
      summaryLine: 'Đề nghị cho thôi tham gia lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở',
    },
  );
  const body = [
    paragraph(`Kính gửi: Chủ tịch Ủy ban nhân dân ${commune}.`, { isCentred: true }),
    paragraph(
      `Căn cứ khoản 3 Điều 17 Luật Lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở và Thông tư số 14/2024/TT-BCA ngày 22/4/2024 của Bộ trưởng Bộ Công an, sau khi xem xét (phối hợp với Trưởng thôn, Tổ trưởng tổ dân phố và Trưởng ban công tác Mặt trận), Công an ${commune} đề nghị cho thôi tham gia lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở đối với ${data.persons.length} người có tên sau đây:`,
    ),
    listTable(
      [
        numberColumn(),
        nameColumn(0.2),
        birthColumn(),
        villageColumn(0.15),
        roleColumn(0.12),
        reasonColumn(0.335),
      ],
      data.persons,
    ),
    paragraph([{ text: 'Kết quả xem xét: ', isBold: true }, { text: data.review }], { isAfterTable: true }),
    paragraph(`Công an ${commune} kính trình Chủ tịch Ủy ban nhân dân ${commune} xem xét, quyết định./.`),
  ];
  return packForm(frame, body);
}
