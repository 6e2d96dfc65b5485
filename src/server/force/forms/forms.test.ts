// The forms of Thông tư 14/2024 as a reader opens them: each .docx rendered from made-up data and read back
// with mammoth (its text) and JSZip (its XML). No database.
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { renderMau01 } from './mau-01.ts';
import { renderMau05 } from './mau-05.ts';
import { renderMau06 } from './mau-06.ts';
import { renderMau07 } from './mau-07.ts';
import { renderMau08Leaving, renderMau08Recognition } from './mau-08.ts';
import type { FormIssuer, FormPerson, LeavingPerson } from './forms.types.ts';

const NATIONAL_TITLE = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
const MOTTO = 'Độc lập - Tự do - Hạnh phúc';

const police: FormIssuer = {
  province: 'Tỉnh Thái Nguyên',
  district: 'Huyện Đại Từ',
  communeName: 'Xã Hùng Sơn',
  documentNumber: '12/DS-CAX',
  date: '2024-07-05',
  signer: { authority: 'TRƯỞNG CÔNG AN XÃ', name: 'Đặng Văn Thử' },
};
const chairman: FormIssuer = {
  ...police,
  documentNumber: '25/QĐ-UBND',
  date: '2024-07-10',
  signer: { authority: 'CHỦ TỊCH', name: 'Lương Thị Mẫu' },
};
const persons: FormPerson[] = [
  {
    fullName: 'Nguyễn Văn Mẫu',
    dateOfBirth: '1980-05-10',
    cccd: '019080001234',
    residence: 'Xóm Đồng Tâm, xã Hùng Sơn',
    village: 'Xóm Đồng Tâm',
    role: 'to_truong',
  },
  {
    fullName: 'Trần Thị Thử',
    dateOfBirth: '1992-11-02',
    cccd: '019192004321',
    residence: 'Xóm Đồng Tâm, xã Hùng Sơn',
    village: 'Xóm Đồng Tâm',
    role: 'to_pho',
  },
];
const leaving: LeavingPerson[] = [{ ...persons[0]!, leaveReason: 'a', leftOn: '2024-08-01' }];

async function textOf(docx: Buffer): Promise<string> {
  return (await mammoth.extractRawText({ buffer: docx })).value;
}

async function documentXml(docx: Buffer): Promise<string> {
  const zip = await JSZip.loadAsync(docx);
  return (await zip.file('word/document.xml')?.async('string')) ?? '';
}

function expectFrame(text: string, signerName: string): void {
  expect(text).toContain(NATIONAL_TITLE);
  expect(text).toContain(MOTTO);
  expect(text).toContain(signerName);
}

describe('Mẫu 05: list proposed for recognition', () => {
  it('shows the commune police as issuer, the title, every person and the signer', async () => {
    const text = await textOf(await renderMau05({ ...police, persons, selectionMinutesDate: '2024-07-01' }));
    expectFrame(text, 'Đặng Văn Thử');
    expect(text).toContain('CÔNG AN HUYỆN ĐẠI TỪ');
    expect(text).toContain('CÔNG AN XÃ HÙNG SƠN');
    expect(text).toContain('Số: 12/DS-CAX');
    expect(text).toContain('Hùng Sơn, ngày 05 tháng 7 năm 2024');
    expect(text).toContain('DANH SÁCH');
    expect(text).toContain('Đề nghị công nhận thành viên Tổ bảo vệ an ninh, trật tự xã Hùng Sơn');
    expect(text).toContain('Biên bản họp Hội đồng xét tuyển ngày 01/07/2024');
    for (const cell of [
      'Nguyễn Văn Mẫu',
      '10/05/1980',
      '019080001234',
      'Xóm Đồng Tâm',
      'Tổ trưởng',
      'Tổ phó',
    ])
      expect(text).toContain(cell);
    expect(text).toContain('Danh sách gồm 2 người./.');
    expect(text).toContain('Chủ tịch Ủy ban nhân dân xã Hùng Sơn;');
  });

  it('names the province police once the district level is gone', async () => {
    const text = await textOf(await renderMau05({ ...police, district: null, persons }));
    expect(text).toContain('CÔNG AN TỈNH THÁI NGUYÊN');
  });
});

describe('Mẫu 06: proposed Tổ trưởng and Tổ phó', () => {
  it('lists the proposed leaders with their team', async () => {
    const text = await textOf(await renderMau06({ ...police, persons }));
    expectFrame(text, 'Đặng Văn Thử');
    expect(text).toContain('Đề nghị Tổ trưởng, Tổ phó Tổ bảo vệ an ninh, trật tự xã Hùng Sơn');
    expect(text).toContain('Tổ Xóm Đồng Tâm');
    expect(text).toContain('Trần Thị Thử');
    expect(text).toContain('Chức danh đề nghị');
  });
});

