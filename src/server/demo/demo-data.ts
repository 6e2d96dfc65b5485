import type { Role } from '../../domain/auth/constants.ts';
import type { AgencyCategory } from '../../domain/org/constants.ts';

/** Thái Nguyên, GSO code 19: the first province using the system (Kế hoạch 71/KH-UBND). */
export const DEMO_PROVINCE_CODE = '19';
export const DEMO_PASSWORD = 'antt-demo';

/** The provincial agencies the seed plan names; codes are the system's own (the province code, a dot, an abbreviation). */
export const DEMO_AGENCIES: { code: string; name: string; category: AgencyCategory }[] = [
  { code: '19.CAT', name: 'Công an tỉnh', category: 'police' },
  { code: '19.UBND', name: 'UBND tỉnh', category: 'government' },
  { code: '19.VPUBND', name: 'Văn phòng UBND tỉnh', category: 'government' },
  { code: '19.STP', name: 'Sở Tư pháp', category: 'department' },
  { code: '19.SNV', name: 'Sở Nội vụ', category: 'department' },
  { code: '19.STTTT', name: 'Sở Thông tin và Truyền thông', category: 'department' },
  { code: '19.STC', name: 'Sở Tài chính', category: 'department' },
  { code: '19.BTN', name: 'Báo Thái Nguyên', category: 'media' },
  { code: '19.PTTH', name: 'Đài Phát thanh - Truyền hình tỉnh', category: 'media' },
  { code: '19.TTTT', name: 'Trung tâm Thông tin tỉnh', category: 'media' },
  { code: '19.MTTQ', name: 'Ủy ban MTTQ tỉnh', category: 'mass_organization' },
];

/** Demo logins (README lists them); `unit` is a unit code: an agency code above or a GSO code. */
export const DEMO_USERS: { username: string; displayName: string; role: Role; unit: string }[] = [
  { username: 'admin', displayName: 'Quản trị hệ thống', role: 'admin', unit: '19' },
  {
    username: 'congantinh',
    displayName: 'Nguyễn Văn Điều (Công an tỉnh)',
    role: 'coordinator',
    unit: '19.CAT',
  },
  { username: 'ubndtinh', displayName: 'Trần Thị Lãnh (UBND tỉnh)', role: 'leader', unit: '19.UBND' },
  { username: 'sotuphap', displayName: 'Lê Văn Pháp (Sở Tư pháp)', role: 'agency', unit: '19.STP' },
  { username: 'ubnd.daitu', displayName: 'Phạm Thị Từ (UBND huyện Đại Từ)', role: 'agency', unit: '171' },
  {
    username: 'ca.hungson',
    displayName: 'Hoàng Văn Sơn (Công an TT Hùng Sơn)',
    role: 'commune_police',
    unit: '05761',
  },
  {
    username: 'ca.quantrieu',
    displayName: 'Đỗ Thị Triều (Công an P. Quán Triều)',
    role: 'commune_police',
    unit: '05431',
  },
];
