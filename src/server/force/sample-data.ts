// Made-up people and workbooks for the force's tests, demo and benchmarks. Names are plainly fictitious
// ("Nguyễn Văn Mẫu A") and CCCD numbers agree with the date of birth and sex (so they pass the check) but end
// in a counter (000001, 000002 …).
import ExcelJS from 'exceljs';
import { MEMBER_COLUMNS, type MemberColumnKey } from './members-import.service.ts';

const SURNAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ'];
const MIDDLE = { male: ['Văn', 'Đức', 'Minh', 'Quang'], female: ['Thị', 'Thu', 'Ngọc', 'Thanh'] };
const LETTERS = 'ABCDEGHIKLMNOPQRSTUVXY';

/** "Nguyễn Văn Mẫu A", "Trần Thị Mẫu B" …: the n-th made-up name. */
export function sampleName(n: number, sex: 'male' | 'female'): string {
  const surname = SURNAMES[n % SURNAMES.length] ?? 'Nguyễn';
  const middle = MIDDLE[sex][Math.floor(n / SURNAMES.length) % 4] ?? 'Văn';
  const letter = LETTERS[n % LETTERS.length] ?? 'A';
  const suffix = n >= LETTERS.length ? ` ${Math.floor(n / LETTERS.length)}` : '';
  return `${surname} ${middle} Mẫu ${letter}${suffix}`;
}

/**
 * A CCCD that agrees with the birth date and sex: province code 019 (Thái Nguyên), the sex-and-century
 * digit, the year's last two digits, then `n` on six digits (000001, 000002 …) — plainly a made-up serial.
 */
export function sampleCccd(dateOfBirth: string, sex: 'male' | 'female', n: number, province = '019'): string {
  const year = Number(dateOfBirth.slice(0, 4));
  const centuryDigit = Math.floor((year - 1900) / 100) * 2 + (sex === 'female' ? 1 : 0);
  const serial = String(n % 1_000_000).padStart(6, '0');
  return `${province}${centuryDigit}${String(year % 100).padStart(2, '0')}${serial}`;
}

/** A member's create payload, valid on 2025 dates: adult, resident for years, THPT, health certified. */
export function sampleMember(n: number, teamId: string, overrides: Record<string, unknown> = {}) {
  const sex = n % 3 === 0 ? 'female' : 'male';
  const dateOfBirth = `${1965 + (n % 35)}-${String((n % 12) + 1).padStart(2, '0')}-${String((n % 27) + 1).padStart(2, '0')}`;
  return {
    teamId,
    fullName: sampleName(n, sex),
    dateOfBirth,
    sex,
    ethnicity: 'Kinh',
    cccd: sampleCccd(dateOfBirth, sex, n),
    residence: `Số ${n + 1}, xóm mẫu, xã mẫu`,
    residenceSince: '2010-01-01',
    phone: `09${String(10_000_000 + n).slice(-8)}`,
    education: 'thpt',
    healthCertifiedOn: '2024-06-01',
    role: 'to_vien',
    origin: 'new',
    ...overrides,
  };
}

export type SheetCells = Partial<Record<MemberColumnKey, string | number | Date>>;

/** A member row as a commune writes it in its list (dd/mm/yyyy dates, Vietnamese words). */
export function sampleSheetRow(
  n: number,
  team: string,
  village: string,
  overrides: SheetCells = {},
): SheetCells {
  const sex = n % 3 === 0 ? 'female' : 'male';
  const year = 1965 + (n % 35);
  const month = (n % 12) + 1;
  const day = (n % 27) + 1;
  const dateOfBirth = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return {
    stt: n + 1,
    fullName: sampleName(n, sex),
    dateOfBirth: `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year}`,
    sex: sex === 'male' ? 'Nam' : 'Nữ',
    ethnicity: 'Kinh',
    cccd: sampleCccd(dateOfBirth, sex, n),
    residence: `Số ${n + 1}, ${village}`,
    residenceSince: '01/01/2010',
    phone: `09${String(10_000_000 + n).slice(-8)}`,
    education: n % 2 === 0 ? '12/12' : 'THCS',
    role: 'Tổ viên',
    team,
    village,
    origin:
      ['Bảo vệ dân phố', 'Dân phòng', 'Công an xã bán chuyên trách', 'Tuyển chọn mới'][n % 4] ??
      'Tuyển chọn mới',
    healthCertifiedOn: '01/06/2024',
    ...overrides,
  };
}

/** An .xlsx member list: a title line, the header row, then the rows (as a commune's file would look). */
export async function memberWorkbook(rows: SheetCells[], options: { title?: string } = {}): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Danh sách');
  sheet.addRow([options.title ?? 'DANH SÁCH THÀNH VIÊN TỔ BẢO VỆ AN NINH, TRẬT TỰ']);
  sheet.addRow(MEMBER_COLUMNS.map((c) => c.header));
  for (const row of rows) sheet.addRow(MEMBER_COLUMNS.map((c) => row[c.key] ?? null));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