describe('Mẫu 07: submission on leaving', () => {
  it('addresses the chairman and gives each person’s reason and the review', async () => {
    const text = await textOf(
      await renderMau07({
        ...police,
        documentNumber: '07/TTr-CAX',
        persons: leaving,
        review: 'Đơn tự nguyện.',
      }),
    );
    expectFrame(text, 'Đặng Văn Thử');
    expect(text).toContain('TỜ TRÌNH');
    expect(text).toContain('Kính gửi: Chủ tịch Ủy ban nhân dân xã Hùng Sơn.');
    expect(text).toContain('Điểm a: Tự nguyện xin thôi');
    expect(text).toContain('Kết quả xem xét: Đơn tự nguyện.');
    expect(text).toContain('Nguyễn Văn Mẫu');
  });
});

describe('Mẫu 08: the chairman’s decisions', () => {
  it('recognises members in three articles, the list annexed on its own page', async () => {
    const docx = await renderMau08Recognition({
      ...chairman,
      persons,
      proposal: { number: '12/DS-CAX', date: '2024-07-05' },
    });
    const text = await textOf(docx);
    expectFrame(text, 'Lương Thị Mẫu');
    expect(text).toContain('ỦY BAN NHÂN DÂN');
    expect(text).toContain('Số: 25/QĐ-UBND');
    expect(text).toContain('Về việc công nhận thành viên Tổ bảo vệ an ninh, trật tự');
    expect(text).toContain('CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ HÙNG SƠN');
    expect(text).toContain(
      'Căn cứ Luật Lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở ngày 28 tháng 11 năm 2023;',
    );
    expect(text).toContain(
      'Theo đề nghị của Trưởng Công an xã Hùng Sơn tại Tờ trình số 12/DS-CAX ngày 05/07/2024.',
    );
    expect(text).toContain('QUYẾT ĐỊNH:');
    for (const article of ['Điều 1. Công nhận 2 ông (bà)', 'Điều 2. ', 'Điều 3. '])
      expect(text).toContain(article);
    expect(text).toContain('Như Điều 3;');
    expect(text).toContain(
      '(Kèm theo Quyết định số 25/QĐ-UBND ngày 10/07/2024 của Chủ tịch Ủy ban nhân dân xã Hùng Sơn)',
    );
    expect(text).toContain('Nguyễn Văn Mẫu');
    expect(text).toContain('Trần Thị Thử');
    expect(await documentXml(docx)).toContain('<w:pageBreakBefore/>');
  });

  it('lets members leave with the reason of Art. 17(3) and the date', async () => {
    const text = await textOf(await renderMau08Leaving({ ...chairman, persons: leaving }));
    expectFrame(text, 'Lương Thị Mẫu');
    expect(text).toContain('Về việc cho thôi tham gia lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở');
    expect(text).toContain('Điều 1. Cho thôi tham gia');
    expect(text).toContain('Điểm a: Tự nguyện xin thôi');
    expect(text).toContain('01/08/2024');
    expect(text).toContain('Theo đề nghị của Trưởng Công an xã Hùng Sơn.');
  });
});

describe('Mẫu 01: the application', () => {
  it('carries the national title, the applicant’s particulars and signature', async () => {
    const text = await textOf(
      await renderMau01({
        province: 'Tỉnh Thái Nguyên',
        district: 'Huyện Đại Từ',
        communeName: 'Xã Hùng Sơn',
        date: '2024-06-20',
        applicant: {
          fullName: 'Hoàng Văn Ví Dụ',
          dateOfBirth: '1990-01-15',
          sex: 'male',
          ethnicity: 'Tày',
          cccd: '019090005678',
          residence: 'Xóm Đồng Tâm, xã Hùng Sơn',
          residenceSince: '2015-03-01',
          phone: '0912345678',
          education: 'thpt',
          village: 'xóm Đồng Tâm',
        },
      }),
    );
    expectFrame(text, 'Hoàng Văn Ví Dụ');
    expect(text).toContain('Hùng Sơn, ngày 20 tháng 6 năm 2024');
    expect(text).toContain('ĐƠN ĐỀ NGHỊ');
    expect(text).toContain('Kính gửi: Ủy ban nhân dân xã Hùng Sơn');
    expect(text).toContain('Họ và tên: HOÀNG VĂN VÍ DỤ');
    expect(text).toContain('Trình độ học vấn: Trung học phổ thông');
    expect(text).toContain('tại xóm Đồng Tâm, xã Hùng Sơn');
    expect(text).toContain('NGƯỜI LÀM ĐƠN');
  });
});
