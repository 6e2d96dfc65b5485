import type { Text } from '../lib/i18n.ts';

export const holidaysText = {
  title: { vi: 'Ngày nghỉ lễ, Tết', en: 'Public holidays' },
  description: {
    vi: 'Thời hạn của các thủ tục theo Thông tư 14/2024/TT-BCA tính theo ngày làm việc: trừ thứ Bảy, Chủ nhật và các ngày nghỉ dưới đây. Mỗi năm cập nhật theo thông báo nghỉ lễ, Tết của Chính phủ.',
    en: 'Procedure deadlines count working days: weekends and the days below are excluded. Update each year from the Government’s announcement.',
  },
  year: { vi: 'Năm', en: 'Year' },
  date: { vi: 'Ngày', en: 'Date' },
  weekday: { vi: 'Thứ', en: 'Weekday' },
  name: { vi: 'Tên ngày nghỉ', en: 'Holiday' },
  defaults: {
    vi: 'Năm {year} đang dùng bảng mặc định theo Bộ luật Lao động 2019 (Điều 112). Nếu Chính phủ thông báo lịch nghỉ khác (hoán đổi ngày làm việc), hãy sửa lại rồi lưu.',
    en: '{year} uses the default table from the Labour Code 2019 (Art. 112). If the Government announces a different schedule, edit and save.',
  },
  edited: { vi: 'Bảng năm {year} đã được chỉnh sửa và lưu.', en: 'The {year} table was edited and saved.' },
  workingDay: { vi: 'Ngày làm bù', en: 'Make-up working day' },
  workingDayShort: { vi: 'Đi làm bù (không nghỉ)', en: 'Worked (not a day off)' },
  add: { vi: 'Thêm ngày', en: 'Add a day' },
  save: { vi: 'Lưu bảng năm {year}', en: 'Save {year}' },
  saved: { vi: 'Đã lưu ngày nghỉ năm {year}', en: 'Holidays of {year} saved' },
  reset: { vi: 'Về bảng mặc định', en: 'Back to the defaults' },
  resetConfirm: {
    vi: 'Bỏ bảng đã sửa của năm {year} và dùng lại bảng mặc định theo Bộ luật Lao động? Hạn của các thủ tục đang làm sẽ được tính lại.',
    en: 'Drop the edited {year} table and use the Labour Code defaults? Open procedures’ deadlines are recounted.',
  },
  resetDone: { vi: 'Đã dùng lại bảng mặc định năm {year}', en: '{year} is back to the defaults' },
  discard: { vi: 'Bỏ thay đổi', en: 'Discard changes' },
  unsaved: { vi: 'Có thay đổi chưa lưu', en: 'Unsaved changes' },
  wrongYear: { vi: 'Ngày phải thuộc năm {year}', en: 'The date must be in {year}' },
  nameRequired: { vi: 'Nhập tên ngày nghỉ', en: 'Enter the holiday’s name' },
  duplicate: { vi: 'Trùng ngày {date}', en: 'Duplicate date {date}' },
  count: { vi: '{count} ngày nghỉ', en: '{count} days off' },
  adminOnly: {
    vi: 'Chỉ quản trị hệ thống sửa được bảng ngày nghỉ.',
    en: 'Only the system administrator edits the holiday table.',
  },
} satisfies Record<string, Text>;
