/**
 * Mẫu 06 (Thông tư 14/2024/TT-BCA): the Tổ trưởng and Tổ phó the commune police propose, team by team.
 * `renderMau06(data): Promise<Buffer>` (.docx bytes).
 */
import { inSentence } from '../../reports/consolidation-format.ts';
import { birthColumn, nameColumn, numberColumn, roleColumn, villageColumn } from './form-columns.ts';
import { communePolice, formFrame, listTable, packForm, paragraph } from './form-layout.ts';
import type { FormPerson, Mau06Data } from './forms.types.ts';

const teamColumn = {
  heading: 'Tổ bảo vệ an ninh, trật tự',
  share: 0.22,
  value: (person: FormPerson) => person.teamName ?? `Tổ ${person.village}`,
};

export async function renderMau06(data: Mau06Data): Promise<Buffer> {
  const commune = inSentence(data.communeName);
  const recipients = data.recipients ?? [`Chủ tịch Ủy ban nhân dân ${commune}`, 'Lưu: CAX'];
  const frame = formFrame({ ...data, recipients }, communePolice(data), {
    documentType: 'DANH SÁCH',
    summaryLine: `Đề nghị Tổ trưởng, Tổ phó Tổ bảo vệ an ninh, trật tự ${commune}`,
  });
  const body = [
    paragraph(
      `Công an ${commune} đề nghị Chủ tịch Ủy ban nhân dân ${commune} công nhận những người có tên sau đây giữ chức danh Tổ trưởng, Tổ phó Tổ bảo vệ an ninh, trật tự:`,
    ),
    listTable(
      [
        numberColumn(),
        nameColumn(0.24),
        birthColumn(),
        teamColumn,
        villageColumn(0.165),
        roleColumn(0.18, 'Chức danh đề nghị'),
      ],
      data.persons,
    ),
    paragraph(`Danh sách gồm ${data.persons.length} người./.`, { isAfterTable: true }),
  ];
  return packForm(frame, body);
}
