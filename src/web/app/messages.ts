import type { Text } from '../lib/i18n.ts';

export const appText = {
  menuDashboard: { vi: 'Tổng quan', en: 'Overview' },
  menuReports: { vi: 'Báo cáo', en: 'Reports' },
  menuPlans: { vi: 'Kế hoạch', en: 'Plans' },
  menuOrg: { vi: 'Tổ chức', en: 'Organisation' },
  menuForce: { vi: 'Lực lượng ANTT cơ sở', en: 'Grassroots force' },
  menuForceOverview: { vi: 'Tổng hợp toàn tỉnh', en: 'Province overview' },
  menuForceVillages: { vi: 'Thôn, tổ dân phố', en: 'Villages' },
  menuForceTeams: { vi: 'Tổ bảo vệ ANTT', en: 'Security teams' },
  menuForceMembers: { vi: 'Thành viên', en: 'Members' },
  menuForceImport: { vi: 'Nhập danh sách', en: 'Import a list' },
  menuForceProcedures: { vi: 'Thủ tục', en: 'Procedures' },
  menuForceRules: { vi: 'Quy định tiêu chí', en: 'Criteria rules' },
  menuForceHolidays: { vi: 'Ngày nghỉ lễ', en: 'Holidays' },
  menuUsers: { vi: 'Người dùng', en: 'Users' },
  menuAudit: { vi: 'Nhật ký', en: 'Audit log' },
  logout: { vi: 'Đăng xuất', en: 'Sign out' },
  account: { vi: 'Tài khoản', en: 'Account' },
  collapseMenu: { vi: 'Thu gọn menu', en: 'Collapse menu' },
  expandMenu: { vi: 'Mở rộng menu', en: 'Expand menu' },
  notFoundTitle: { vi: 'Không tìm thấy trang', en: 'Page not found' },
  notFoundDetail: {
    vi: 'Trang bạn tìm không tồn tại hoặc đã được chuyển đi. Vui lòng kiểm tra lại địa chỉ.',
    en: 'The page you are looking for does not exist or has moved. Please check the address.',
  },
  forbiddenTitle: { vi: 'Không có quyền truy cập', en: 'Access denied' },
  forbiddenDetail: {
    vi: 'Tài khoản của bạn không được phép xem trang này. Liên hệ quản trị hệ thống nếu cần được cấp quyền.',
    en: 'Your account may not view this page. Ask the system administrator if you need access.',
  },
  errorTitle: { vi: 'Đã xảy ra lỗi', en: 'Something went wrong' },
  errorDetail: {
    vi: 'Trang gặp lỗi không mong muốn. Vui lòng tải lại trang; nếu lỗi vẫn còn, hãy báo cho quản trị hệ thống.',
    en: 'The page hit an unexpected error. Please reload; if it persists, tell the system administrator.',
  },
  reloadPage: { vi: 'Tải lại trang', en: 'Reload page' },
  sessionLoadFailed: {
    vi: 'Không tải được thông tin phiên làm việc.',
    en: 'Could not load your session.',
  },
} satisfies Record<string, Text>;
